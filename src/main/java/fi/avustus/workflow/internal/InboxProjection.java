package fi.avustus.workflow.internal;

import fi.avustus.workflow.TaskInbox;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The inbox's table of open user tasks ({@code avustus.inbox_task}), derived from the engine's
 * runtime tables by one query: the same derivation writes the rows of the tasks a command changed
 * ({@link #refresh}) and rebuilds or checks the whole table ({@link #reconcile}, {@link #inconsistencies}),
 * so a row kept up to date and a rebuilt row are equal by construction.
 * <p>
 * A task's call and organisation are its process instance's own {@code callId} and
 * {@code organisationId} variables (integers); its candidate groups, those of its candidate links.
 * Only tasks of process instances are projected.
 */
@Repository
public class InboxProjection {

    private static final String COLUMNS = "task_id, process_key, element, process_instance_id, business_key, "
            + "organisation_id, call_id, assignee, candidate_groups, suspended, created, due_date";

    private final JdbcTemplate jdbc;
    private final String engineTables;

    InboxProjection(JdbcTemplate jdbc, @Value("${camunda.bpm.database.table-prefix:}") String engineTablePrefix) {
        this.jdbc = jdbc;
        this.engineTables = engineTablePrefix;
    }

    /** The engine's open user tasks as the inbox projects them, of those matching {@code where}. */
    private String derived(String where) {
        return """
                select t.id_ as task_id, d.key_ as process_key, t.task_def_key_ as element,
                       t.proc_inst_id_ as process_instance_id, e.business_key_ as business_key,
                       (%2$s) as organisation_id, (%3$s) as call_id, t.assignee_ as assignee,
                       array(select l.group_id_ from %1$sact_ru_identitylink l
                             where l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
                             order by l.group_id_)::varchar(255)[] as candidate_groups,
                       t.suspension_state_ = 2 as suspended, t.create_time_ as created, t.due_date_ as due_date
                from %1$sact_ru_task t
                join %1$sact_re_procdef d on d.id_ = t.proc_def_id_
                join %1$sact_ru_execution e on e.id_ = t.proc_inst_id_
                """.formatted(engineTables, variable(TaskInbox.ORGANISATION_ID), variable(TaskInbox.CALL_ID)) + where;
    }

    /** An integer variable of the task's process instance itself (not of a sub-scope or a task). */
    private String variable(String name) {
        return ("select v.long_ from %sact_ru_variable v where v.execution_id_ = t.proc_inst_id_ and v.task_id_ is null "
                + "and v.name_ = '%s' and v.type_ in ('long', 'integer', 'short')").formatted(engineTables, name);
    }

    /**
     * Rewrites the rows of these tasks and of every task of these process instances from the
     * engine's tables: a task that is gone loses its row. Runs inside the engine's transaction,
     * after the engine has written the command's changes.
     */
    void refresh(List<String> taskIds, List<String> processInstanceIds) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // Written outside the engine's transaction, the rows could outlive a rollback.
            throw new IllegalStateException("The inbox projection is written only inside the engine's transaction");
        }
        jdbc.execute((Connection connection) -> {
            Array tasks = connection.createArrayOf("varchar", taskIds.toArray());
            Array instances = connection.createArrayOf("varchar", processInstanceIds.toArray());
            update(connection, "delete from avustus.inbox_task where task_id = any(?) or process_instance_id = any(?)",
                    tasks, instances);
            update(connection, "insert into avustus.inbox_task (" + COLUMNS + ") "
                    + derived("where t.id_ = any(?) or t.proc_inst_id_ = any(?)"), tasks, instances);
            return null;
        });
    }

    private static void update(Connection connection, String sql, Array tasks, Array instances) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, tasks);
            statement.setArray(2, instances);
            statement.executeUpdate();
        }
    }

    /**
     * Makes the table equal to the engine's open user tasks: removes rows that differ from the
     * engine's or whose task is gone, adds the missing ones. Nothing changes when they already agree.
     */
    @Transactional
    public Reconciliation reconcile() {
        int removed = jdbc.update("""
                delete from avustus.inbox_task p using (
                    select %1$s from avustus.inbox_task except select * from (%2$s) engine) wrong
                where p.task_id = wrong.task_id
                """.formatted(COLUMNS, derived("")));
        int added = jdbc.update("insert into avustus.inbox_task (" + COLUMNS + ") select * from (" + derived("")
                + ") engine where not exists (select 1 from avustus.inbox_task p where p.task_id = engine.task_id) "
                // A command that wrote the row meanwhile wrote the same row.
                + "on conflict (task_id) do nothing");
        return new Reconciliation(removed, added);
    }

    /**
     * Whether the table has as many rows as the engine has open user tasks of process instances:
     * a quick test (a count of each) that finds a table that predates tasks or missed some.
     */
    @Transactional(readOnly = true)
    public boolean countsAgree() {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select (select count(*) from avustus.inbox_task)
                     = (select count(*) from %1$sact_ru_task t join %1$sact_ru_execution e on e.id_ = t.proc_inst_id_)
                """.formatted(engineTables), Boolean.class));
    }

    /** The tasks whose row differs from the engine's, is missing or has no task: none, when consistent. */
    @Transactional(readOnly = true)
    public List<String> inconsistencies() {
        return jdbc.queryForList("""
                select task_id from (
                    (select %1$s from avustus.inbox_task except select * from (%2$s) engine)
                    union
                    (select * from (%2$s) engine except select %1$s from avustus.inbox_task)) differing
                group by task_id order by task_id
                """.formatted(COLUMNS, derived("")), String.class);
    }

    /** What {@link #reconcile} changed: the rows removed (wrong or gone) and added (missing or corrected). */
    public record Reconciliation(int removed, int added) {

        public boolean changedAnything() {
            return removed > 0 || added > 0;
        }
    }
}
