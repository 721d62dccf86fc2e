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
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.application.process.GrantApplicationProcess.Elements;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.review.AssessmentForm;
import fi.avustus.review.ui.DecisionProposalForm;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The presenter's task hands the application's budget lines to the review module's proposal
 * form, which names their categories in its own texts.
 */
class ProposalTaskViewTest extends UiTest {

    @Autowired Applications applications;
    @Autowired UserDetailsService users;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired Organisations organisations;
    @Autowired Clock clock;
    @Autowired TaskService taskService;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired GrantApplicationFlow flow;

    @Test
    void theProposalOpensWithTheApplicationsCostLinesAcceptedAsAppliedFor() {
        long applicationId = assessedApplication();
        String propose = task(applicationId, Elements.PROPOSE_DECISION);
        login("virkailija");
        UI.getCurrent().navigate("tasks/grant-application/" + propose);
        _get(DecisionProposalForm.class);
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

    /** Submitted, found complete, the call closed, assessed by both reviewers: waiting for a proposal. */
    private long assessedApplication() {
        CallSummary call = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "hakija");
        long id = applications.startDraft(call.id(), applications.eligibleOrganisations(call.id()).get(0).id());
        applications.saveDraft(id, ApplicationFixtures.completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);
        actAs(users, "virkailija");
        flow.completeCheck(task(id, Elements.CHECK_COMPLETENESS),
                new GrantApplicationFlow.CompletenessCheck(true, List.of("arvioija1", "arvioija2"), null, null));
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult().getId());
        for (String reviewer : List.of("arvioija1", "arvioija2")) {
            actAs(users, reviewer);
            AssessmentForm form = new AssessmentForm();
            form.setScores(call.criteria().stream().map(criterion -> 4).toList());
            form.setComment("Hyvin perusteltu hanke.");
            flow.submitAssessment(taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                    .taskAssignee(reviewer).singleResult().getId(), form);
        }
        SecurityContextHolder.clearContext();
        return id;
    }

    private String task(long applicationId, String element) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(applicationId))
                .taskDefinitionKey(element).singleResult().getId();
    }
}
