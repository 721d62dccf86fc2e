package fi.avustus.review;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.programme.CallSummary;
import fi.avustus.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The scores of many applications at once agree with each application's own summary. */
@IntegrationTest
class AssessmentScoresTest {

    @Autowired ApplicationContext context;
    @Autowired Assessments assessments;
    @Autowired UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void scoresOfManyApplicationsAreTheirSummariesAndForStaffOnly() {
        ReviewFixtures fixtures = new ReviewFixtures(context);
        CallSummary call = fixtures.call();
        String first = fixtures.user(Role.OFFICIAL);
        String second = fixtures.user(Role.OFFICIAL);
        long done = ReviewFixtures.newApplicationId();
        long halfway = ReviewFixtures.newApplicationId();
        long none = ReviewFixtures.newApplicationId();
        fixtures.assign(call.id(), List.of(done, halfway), first, second);
        fixtures.assess(first, done, 4, 5);
        fixtures.assess(second, done, 2, 3);
        fixtures.assess(first, halfway, 1, 1);

        actAs(userDetails, "paattaja");
        assertThat(assessments.scoresOf(List.of(done, halfway, none))).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                done, assessments.summary(done), halfway, assessments.summary(halfway), none, new ScoreSummary(0, 0, 0, null)));
        assertThat(assessments.scoresOf(List.of(done)).get(done).averageWeightedTotal()).isEqualByComparingTo("3.30");
        assertThat(assessments.scoresOf(List.of(halfway)).get(halfway)).isEqualTo(new ScoreSummary(2, 1, 0, null));
        actAs(userDetails, first);
        assertThat(assessments.scoresOf(List.of(halfway)).get(halfway).averageWeightedTotal()).isEqualByComparingTo("1.00");

        actAs(userDetails, "hakija");
        assertThatThrownBy(() -> assessments.scoresOf(List.of(done))).isInstanceOf(AccessDeniedException.class);
    }
}
