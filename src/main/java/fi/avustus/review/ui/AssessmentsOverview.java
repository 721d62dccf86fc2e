package fi.avustus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.avustus.review.AssessmentSummary;
import fi.avustus.review.Assessments;
import fi.avustus.review.ScoreSummary;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The assessments of one application as the current user may see them (the facade decides):
 * reviewers once their own is in, presenters and decision makers once all are in. Until then it
 * says how many are in, without any scores.
 */
public class AssessmentsOverview extends Composite<VerticalLayout> {

    public AssessmentsOverview(Assessments assessments, long applicationId) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        ScoreSummary summary = assessments.summary(applicationId);
        List<AssessmentSummary> visible = assessments.ofApplication(applicationId);
        content.add(new H3(getTranslation("assessments.title")));
        Paragraph progress = new Paragraph(getTranslation("assessments.progress", summary.submitted(), summary.assigned()));
        progress.setId("assessments-progress");
        content.add(progress);
        if (summary.averageWeightedTotal() != null) {
            Paragraph average = new Paragraph(getTranslation("assessments.average", summary.averageWeightedTotal()));
            average.setId("assessments-average");
            content.add(average);
        }
        if (visible.isEmpty()) {
            return;
        }
        Grid<AssessmentSummary> grid = new Grid<>();
        grid.setId("assessments-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(AssessmentSummary::reviewer).setHeader(getTranslation("assessments.reviewer")).setKey("reviewer");
        grid.addColumn(assessment -> getTranslation("assessment.status." + assessment.status()))
                .setHeader(getTranslation("decision.status")).setKey("status");
        grid.addColumn(this::scores).setHeader(getTranslation("assessments.scores")).setKey("scores");
        grid.addColumn(assessment -> assessment.weightedTotal() == null ? "" : twoDecimals(assessment))
                .setHeader(getTranslation("assessments.total")).setKey("total");
        grid.addColumn(assessment -> assessment.comment() == null ? "" : assessment.comment())
                .setHeader(getTranslation("assessment.comment")).setKey("comment").setFlexGrow(3);
        grid.setItems(visible);
        content.add(grid);
    }

    private String scores(AssessmentSummary assessment) {
        return assessment.scores().stream().filter(score -> score.score() != null)
                .map(score -> score.name(getLocale()) + " " + score.score()).collect(Collectors.joining(", "));
    }

    private String twoDecimals(AssessmentSummary assessment) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(assessment.weightedTotal());
    }
}
