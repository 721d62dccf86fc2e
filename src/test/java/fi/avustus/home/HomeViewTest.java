package fi.avustus.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import fi.avustus.programme.ui.OpenCallCard;
import fi.avustus.ui.UiTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends UiTest {

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
}
