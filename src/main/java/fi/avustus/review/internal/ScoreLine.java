package fi.avustus.review.internal;

import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.review.CriterionScore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A criterion copied from the call at assignment (so that a later edit of the call cannot change
 * what scores already given meant), with the reviewer's score. Not a record: Envers reads audited
 * embeddables through a no-argument constructor.
 */
@Embeddable
public class ScoreLine {

    @Embedded
    private AssessmentCriterion criterion;

    @Column(name = "score")
    private Integer score;

    protected ScoreLine() {
    }

    public ScoreLine(CriterionScore scored) {
        this.criterion = new AssessmentCriterion(scored.nameFi(), scored.nameSv(), scored.nameEn(), scored.weight());
        this.score = scored.score();
    }

    public CriterionScore toScore() {
        return new CriterionScore(criterion.nameFi(), criterion.nameSv(), criterion.nameEn(), criterion.weight(), score);
    }
}
