package fi.avustus.review;

import java.util.ArrayList;
import java.util.List;

/** What a reviewer submits: one score per criterion, in the criteria's order, and a comment. */
public class AssessmentForm {

    private List<Integer> scores = new ArrayList<>();
    private String comment = "";
    private long version;

    public static AssessmentForm of(AssessmentSummary assessment) {
        AssessmentForm form = new AssessmentForm();
        form.scores = new ArrayList<>(assessment.scores().stream().map(CriterionScore::score).toList());
        form.comment = assessment.comment() == null ? "" : assessment.comment();
        form.version = assessment.version();
        return form;
    }

    public List<Integer> getScores() {
        return scores;
    }

    public void setScores(List<Integer> scores) {
        this.scores = new ArrayList<>(scores);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
