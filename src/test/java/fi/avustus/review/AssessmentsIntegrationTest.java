package fi.avustus.review;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.programme.CallSummary;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.ValidationFailedException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Reviewers assess an application through the facade, on the embedded PostgreSQL. */
@IntegrationTest
class AssessmentsIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    UserDetailsService userDetails;

    private ReviewFixtures fixtures;
    private CallSummary call;
    private long applicationId;
    private String first;
    private String second;

    @BeforeEach
    void assignTwoReviewers() {
        fixtures = new ReviewFixtures(context);
        call = fixtures.call();
        first = fixtures.user(Role.OFFICIAL);
        second = fixtures.user(Role.OFFICIAL);
        applicationId = ReviewFixtures.newApplicationId();
        SystemUser.run(() -> {
            assessments.assign(applicationId, call.id(), first);
            assessments.assign(applicationId, call.id(), second);
        });
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private AssessmentSummary ownAssessment(String reviewer) {
        actAs(userDetails, reviewer);
        return assessments.ofApplication(applicationId).stream().filter(a -> a.reviewer().equals(reviewer)).findFirst().orElseThrow();
    }

    private AssessmentSummary declareAndSubmit(String reviewer, Integer... scores) {
        AssessmentSummary assessment = assessments.declareNoConflict(ownAssessment(reviewer).id());
        AssessmentForm form = AssessmentForm.of(assessment);
        form.setScores(Arrays.asList(scores));
        form.setComment("Selkeä suunnitelma, realistinen budjetti.");
        return assessments.submit(assessment.id(), form);
    }

    @Test
    void aReviewerDeclaresNoConflictScoresEveryCriterionAndSubmits() {
        AssessmentSummary assigned = ownAssessment(first);
        assertThat(assigned.status()).isEqualTo(AssessmentStatus.ASSIGNED);
        assertThat(assigned.scores()).extracting(CriterionScore::nameFi, CriterionScore::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vaikuttavuus", 70),
                        org.assertj.core.groups.Tuple.tuple("Kustannukset", 30));

        AssessmentSummary submitted = declareAndSubmit(first, 4, 5);
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.weightedTotal()).isEqualByComparingTo("4.30");
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.scores()).extracting(CriterionScore::score).containsExactly(4, 5);
        assertThatThrownBy(() -> assessments.submit(submitted.id(), AssessmentForm.of(submitted)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.closed"));
    }

    @Test
    void scoringNeedsTheDeclarationEveryScoreAndTheReviewerThemself() {
        AssessmentSummary assigned = ownAssessment(first);
        AssessmentForm form = AssessmentForm.of(assigned);
        form.setScores(List.of(3, 3));
        form.setComment("Kommentti");
        assertThatThrownBy(() -> assessments.submit(assigned.id(), form))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.conflictNotDeclared"));

        AssessmentSummary declared = assessments.declareNoConflict(assigned.id());
        AssessmentForm incomplete = AssessmentForm.of(declared);
        incomplete.setScores(Arrays.asList(3, null));
        incomplete.setComment("");
        assertThatThrownBy(() -> assessments.submit(assigned.id(), incomplete))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(ValidationFailedException.Violation::field).containsExactly("scores.1", "comment"));

        actAs(userDetails, "virkailija");
        AssessmentForm byOther = AssessmentForm.of(declared);
        byOther.setScores(List.of(1, 1));
        byOther.setComment("Ei minun");
        assertThatThrownBy(() -> assessments.submit(assigned.id(), byOther)).isInstanceOf(AccessDeniedException.class);
        actAs(userDetails, "hakija");
        assertThatThrownBy(() -> assessments.ofApplication(applicationId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reviewersCannotSeeOtherReviewsBeforeSubmittingTheirOwn() {
        declareAndSubmit(first, 4, 5);

        assertThat(ownAssessmentsVisibleTo(second)).containsExactly(second);
        assertThat(assessments.summary(applicationId).averageWeightedTotal()).isNull();
        assertThat(ownAssessmentsVisibleTo(first)).containsExactlyInAnyOrder(first, second);
        assertThat(assessments.summary(applicationId).averageWeightedTotal()).isEqualByComparingTo("4.30");
        actAs(userDetails, "paattaja");
        assertThat(assessments.ofApplication(applicationId)).isEmpty();
        assertThat(assessments.summary(applicationId)).isEqualTo(new ScoreSummary(2, 1, 0, null));
        actAs(userDetails, "virkailija");
        assertThat(assessments.ofApplication(applicationId)).isEmpty();

        declareAndSubmit(second, 2, 2);
        actAs(userDetails, "paattaja");
        assertThat(assessments.ofApplication(applicationId)).extracting(AssessmentSummary::reviewer)
                .containsExactlyInAnyOrder(first, second);
        ScoreSummary summary = assessments.summary(applicationId);
        assertThat(summary.allSubmitted()).isTrue();
        assertThat(summary.averageWeightedTotal()).isEqualByComparingTo("3.15");
    }

    private List<String> ownAssessmentsVisibleTo(String reviewer) {
        actAs(userDetails, reviewer);
        return assessments.ofApplication(applicationId).stream().map(AssessmentSummary::reviewer).toList();
    }

    @Test
    void aReviewerWithAConflictStepsAsideAndAnotherIsAssigned() {
        AssessmentSummary assigned = ownAssessment(first);
        assertThatThrownBy(() -> assessments.declareConflict(assigned.id(), " "))
                .isInstanceOf(ValidationFailedException.class);
        AssessmentSummary conflict = assessments.declareConflict(assigned.id(), "Puolisoni johtaa hakijan hanketta.");
        assertThat(conflict.status()).isEqualTo(AssessmentStatus.CONFLICT_DECLARED);
        assertThatThrownBy(() -> assessments.declareNoConflict(assigned.id())).isInstanceOf(DomainException.class);

        String replacement = fixtures.user(Role.OFFICIAL);
        SystemUser.run(() -> {
            assertThatThrownBy(() -> assessments.assign(applicationId, call.id(), first))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.reviewer.conflict"));
            assessments.assign(applicationId, call.id(), replacement);
            assertThat(assessments.summary(applicationId)).isEqualTo(new ScoreSummary(2, 0, 1, null));
        });
        declareAndSubmit(second, 5, 5);
        declareAndSubmit(replacement, 3, 4);
        actAs(userDetails, "paattaja");
        assertThat(assessments.summary(applicationId)).isEqualTo(new ScoreSummary(2, 2, 1, new java.math.BigDecimal("4.15")));
        // The one who stepped aside sees only their own declaration, never the scores.
        assertThat(ownAssessmentsVisibleTo(first)).containsExactly(first);
    }

    @Test
    void onlyOfficialsOutsideTheApplicantsOrganisationsCanBeAssigned() {
        SystemUser.run(() -> {
            assertThatThrownBy(() -> assessments.assign(applicationId, call.id(), "hakija"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.reviewer.notOfficial"));
            long funderStaffOrganisation = fixtures.organisationOf("virkailija");
            assertThatThrownBy(() -> assessments.assign(applicationId, call.id(), Set.of(funderStaffOrganisation), "virkailija"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("assessment.reviewer.fromApplicant"));
            // Assigning someone again is harmless: the process may retry a step.
            assertThat(assessments.assign(applicationId, call.id(), first).reviewer()).isEqualTo(first);
        });
        actAs(userDetails, "hakija");
        assertThatThrownBy(() -> assessments.assign(applicationId, call.id(), first)).isInstanceOf(AccessDeniedException.class);
    }
}
