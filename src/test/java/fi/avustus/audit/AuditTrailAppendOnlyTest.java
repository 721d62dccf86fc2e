package fi.avustus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every change to case data is traceable to a person and a time, and that trace cannot be
 * rewritten: no screen or endpoint edits it, and the database refuses to (V100).
 */
@IntegrationTest
class AuditTrailAppendOnlyTest {

    /** The entities without an audit trail of their own, and why none is needed. */
    private static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("AuditRevision", "the audit trail itself"),
            Map.entry("UserMessage", "a notification to a person, not case data"),
            Map.entry("OutboxMail", "the e-mail of a notification"),
            Map.entry("AttachmentContent", "the bytes of an attachment; the audited attachment row names them"),
            Map.entry("ReportAttachmentContent", "the bytes of a report's attachment; the audited attachment row names them"),
            Map.entry("ApplicationVersion", "a snapshot of a submitted application, written once"),
            Map.entry("PlanDocumentVersion", "a snapshot of an approved plan, written once"),
            Map.entry("StoredLetter", "a decision letter's PDF, written once with its decision"),
            Map.entry("StoredChangeLetter", "a change decision's PDF, written once with its decision"),
            Map.entry("StoredRecoveryLetter", "a recovery decision's PDF, written once with its decision"),
            Map.entry("StoredMinutes", "a meeting's minutes as a PDF, written once"),
            Map.entry("PaymentAccount", "a project's granted sum for payments, copied from its audited decision; the row is the payments' lock"));

    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void everyEntityKeepsAnAuditTrailUnlessItNeedsNone() {
        Map<String, Boolean> audited = entityManagerFactory.getMetamodel().getEntities().stream()
                .collect(Collectors.toMap(EntityType::getName,
                        entity -> entity.getJavaType().isAnnotationPresent(Audited.class)));

        assertThat(audited.entrySet().stream().filter(entity -> !entity.getValue()).map(Map.Entry::getKey))
                .containsExactlyInAnyOrderElementsOf(NOT_AUDITED.keySet());
    }

    @Test
    void everyAuditTableRefusesUpdatesDeletesAndTruncation() {
        assertThat(jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = 'avustus' and t.table_type = 'BASE TABLE'
                  and (t.table_name like '%\\_aud' or t.table_name = 'audit_revision')
                  and (select count(*) from pg_trigger g
                       where g.tgrelid = ('avustus.' || t.table_name)::regclass
                         and g.tgname in ('audit_trail_append_only', 'audit_trail_no_truncate') and g.tgenabled = 'O') < 2
                """, String.class)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToRewriteTheTrail() {
        long revision = jdbc.queryForObject("select max(id) from avustus.audit_revision", Long.class);
        String author = jdbc.queryForObject("select username from avustus.audit_revision where id = ?", String.class, revision);
        Map<String, Object> organisationRow = jdbc.queryForMap("select id, rev from avustus.organisation_aud limit 1");

        assertThatThrownBy(() -> jdbc.update("update avustus.audit_revision set username = 'someone-else' where id = ?", revision))
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("the audit trail cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from avustus.audit_revision where id = ?", revision))
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("the audit trail cannot be changed");
        assertThatThrownBy(() -> jdbc.update("update avustus.organisation_aud set name_fi = 'Muutettu' where id = ? and rev = ?",
                organisationRow.get("id"), organisationRow.get("rev")))
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("the audit trail cannot be changed");
        assertThatThrownBy(() -> jdbc.execute("truncate avustus.organisation_aud cascade"))
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("the audit trail cannot be changed");

        assertThat(jdbc.queryForObject("select username from avustus.audit_revision where id = ?", String.class, revision))
                .isEqualTo(author);
    }
}
