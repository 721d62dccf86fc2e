package fi.avustus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import fi.avustus.IntegrationTest;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a screen says when the database is away: try again, in the user's language; never "unexpected error". */
@IntegrationTest
class UserFacingErrorHandlerTest extends UiTest {

    @Test
    void aDatabaseThatCannotBeReachedOrCutTheConnectionIsToldAsSuch() {
        login("hakija");
        Throwable cutMidUse = new RuntimeException(new JDBCConnectionException("An I/O error occurred",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        Throwable noConnection = new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("Connection is not available, request timed out after 10000ms."));
        Throwable shuttingDown = new SQLException("terminating connection due to administrator command", "57P01");
        Throwable rollbackOnAClosedConnection = new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed"));

        for (Throwable outage : new Throwable[] {cutMidUse, noConnection, shuttingDown, rollbackOnAClosedConnection}) {
            assertThat(UserFacingErrorHandler.messageFor(UI.getCurrent(), outage))
                    .startsWith("Palvelu ei juuri nyt tavoita tietokantaa");
        }
        inLanguage("sv");
        assertThat(UserFacingErrorHandler.messageFor(UI.getCurrent(), cutMidUse)).startsWith("Tjänsten når just nu inte databasen");
        inLanguage("fi");
        assertThat(UserFacingErrorHandler.messageFor(UI.getCurrent(), new SQLException("duplicate key", "23505")))
                .isEqualTo(UI.getCurrent().getTranslation("error.unexpected"));
    }
}
