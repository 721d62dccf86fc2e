package fi.avustus.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A criterion assessors score applications on; weights of a call add up to 100. */
@Embeddable
public record AssessmentCriterion(
        @Column(name = "name_fi", nullable = false) String nameFi,
        @Column(name = "name_sv") String nameSv,
        @Column(name = "name_en") String nameEn,
        @Column(name = "weight", nullable = false) int weight) {

    @Override
    public String toString() {
        return nameFi + " " + weight + " %";
    }
}
