package fi.avustus.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.notification.ui.MessagesView;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Submission and withdrawal leave messages for the organisation's applicants, shown in their language. */
class ApplicationNotifierTest extends UiTest {

    @Autowired UserMessages messages;
    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    @Test
    void applicantsOfTheOrganisationAreToldAndOthersAreNot() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "hakija");
        long gradia = applications.eligibleOrganisations(call.id()).stream()
                .filter(organisation -> organisation.nameFi().contains("Gradia")).findFirst().orElseThrow().id();
        long id = applications.startDraft(call.id(), gradia);
        applications.saveDraft(id, ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);
        applications.withdraw(id, "Rahoitus järjestyi muualta");

        assertThat(messages.mine()).filteredOn(message -> ("applications/" + id).equals(message.link()))
                .extracting(Message::key).contains("notification.submitted", "notification.withdrawn");
        actAs(users, "applicant");
        assertThat(messages.mine()).noneMatch(message -> ("applications/" + id).equals(message.link()));

        login("hakija");
        UI.getCurrent().navigate(MessagesView.class);
        assertThat(_get(Div.class, spec -> spec.withId("messages")).getElement().getTextRecursively())
                .contains("Hakemus \"Jatkuvan oppimisen verkosto\" on vastaanotettu.");
        actAs(users, "hakija");
        assertThat(messages.unread()).isZero();
    }
}
