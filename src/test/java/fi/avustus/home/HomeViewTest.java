package fi.avustus.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.deadline.DeadlineFixtures;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.programme.ui.OpenCallCard;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.project.ProjectSummary;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class HomeViewTest extends UiTest {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    @Test
    void applicantSeesTheOpenCallWithTimeLeftAndOwnOrganisations() {
        login("hakija");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class).getText()).startsWith("Tervetuloa");
        assertThat(_find(OpenCallCard.class)).isNotEmpty().allSatisfy(card ->
                assertThat(card.getElement().getTextRecursively()).contains("Aikaa jäljellä"));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anySatisfy(name -> assertThat(name).contains("Gradia"))
                .anySatisfy(name -> assertThat(name).contains("Jyväskylän kaupunki"));
    }

    @Test
    void swedishSpeakingApplicantGetsSwedishTexts() {
        login("sokande");
        inLanguage("sv");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class).getText()).startsWith("Välkommen");
        assertThat(_find(OpenCallCard.class)).isNotEmpty().allSatisfy(card ->
                assertThat(card.getElement().getTextRecursively()).contains("Tid kvar"));
    }

    @Test
    void theSwedishOpenCallCardWritesItsClosingTimeTheFinlandSwedishWay() {
        login("sokande");
        inLanguage("sv");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(OpenCallCard.class)).isNotEmpty().allSatisfy(card -> assertThat(closingTime(card))
                .matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} kl\\. \\d{1,2}\\.\\d{2}"));
    }

    /** The card's first fact: when the call closes. */
    private static String closingTime(OpenCallCard card) {
        return _find(card, DescriptionList.Description.class).get(0).getText();
    }

    @Test
    void anApplicantSeesTheirOrganisationsProjectsEachLinkingToItsPage() {
        ProjectSummary project = ProjectFixtures.running(context, "hakija", "fi");
        login("hakija");
        UI.getCurrent().navigate(HomeView.class);
        UnorderedList mine = _get(UnorderedList.class, spec -> spec.withId("my-projects"));
        assertThat(_find(mine, RouterLink.class)).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo("projects/" + project.id());
            assertThat(link.getText()).isEqualTo("Hanke " + project.id());
        });

        login("applicant");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(RouterLink.class)).noneMatch(link -> link.getHref().equals("projects/" + project.id()));
    }

    /** An application of hakija's organisation returned for completion by a day that has passed. */
    private long lateCompletion() {
        DeadlineFixtures fixtures = new DeadlineFixtures(context);
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        SecurityContextHolder.clearContext();
        return fixtures.completionRequested(call.id(), fixtures.today().minusDays(2));
    }

    @Test
    void anApplicantSeesTheirOwnDeadlinesEachLinkingToItsCase() {
        long late = lateCompletion();
        login("hakija");
        UI.getCurrent().navigate(HomeView.class);
        ListItem item = _find(ListItem.class, spec -> spec.withClasses("deadline-overdue")).stream()
                .filter(found -> _find(found, Anchor.class).stream().anyMatch(link -> link.getHref().equals("applications/" + late)))
                .findFirst().orElseThrow();
        assertThat(item.getElement().getTextRecursively())
                .contains("Täydennä hakemus: Jatkuvan oppimisen verkosto", "Myöhässä");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("my-deadlines"))).isNotNull();
    }

    @Test
    void anotherOrganisationsApplicantDoesNotSeeThem() {
        long late = lateCompletion();
        login("applicant");
        inLanguage("en");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(Section.class, spec -> spec.withId("own-deadlines")).getElement().getTextRecursively())
                .contains("Your deadlines");
        assertThat(_find(Anchor.class)).noneMatch(link -> link.getHref().equals("applications/" + late));
    }

    @Test
    void staffSeeHowManyDeadlinesAreOverdueWithALinkToTheCalendar() {
        lateCompletion();
        login("virkailija");
        UI.getCurrent().navigate(HomeView.class);
        Anchor overdue = _get(Anchor.class, spec -> spec.withId("overdue-deadlines"));
        assertThat(overdue.getText()).matches("Myöhässä olevia määräaikoja: [1-9]\\d*");
        assertThat(overdue.getHref()).isEqualTo("deadlines?show=overdue");
    }

    @Test
    void aDecisionMakerOwnsNoDeadlinesAndSeesNoSection() {
        login("paattaja");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Section.class, spec -> spec.withId("own-deadlines"))).isEmpty();
    }
}
