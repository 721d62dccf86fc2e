package fi.avustus.workflow.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Steps on one process instance's tasks take their turn until their transaction ends. Without
 * turns the engine lets the first of two steps at once through and refuses the other with an
 * optimistic-locking failure after it did its work, or, for two members of a parallel
 * multi-instance task, refuses a step that had every right to go through. A transaction-scoped
 * advisory lock rather than a row lock: the engine's rows are the engine's.
 */
@Repository
public class ProcessTurns {

    private final JdbcTemplate jdbc;

    ProcessTurns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction is taking a step on the process instance; needs a transaction. */
    public void waitForTurn(String processInstanceId) {
        jdbc.queryForObject("select 1 from pg_advisory_xact_lock(hashtextextended('process-instance:' || ?, 0))",
                Integer.class, processInstanceId);
    }
}
