package fi.avustus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.AssessmentStatus;
import fi.avustus.review.AssessmentSummary;
import fi.avustus.review.Assessments;
import fi.avustus.review.CriterionScore;
import fi.avustus.review.WeightedScore;
import fi.avustus.review.internal.AssessmentRules;
import fi.avustus.shared.Validator;
import fi.avustus.ui.FormFields;
import fi.avustus.ui.Notifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A reviewer's assessment task: first the conflict-of-interest declaration, then a 0–5 score per
 * criterion with its weight, the live weighted total and a comment. A submitted assessment is
 * shown read-only; a declared conflict shows the reason.
 */
public class AssessmentEditor extends Composite<VerticalLayout> {

    private final transient Assessments assessments;
    private final long assessmentId;
    private final FormFields fields = new FormFields(this);
    private final List<Select<Integer>> scores = new ArrayList<>();
    private final Span total = new Span();
    private transient Consumer<AssessmentSummary> onChange = changed -> { };
    private AssessmentSummary assessment;

    public AssessmentEditor(Assessments assessments, long assessmentId) {
        this.assessments = assessments;
        this.assessmentId = assessmentId;
        total.setId("weighted-total");
        // Screen readers announce the new total as scores are chosen.
        total.getElement().setAttribute("aria-live", "polite");
        reload();
    }

    /** Called after the reviewer declared or submitted, e.g. to complete the process task. */
    public void setOnChange(Consumer<AssessmentSummary> onChange) {
        this.onChange = onChange;
    }

    private void reload() {
        Optional<AssessmentSummary> found = assessments.find(assessmentId);
        VerticalLayout content = getContent();
        content.removeAll();
        scores.clear();
        if (found.isEmpty()) {
            content.add(new Paragraph(getTranslation("assessment.notVisible")));
            return;
        }
        assessment = found.get();
        content.add(new H3(getTranslation("assessment.title")));
        if (assessment.status() == AssessmentStatus.CONFLICT_DECLARED) {
            content.add(new Paragraph(getTranslation("assessment.conflictDeclared", assessment.conflictReason())));
        } else if (assessment.status() == AssessmentStatus.SUBMITTED) {
            showSubmitted();
        } else if (!assessment.noConflictDeclared()) {
            showDeclaration();
        } else {
            showScoring();
        }
    }

    private void showDeclaration() {
        Paragraph explanation = new Paragraph(getTranslation("assessment.declaration.help"));
        Button noConflict = new Button(getTranslation("assessment.declareNoConflict"),
                click -> act(() -> assessments.declareNoConflict(assessmentId), "assessment.noConflictDeclared"));
        noConflict.setId("declare-no-conflict");
        noConflict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea reason = fields.register("conflictReason", new TextArea(getTranslation("assessment.conflictReason")));
        reason.setWidthFull();
        Button conflict = new Button(getTranslation("assessment.declareConflict"),
                click -> act(() -> assessments.declareConflict(assessmentId, reason.getValue()), "assessment.conflictSaved"));
        conflict.setId("declare-conflict");
        conflict.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getContent().add(explanation, noConflict, reason, conflict);
    }

    private void showScoring() {
        List<CriterionScore> criteria = assessment.scores();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionScore criterion = criteria.get(i);
            Select<Integer> score = new Select<>();
            score.setLabel(getTranslation("assessment.criterion", criterion.name(getLocale()), criterion.weight()));
            score.setItems(IntStream.rangeClosed(WeightedScore.MIN, WeightedScore.MAX).boxed().toList());
            score.setPlaceholder(getTranslation("assessment.score.choose"));
            score.setValue(criterion.score());
            score.addValueChangeListener(change -> showTotal());
            fields.register(AssessmentRules.scoreField(i), score);
            scores.add(score);
            getContent().add(score);
        }
        TextArea comment = fields.register("comment", new TextArea(getTranslation("assessment.comment")));
        comment.setWidthFull();
        comment.setMaxLength(Validator.TEXT_MAX);
        Button submit = new Button(getTranslation("assessment.submit"), click -> {
            AssessmentForm form = AssessmentForm.of(assessment);
            form.setScores(scores.stream().map(Select::getValue).toList());
            form.setComment(comment.getValue());
            act(() -> assessments.submit(assessmentId, form), "assessment.submitted");
        });
        submit.setId("submit-assessment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(total, comment, submit);
        showTotal();
    }

    private void showSubmitted() {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        for (CriterionScore criterion : assessment.scores()) {
            lines.add(new HorizontalLayout(new Span(getTranslation("assessment.criterion",
                    criterion.name(getLocale()), criterion.weight())), new Span(String.valueOf(criterion.score()))));
        }
        total.setText(getTranslation("assessment.total", assessment.weightedTotal()));
        getContent().add(lines, total, new Paragraph(assessment.comment()));
    }

    private void showTotal() {
        List<CriterionScore> criteria = assessment.scores();
        List<CriterionScore> chosen = IntStream.range(0, criteria.size())
                .mapToObj(i -> criteria.get(i).withScore(scores.get(i).getValue())).toList();
        total.setText(getTranslation("assessment.total", WeightedScore.total(chosen)));
    }

    private void act(java.util.function.Supplier<AssessmentSummary> action, String successKey) {
        fields.save(action).ifPresent(changed -> {
            Notifications.success(getTranslation(successKey));
            reload();
            onChange.accept(changed);
        });
    }
}
