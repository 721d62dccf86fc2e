package fi.avustus.application;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.application.process.GrantApplicationProcess;
import fi.avustus.application.process.GrantApplicationFlow;
import fi.avustus.organisation.Organisations;
import org.camunda.bpm.engine.TaskService;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Open calls and complete applications for the application tests. */
public final class ApplicationFixtures {

    private ApplicationFixtures() {
    }

    /**
     * A published call open now (closing in twelve days) with a maximum grant of 500 000 € and a
     * minimum self-financing of 25 %, for municipalities and joint municipal authorities.
     * Leaves the administrator logged in.
     */
    public static CallSummary openCall(UserDetailsService users, Programmes programmes, Calls calls,
                                       Organisations organisations, Clock clock) {
        actAs(users, "admin");
        long funder = organisations.active().get(0).id();
        long programmeId = programmes.create(ProgrammeFixtures.programme(funder, clock, "10000000")).id();
        return calls.publish(calls.create(ProgrammeFixtures.completeCall(programmeId, clock, "5000000")).id());
    }

    /**
     * A complete application that the demo applicant {@code hakija} submitted to the call, so its
     * process waits at the completeness check. Leaves the applicant logged in.
     */
    public static long submitted(UserDetailsService users, Applications applications, long callId) {
        actAs(users, "hakija");
        long id = applications.startDraft(callId, applications.eligibleOrganisations(callId).get(0).id());
        applications.saveDraft(id, completeForm(applications.find(id).orElseThrow().content().getVersion()));
        applications.submit(id);
        return id;
    }

    /**
     * An official asks for completion in the application's process, as the completeness check
     * screen does; runs in its own thread so that no logged-in session is involved.
     */
    public static void requestCompletion(UserDetailsService users, TaskService tasks, GrantApplicationFlow flow,
                                         long applicationId, String message, LocalDate deadline) {
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            actAs(users, "virkailija");
            String taskId = tasks.createTaskQuery().processDefinitionKey(GrantApplicationProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(applicationId))
                    .taskDefinitionKey("checkCompleteness").singleResult().getId();
            flow.completeCheck(taskId, new GrantApplicationFlow.CompletenessCheck(false, List.of(), message, deadline));
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }).join();
    }

    /** Total 120 000 €, own share 30 000 € (25 %), requested 90 000 €. */
    public static ApplicationForm completeForm(long version) {
        ApplicationForm form = new ApplicationForm();
        form.setProjectName("Jatkuvan oppimisen verkosto");
        form.setSummary("Seudullinen yhteistyö ohjauksessa ja työelämäyhteistyössä.");
        form.setContactName("Maija Meikäläinen");
        form.setContactEmail("maija.meikalainen@example.fi");
        form.setContactPhone("+358 40 123 4567");
        form.setSelfFinancing(Money.euros("30000"));
        form.setObjectives(List.of("Ohjauksen saatavuus paranee", "Työelämäjaksot lisääntyvät"));
        form.setActivities(List.of(new Activity("Verkostotapaamiset", "Neljä kertaa vuodessa",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 1))));
        form.setBudgetLines(List.of(new BudgetLine(BudgetCategory.STAFF, 2027, "Koordinaattori", Money.euros("100000")),
                new BudgetLine(BudgetCategory.TRAVEL, 2027, "Matkat", Money.euros("20000"))));
        form.setVersion(version);
        return form;
    }
}
