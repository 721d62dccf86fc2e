package fi.avustus.consistency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fi.avustus.consistency.ConsistencyRule;
import fi.avustus.consistency.RuleResult;
import fi.avustus.ui.UiTest;
import org.junit.jupiter.api.Test;

/** Administrators see every rule with its count; no one else opens the page. */
class ConsistencyViewTest extends UiTest {

    @Test
    void administratorsSeeEveryRuleWithItsCount() {
        login("admin");
        UI.getCurrent().navigate(ConsistencyView.class);

        @SuppressWarnings("unchecked")
        Grid<RuleResult> rules = _get(Grid.class, spec -> spec.withId("rules"));
        assertThat(GridKt._size(rules)).isEqualTo(ConsistencyRule.values().length);
        assertThat(GridKt._getFormattedRow(rules, 0)).startsWith("Jätetyt hakemukset ilman prosessia");
        assertThat(GridKt._get(rules, 2).rule()).isEqualTo(ConsistencyRule.PAYMENTS_OVER_GRANT);
        String verdict = _get(Paragraph.class, spec -> spec.withId("verdict")).getText();
        assertThat(verdict).startsWith("Tarkistettu ");

        inLanguage("sv");
        UI.getCurrent().navigate(ConsistencyView.class);
        _click(_get(Button.class, spec -> spec.withId("run-again")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("verdict")).getText()).startsWith("Kontrollerat ");
    }

    @Test
    void othersAreRefused() {
        for (String user : new String[] {"virkailija", "paattaja", "ohjausryhma", "hakija"}) {
            login(user);
            UI.getCurrent().navigate(ConsistencyView.class);
            assertThat(_find(ConsistencyView.class)).as(user).isEmpty();
            assertThat(_find(Grid.class, spec -> spec.withId("rules"))).as(user).isEmpty();
        }
    }
}
