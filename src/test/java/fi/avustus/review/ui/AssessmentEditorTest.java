package fi.avustus.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.avustus.programme.CallSummary;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.AssessmentStatus;
import fi.avustus.review.AssessmentSummary;
import fi.avustus.review.Assessments;
import fi.avustus.review.ReviewFixtures;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.ui.UiTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class AssessmentEditorTest extends UiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;

    private ReviewFixtures fixtures;
    private CallSummary call;
    private long applicationId;
    private long assessmentId;
    private String other;
    private long otherId;

    /**
     * Two reviewers of one application; users are created before logging in, because in a Vaadin
     * session the security context comes from the session, not from what SystemUser sets.
     */
    @BeforeEach
    void aReviewerWithAnAssignedAssessment() {
        fixtures = new ReviewFixtures(context);
        call = fixtures.call();
        applicationId = ReviewFixtures.newApplicationId();
        String reviewer = fixtures.user(Role.OFFICIAL);
        other = fixtures.user(Role.OFFICIAL);
        assessmentId = SystemUser.call(() -> assessments.assign(applicationId, call.id(), reviewer)).id();
        otherId = SystemUser.call(() -> assessments.assign(applicationId, call.id(), other)).id();
        login(reviewer);
        UI.getCurrent().add(new AssessmentEditor(assessments, assessmentId));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> score(int index) {
        return _get(Select.class, spec -> spec.withId("scores." + index));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private AssessmentSummary stored() {
        return assessments.find(assessmentId).orElseThrow();
    }

    @Test
    void theReviewerDeclaresNoConflictThenScoresWithALiveWeightedTotal() {
        _assertNone(Select.class);
        _click(button("declare-no-conflict"));
        assertThat(score(0).getLabel()).isEqualTo("Vaikuttavuus (paino 70 %)");
        assertThat(score(1).getLabel()).isEqualTo("Kustannukset (paino 30 %)");
        Span total = _get(Span.class, spec -> spec.withId("weighted-total"));
        assertThat(total.getText()).isEqualTo("Painotettu kokonaispistemäärä: 0,00 / 5");

        _setValue(score(0), 4);
        assertThat(total.getText()).isEqualTo("Painotettu kokonaispistemäärä: 2,80 / 5");
        _setValue(score(1), 5);
        assertThat(total.getText()).isEqualTo("Painotettu kokonaispistemäärä: 4,30 / 5");
        _setValue(_get(TextArea.class, spec -> spec.withId("comment")), "Vahva suunnitelma.");
        _click(button("submit-assessment"));

        assertThat(stored().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(stored().weightedTotal()).isEqualByComparingTo("4.30");
        _assertNone(Button.class);
        assertThat(_get(Span.class, spec -> spec.withId("weighted-total")).getText()).contains("4,30");
    }

    @Test
    void missingScoresAndCommentAreShownOnTheirFields() {
        _click(button("declare-no-conflict"));
        _setValue(score(1), 3);
        _click(button("submit-assessment"));

        assertThat(score(0).isInvalid()).isTrue();
        assertThat(score(0).getErrorMessage()).isEqualTo("Anna pisteet kriteerille Vaikuttavuus");
        assertThat(score(1).isInvalid()).isFalse();
        TextArea comment = _get(TextArea.class, spec -> spec.withId("comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Pakollinen tieto");
        assertThat(stored().status()).isEqualTo(AssessmentStatus.ASSIGNED);
    }

    @Test
    void aConflictNeedsAReasonAndEndsTheAssessment() {
        _click(button("declare-conflict"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("conflictReason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(stored().status()).isEqualTo(AssessmentStatus.ASSIGNED);

        _setValue(reason, "Olen hakijaorganisaation hallituksen jäsen.");
        _click(button("declare-conflict"));
        assertThat(stored().status()).isEqualTo(AssessmentStatus.CONFLICT_DECLARED);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Ilmoitit olevasi esteellinen: Olen hakijaorganisaation hallituksen jäsen.")))
                .isNotNull();
        _assertNone(Button.class);
    }

    @Test
    void theOverviewShowsScoresOnlyOnceAllAreIn() {
        login(other);
        assessments.declareNoConflict(otherId);
        AssessmentForm form = AssessmentForm.of(assessments.find(otherId).orElseThrow());
        form.setScores(List.of(5, 4));
        form.setComment("Erinomainen.");
        assessments.submit(otherId, form);

        login("paattaja");
        UI.getCurrent().add(new AssessmentsOverview(assessments, applicationId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessments-progress")).getText()).isEqualTo("Arviointeja valmiina 1/2.");
        _assertNone(Grid.class);
        _assertNone(Paragraph.class, spec -> spec.withId("assessments-average"));

        UI.getCurrent().removeAll();
        login(other);
        UI.getCurrent().add(new AssessmentsOverview(assessments, applicationId));
        @SuppressWarnings("unchecked")
        Grid<AssessmentSummary> grid = _get(Grid.class, spec -> spec.withId("assessments-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(_get(Paragraph.class, spec -> spec.withId("assessments-average")).getText())
                .isEqualTo("Painotettujen pisteiden keskiarvo: 4,70 / 5");
    }
}
