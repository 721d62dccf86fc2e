package fi.avustus.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether an error means that the database could not be reached, rather than that the work was
 * wrong: then the user is told to try again, and the transaction, never committed, left nothing.
 * A connection the database cut mid-use (SQL state class 08, or 57P for a server shutting down)
 * counts as much as one that could not be opened, and so does the pool's own refusal to use a
 * connection it has closed after such a cut: the rollback that follows fails on it and hides the
 * first error.
 */
public final class DatabaseUnavailable {

    /** What the connection pool (HikariCP) says, with no SQL state, for a connection it has closed. */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean causes(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() == null
                    ? POOL_CLOSED_CONNECTION.equals(sql.getMessage())
                    : sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
