package fi.avustus.consistency.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The consistency rules' side in the product's own tables, as plain SQL: the check reads rows
 * as they are, including rows that no facade would show (a case in another organisation, a
 * mail in a state the sender cannot take).
 */
@Repository
public class CaseQueries {

    /** Cases a process belongs to, by the table holding them; the process's business key is the row's id. */
    public enum CaseTable {
        APPLICATION("avustus.application"),
        PROJECT("avustus.project"),
        CHANGE_REQUEST("avustus.change_request");

        private final String table;

        CaseTable(String table) {
            this.table = table;
        }
    }

    private final JdbcTemplate jdbc;

    CaseQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applications past the draft: from submission on, each one has its grant-application process.
     * Those decided or closed before {@code historyKeptSince} are left out: the engine's history
     * cleanup may have removed their finished processes.
     */
    public List<Long> submittedApplications(Instant historyKeptSince) {
        return jdbc.queryForList("""
                select id from avustus.application
                where status in ('SUBMITTED', 'COMPLETION_REQUESTED', 'IN_ASSESSMENT', 'IN_DECISION')
                   or (status in ('APPROVED', 'REJECTED', 'WITHDRAWN', 'CLOSED_INCOMPLETE')
                       and (modified_at is null or modified_at >= ?))
                order by id""", Long.class, historyKeptSince.atOffset(ZoneOffset.UTC));
    }

    /** Which of the given ids are rows of the table. */
    public Set<Long> existing(CaseTable cases, Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList(
                "select id from " + cases.table + " where id = any(?)", Long.class, (Object) ids.toArray(Long[]::new)));
    }

    /** Which of the given ids are network documents of the given type. */
    public Set<Long> existingDocuments(String documentType, Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList(
                "select id from avustus.plan_document where document_type = ? and id = any(?)", Long.class,
                documentType, (Object) ids.toArray(Long[]::new)));
    }

    /** Which of the given process instances an approval round belongs to (the round is opened by its process's first step). */
    public Set<String> approvalRoundProcesses(Collection<String> processInstanceIds) {
        return processInstanceIds.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList(
                "select process_instance_id from avustus.approval_round where process_instance_id = any(?)", String.class,
                (Object) processInstanceIds.toArray(String[]::new)));
    }

    /**
     * Projects whose approved and paid instalments add up to more than the granted sum, the
     * decision's (on the project) or the payment account's, whichever is smaller.
     */
    public List<Long> projectsPaidOverGrant() {
        return jdbc.queryForList("""
                select project.id from avustus.project project
                join avustus.payment_instalment instalment on instalment.project_id = project.id
                left join avustus.payment_account account on account.project_id = project.id
                where instalment.status in ('APPROVED', 'PAID')
                group by project.id, project.granted_amount, account.granted_amount
                having sum(instalment.amount) > least(project.granted_amount, coalesce(account.granted_amount, project.granted_amount))
                order by project.id
                """, Long.class);
    }

    /**
     * E-mails no sender will take: given up after their attempts, or marked as being sent with no
     * lease (a sender takes a claimed mail again only once its lease has run out). Mails waiting,
     * even for long while no mail server is configured, are not lost: they go out once one is.
     */
    public List<Long> lostMails() {
        return jdbc.queryForList("""
                select id from avustus.mail_outbox
                where status = 'FAILED' or (status = 'SENDING' and claimed_until is null)
                order by id
                """, Long.class);
    }

    /** In-app messages with more than one e-mail copy (each message is mailed once, to its one recipient). */
    public List<Long> messagesMailedTwice() {
        return jdbc.queryForList("""
                select user_message_id from avustus.mail_outbox
                group by user_message_id having count(*) > 1
                order by user_message_id
                """, Long.class);
    }
}
