package fi.avustus.review.internal;

import fi.avustus.review.CriterionScore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A criterion copied from the call at assignment, with the reviewer's score. Not a record:
 * Envers reads audited embeddables through a no-argument constructor.
 */
@Embeddable
public class ScoreLine {

    @Column(name = "name_fi", nullable = false)
    private String nameFi;

    @Column(name = "name_sv")
    private String nameSv;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Column(name = "score")
    private Integer score;

    protected ScoreLine() {
    }

    public ScoreLine(CriterionScore criterion) {
        this.nameFi = criterion.nameFi();
        this.nameSv = criterion.nameSv();
        this.nameEn = criterion.nameEn();
        this.weight = criterion.weight();
        this.score = criterion.score();
    }

    public CriterionScore toScore() {
        return new CriterionScore(nameFi, nameSv, nameEn, weight, score);
    }
}
