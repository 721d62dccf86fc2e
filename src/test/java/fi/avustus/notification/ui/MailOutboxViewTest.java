package fi.avustus.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import fi.avustus.notification.MailStatus;
import fi.avustus.notification.NotificationFixtures;
import fi.avustus.notification.OutboxEntry;
import fi.avustus.notification.UserMessages;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.ui.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Administrators see the outbox newest first, with each e-mail's state, show one state only, retry failed ones. */
class MailOutboxViewTest extends UiTest {

    @Autowired UserMessages messages;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theNewestMailIsOnTopWithItsStateAndTheFilterHidesOtherStates() {
        String marker = ProgrammeFixtures.unique("Postilaatikko");
        NotificationFixtures.tell(messages, transactionManager, marker, "sokande");

        login("admin");
        UI.getCurrent().navigate(MailOutboxView.class);
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class, spec -> spec.withId("outbox"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("johanna.westerlund@avustus.example", "sv", "Odottaa")
                .anyMatch(cell -> cell.contains(marker));

        @SuppressWarnings("unchecked")
        Select<MailStatus> status = _get(Select.class, spec -> spec.withId("status"));
        status.setValue(MailStatus.SENT);
        assertThat(GridKt._findAll(grid)).noneMatch(entry -> entry.subject().contains(marker))
                .allMatch(entry -> entry.status() == MailStatus.SENT);
        status.setValue(MailStatus.PENDING);
        assertThat(GridKt._get(grid, 0).subject()).contains(marker);
    }

    @Test
    void failedMailsGetAnotherRound() {
        String marker = ProgrammeFixtures.unique("Uusi yritys");
        NotificationFixtures.tell(messages, transactionManager, marker, "sokande");
        NotificationFixtures.giveUp(jdbc, marker);

        login("admin");
        UI.getCurrent().navigate(MailOutboxView.class);
        _click(_get(Button.class, spec -> spec.withId("retry-failed")));

        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class, spec -> spec.withId("outbox"));
        OutboxEntry mine = GridKt._get(grid, 0);
        assertThat(mine.subject()).contains(marker);
        assertThat(mine.status()).isEqualTo(MailStatus.PENDING);
        assertThat(mine.attempts()).isZero();
    }
}
