package fi.avustus.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A criterion assessors score applications on; weights of a call add up to 100. Immutable, with
 * record-style accessors. Not a record: Envers reads audited collections of embeddables through
 * a no-argument constructor, which a record cannot have.
 */
@Embeddable
public final class AssessmentCriterion {

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    protected AssessmentCriterion() {
    }

    public AssessmentCriterion(String nameFi, String nameSv, String nameEn, int weight) {
        this.nameFi = nameFi;
        this.nameSv = nameSv;
        this.nameEn = nameEn;
        this.weight = weight;
    }

    public String nameFi() {
        return nameFi;
    }

    public String nameSv() {
        return nameSv;
    }

    public String nameEn() {
        return nameEn;
    }

    public int weight() {
        return weight;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AssessmentCriterion that && weight == that.weight && Objects.equals(nameFi, that.nameFi)
                && Objects.equals(nameSv, that.nameSv) && Objects.equals(nameEn, that.nameEn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nameFi, nameSv, nameEn, weight);
    }

    @Override
    public String toString() {
        return nameFi + " " + weight + " %";
    }
}
