package fi.avustus.programme.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import fi.avustus.home.HomeView;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.UiTest;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenCallsViewTest extends UiTest {

    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;

    private CallSummary open;

    @BeforeEach
    void publishACall() {
        login("admin");
        long programmeId = programmes.create(
                ProgrammeFixtures.programme(organisations.active().get(0).id(), clock, "500000")).id();
        open = calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "100000")).id());
    }

    private static String card(long callId) {
        return "open-call-" + callId;
    }

    @Test
    void anApplicantSeesTheOpenCallWithItsTermsInTheirLanguage() {
        login("hakija");
        UI.getCurrent().navigate(OpenCallsView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Avoimet haut");
        Article article = _get(Article.class, spec -> spec.withId(card(open.id())));
        assertThat(_get(article, H3.class).getText()).isEqualTo(open.title().fi());
        String facts = Texts.plain(_get(article, DescriptionList.class).getElement().getTextRecursively());
        assertThat(facts).contains("12 päivää", "10 000,00 €", "25 %", "Hakuaika päättyy");

        inLanguage("sv");
        // Away and back, so that the view is built again in Swedish rather than reused.
        UI.getCurrent().navigate(HomeView.class);
        UI.getCurrent().navigate(OpenCallsView.class);
        Article swedish = _get(Article.class, spec -> spec.withId(card(open.id())));
        assertThat(_get(swedish, H3.class).getText()).isEqualTo(open.title().sv());
        assertThat(_get(swedish, DescriptionList.class).getElement().getTextRecursively()).contains("12 dagar");
    }

    @Test
    void theTypeFilterHidesCallsTheTypesCannotApplyTo() {
        login("hakija");
        UI.getCurrent().navigate(OpenCallsView.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrganisationType> filter = _get(MultiSelectComboBox.class, spec -> spec.withId("type-filter"));
        assertThat(filter.getLabel()).isEqualTo("Organisaatiotyyppi");
        _setValue(filter, Set.of(OrganisationType.COMPANY));
        assertThat(_find(Article.class, spec -> spec.withId(card(open.id())))).isEmpty();
        _setValue(filter, Set.of(OrganisationType.JOINT_MUNICIPAL_AUTHORITY));
        assertThat(_find(Article.class, spec -> spec.withId(card(open.id())))).hasSize(1);
    }
}
