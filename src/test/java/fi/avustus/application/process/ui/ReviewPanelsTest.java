package fi.avustus.application.process.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.application.BudgetCategory;
import fi.avustus.application.process.GrantApplicationProcess.Elements;
import fi.avustus.application.process.GrantTask;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.ui.ModularTranslations;
import fi.avustus.ui.UiTest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The presenter's task hands the application's budget lines to the review module's proposal
 * form, which names their categories in its own texts.
 */
class ReviewPanelsTest extends UiTest {

    @Autowired ReviewPanels panels;
    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;

    @Test
    void theProposalOpensWithTheApplicationsCostLinesAcceptedAsAppliedFor() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "hakija");
        long organisationId = applications.eligibleOrganisations(call.id()).get(0).id();
        long id = applications.startDraft(call.id(), organisationId);
        applications.saveDraft(id, ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);

        login("virkailija");
        UI.getCurrent().add(panels.proposal(new GrantTask("task", Elements.PROPOSE_DECISION, id, call.id(), organisationId,
                null, null, null, null), done -> { }));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("cost-accepted-1")).getValue()).isEqualByComparingTo("100000");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("cost-accepted-2")).getValue()).isEqualByComparingTo("20000");
        assertThat(_get(NativeTable.class, spec -> spec.withId("cost-lines")).getElement().getTextRecursively())
                .contains("Henkilöstökulut", "2027", "Koordinaattori", "Matkakulut", "Matkat");
    }

    /** Every category an application can have is named on the review module's screens and in its letters. */
    @Test
    void everyBudgetCategoryHasAReviewSideName() throws IOException {
        for (String language : List.of("fi", "sv", "en")) {
            Map<String, String> texts = ModularTranslations.load(language);
            for (BudgetCategory category : BudgetCategory.values()) {
                assertThat(texts).as(language).containsKey("decision.costCategory." + category.name());
            }
        }
        for (String language : List.of("fi", "sv")) {
            Properties letter = new Properties();
            try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(
                    "/review/letter_" + language + ".properties"), StandardCharsets.UTF_8)) {
                letter.load(reader);
            }
            for (BudgetCategory category : BudgetCategory.values()) {
                assertThat(letter).as("letter " + language).containsKey("category." + category.name());
            }
        }
    }
}
