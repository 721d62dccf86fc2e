package fi.avustus.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.notification.NotificationFixtures;
import fi.avustus.notification.UserMessages;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.report.process.ProjectReportingProcess;
import fi.avustus.security.SystemUser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo data keeps every rule, and each rule finds a case broken on purpose (then mended):
 * exactly that case, no other rule moved.
 */
@IntegrationTest
class ConsistencyCheckTest {

    @Autowired ConsistencyCheck check;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired UserMessages messages;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired UserDetailsService users;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoDataKeepsEveryRule() {
        ConsistencyReport report = run();
        assertThat(report.rules()).extracting(RuleResult::rule).containsExactly(ConsistencyRule.values());
        assertThat(report.rules()).allSatisfy(result -> assertThat(result.violations())
                .as("%s: %s", result.rule(), result.examples()).isZero());
        assertThat(report.clean()).isTrue();
    }

    @Test
    void onlyAdministratorsRunIt() {
        ProgrammeFixtures.actAs(users, "virkailija");
        assertThatThrownBy(check::run).isInstanceOf(AccessDeniedException.class);
        ProgrammeFixtures.actAs(users, "admin");
        assertThat(check.run().rules()).hasSize(ConsistencyRule.values().length);
    }

    @Test
    void aSubmittedApplicationWhoseProcessNeverStarted() {
        long[] id = new long[1];
        assertFinds(ConsistencyRule.APPLICATION_WITHOUT_PROCESS, () -> {
            id[0] = jdbc.queryForObject("""
                    insert into avustus.application (call_id, organisation_id, status, submitted_version, version, project_name)
                    select call_id, organisation_id, 'SUBMITTED', 1, 0, 'Ilman prosessia' from avustus.application
                    order by id limit 1 returning id""", Long.class);
            return String.valueOf(id[0]);
        }, () -> jdbc.update("delete from avustus.application where id = ?", id[0]));
    }

    @Test
    void aRunningProcessWhoseCaseIsGone() {
        ProcessInstance reporting = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ProjectReportingProcess.KEY).listPage(0, 1).get(0);
        String projectId = reporting.getBusinessKey();
        String setBusinessKey = "update public.act_ru_execution set business_key_ = ? where id_ = ?";
        assertFinds(ConsistencyRule.PROCESS_WITHOUT_CASE, () -> {
            jdbc.update(setBusinessKey, "-1", reporting.getId());
            return ProjectReportingProcess.KEY + " -1 (" + reporting.getId() + ")";
        }, () -> jdbc.update(setBusinessKey, projectId, reporting.getId()));
    }

    @Test
    void aProjectPaidMoreThanItWasGranted() {
        Map<String, Object> project = jdbc.queryForMap("""
                select project.id, project.granted_amount from avustus.project project
                where exists (select 1 from avustus.payment_instalment instalment
                              where instalment.project_id = project.id and instalment.status in ('APPROVED', 'PAID'))
                order by project.id limit 1""");
        long id = ((Number) project.get("id")).longValue();
        BigDecimal granted = (BigDecimal) project.get("granted_amount");
        assertFinds(ConsistencyRule.PAYMENTS_OVER_GRANT, () -> {
            // The instalments' trigger guards the payment account; the decision's sum on the project is lowered instead.
            jdbc.update("update avustus.project set granted_amount = 0 where id = ?", id);
            return String.valueOf(id);
        }, () -> jdbc.update("update avustus.project set granted_amount = ? where id = ?", granted, id));
    }

    @Test
    void anEmailGivenUp() {
        long mail = newMail(ProgrammeFixtures.unique("Luovuttu"));
        assertFinds(ConsistencyRule.MAIL_LOST, () -> {
            jdbc.update("update avustus.mail_outbox set status = 'FAILED', attempts = 8, last_error = 'test' where id = ?", mail);
            return String.valueOf(mail);
        }, () -> markSent(mail));
    }

    @Test
    void anEmailClaimedWithoutALease() {
        long mail = newMail(ProgrammeFixtures.unique("Jumissa"));
        assertFinds(ConsistencyRule.MAIL_LOST, () -> {
            jdbc.update("update avustus.mail_outbox set status = 'SENDING', claimed_until = null, claim_token = 'lost' where id = ?",
                    mail);
            return String.valueOf(mail);
        }, () -> markSent(mail));
    }

    @Test
    void aMessageMailedTwice() {
        long mail = newMail(ProgrammeFixtures.unique("Kahdesti"));
        markSent(mail);
        long message = jdbc.queryForObject("select user_message_id from avustus.mail_outbox where id = ?", Long.class, mail);
        long[] copy = new long[1];
        assertFinds(ConsistencyRule.MESSAGE_MAILED_TWICE, () -> {
            copy[0] = jdbc.queryForObject("""
                    insert into avustus.mail_outbox (user_message_id, recipient, language, subject, body, created_at, status,
                                                     attempts, next_attempt_at, sent_at)
                    select user_message_id, recipient, language, subject, body, created_at, status, attempts, next_attempt_at, sent_at
                    from avustus.mail_outbox where id = ? returning id""", Long.class, mail);
            return String.valueOf(message);
        }, () -> jdbc.update("delete from avustus.mail_outbox where id = ?", copy[0]));
    }

    /** Breaks the data, sees exactly one more case break exactly that rule, mends the data, sees it as before. */
    private void assertFinds(ConsistencyRule rule, Supplier<String> breakData, Runnable mend) {
        ConsistencyReport before = run();
        String offending = breakData.get();
        try {
            ConsistencyReport broken = run();
            for (ConsistencyRule other : ConsistencyRule.values()) {
                long expected = before.result(other).violations() + (other == rule ? 1 : 0);
                assertThat(broken.result(other).violations()).as(other.name()).isEqualTo(expected);
            }
            if (before.result(rule).violations() < ConsistencyCheck.EXAMPLES) {
                assertThat(broken.result(rule).examples()).contains(offending);
            }
            assertThat(broken.clean()).isFalse();
        } finally {
            mend.run();
        }
        assertThat(run().result(rule)).isEqualTo(before.result(rule));
    }

    private ConsistencyReport run() {
        return SystemUser.call(check::run);
    }

    private long newMail(String marker) {
        NotificationFixtures.tell(messages, transactionManager, marker, "sokande");
        return jdbc.queryForObject("select id from avustus.mail_outbox where position(? in subject) > 0", Long.class, marker);
    }

    private void markSent(long mail) {
        jdbc.update("update avustus.mail_outbox set status = 'SENT', sent_at = now(), claimed_until = null, claim_token = null"
                + " where id = ?", mail);
    }
}
