package fi.avustus.approval;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.IntegrationTest;
import fi.avustus.approval.ApprovalFixtures.Group;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineSource;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.DeadlineType;
import fi.avustus.deadline.Deadlines;
import fi.avustus.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Steering groups' voting deadlines in the registry: for staff and the group's own members only. */
@IntegrationTest
class RoundDeadlinesTest {

    @Autowired ApprovalFixtures fixtures;
    @Autowired Deadlines deadlines;
    @Autowired List<DeadlineSource> sources;
    @Autowired ApprovalFlow flow;
    @Autowired TaskService tasks;
    @Autowired UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    /** The group's rounds that the user sees. */
    private List<Deadline> seenBy(String username, Group group) {
        actAs(users, username);
        List<Deadline> found = deadlines.find(DeadlineQuery.all()).stream()
                .filter(deadline -> Long.valueOf(group.id()).equals(deadline.steeringGroupId())).toList();
        SecurityContextHolder.clearContext();
        return found;
    }

    @Test
    void aRoundIsOpenUntilItsDeadlineOverdueAfterItAndDoneOnceDecided() {
        Group group = fixtures.group(2);
        ProcessInstance instance = fixtures.submit(group, Duration.ofDays(3));

        List<Deadline> open = seenBy("admin", group);
        assertThat(open).hasSize(1);
        Deadline round = open.get(0);
        assertThat(round.type()).isEqualTo(DeadlineType.STEERING_GROUP_ROUND);
        assertThat(round.sourceKey()).startsWith("approval-round:");
        assertThat(round.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(round.dueAt()).isAfter(Instant.now().plus(Duration.ofDays(2)));
        assertThat(round.organisationId()).as("the group's, not an organisation's").isNull();
        assertThat(round.owningRole()).isEqualTo(Role.STEERING_GROUP);
        assertThat(round.route()).isEqualTo("approvals/rounds");

        // Seen four days later, before anyone voted: overdue.
        actAs(users, "admin");
        DeadlineQuery later = DeadlineQuery.all().ofTypes(Set.of(DeadlineType.STEERING_GROUP_ROUND))
                .ownedBy(Set.of(), Set.of(group.id())).asOf(Instant.now().plus(Duration.ofDays(4)));
        assertThat(sources.stream().flatMap(source -> source.deadlines(later).stream()))
                .extracting(Deadline::sourceKey, Deadline::status).containsExactly(
                        tuple(round.sourceKey(), DeadlineStatus.OVERDUE));
        SecurityContextHolder.clearContext();

        group.members().forEach(member -> vote(instance, member));
        assertThat(seenBy("admin", group)).extracting(Deadline::status).containsExactly(DeadlineStatus.DONE);
        actAs(users, "admin");
        assertThat(deadlines.find(DeadlineQuery.all().withStatuses(Set.of(DeadlineStatus.OPEN, DeadlineStatus.OVERDUE))))
                .as("a decided round is left out of what is still to do")
                .extracting(Deadline::sourceKey).doesNotContain(round.sourceKey());
    }

    @Test
    void membersSeeTheirOwnGroupsRoundsAndNoOneElses() {
        Group group = fixtures.group(2);
        Group other = fixtures.group(1);
        fixtures.submit(group, Duration.ofDays(5));
        fixtures.submit(other, Duration.ofDays(5));

        assertThat(seenBy(group.members().get(1), group)).hasSize(1);
        assertThat(seenBy(group.members().get(1), other)).isEmpty();
        assertThat(seenBy(other.chair(), other)).hasSize(1);
        assertThat(seenBy("virkailija", group)).hasSize(1);
        assertThat(seenBy("hakija", group)).as("the network's applicants follow documents, not votes").isEmpty();
    }

    private void vote(ProcessInstance instance, String member) {
        String taskId = tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(member).singleResult().getId();
        actAs(users, member);
        flow.vote(taskId, VoteChoice.APPROVE, null);
        SecurityContextHolder.clearContext();
    }
}
