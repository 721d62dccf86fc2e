package fi.avustus.demo;

import fi.avustus.application.ApplicationSummary;
import fi.avustus.application.Applications;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Funded projects for the demo (resources/demo/projects.json), so that the project, payment,
 * report, deadline, funding and recovery screens have something to show: applications to a
 * rolling call of the accessibility programme, taken through the grant-application process by
 * the demo's applicants, reviewers, official and decision maker, and then through the reporting
 * process to different stages. Their dates are counted from today, so that reports fall due in
 * the coming weeks and one is overdue whenever the demo starts.
 * <p>
 * Runs after the other demo data. Each step commits on its own, as it does for people (a new
 * project's reporting process starts when its decision commits), so the load is not one
 * transaction: a project whose application is already in the call is left alone, which makes a
 * second start add nothing and lets a database loaded before these projects existed get them.
 */
@Component
@Profile("demo")
@Order(30)
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    static final String FILE = "projects.json";

    private final Programmes programmes;
    private final Calls calls;
    private final Applications applications;
    private final DemoProgrammes demoProgrammes;
    private final DemoGrantCase grantCase;
    private final DemoProjectProgress progress;
    private final Clock clock;

    DemoProjects(Programmes programmes, Calls calls, Applications applications, DemoProgrammes demoProgrammes,
                 DemoGrantCase grantCase, DemoProjectProgress progress, Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.applications = applications;
        this.demoProgrammes = demoProgrammes;
        this.grantCase = grantCase;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        DemoData.FundedProjects data = DemoJson.read(FILE, DemoData.FundedProjects.class);
        LocalDate today = Time.now(clock).toLocalDate();
        long callId = SystemUser.call(() -> call(data));
        Set<String> applied = SystemUser.call(() -> applications.ofCall(callId).applications().stream()
                .map(ApplicationSummary::projectName).collect(Collectors.toSet()));
        Map<String, String> organisationNames = DemoJson.list("organisations.json", DemoData.Organisation[].class).stream()
                .collect(Collectors.toMap(DemoData.Organisation::key, DemoData.Organisation::nameFi));
        int loaded = 0;
        for (DemoData.FundedProject project : data.projects()) {
            if (applied.contains(project.application().projectName())) {
                continue;
            }
            long projectId = grantCase.decide(project, callId, organisationNames.get(project.organisation()), today);
            progress.advance(project, projectId, today);
            loaded++;
        }
        if (loaded > 0) {
            log.info("Demo projects loaded: {} in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** The rolling call of the projects, published now if the programme does not have it yet. */
    private long call(DemoData.FundedProjects data) {
        String programmeName = DemoJson.list("programmes.json", DemoData.Programme[].class).stream()
                .filter(programme -> programme.key().equals(data.programme())).findFirst().orElseThrow()
                .name().get("fi");
        ProgrammeSummary programme = programmes.search(programmeName, false, Pageable.ofSize(10)).stream()
                .filter(found -> found.name().fi().equals(programmeName)).findFirst().orElseThrow();
        Map<String, CallSummary> existing = calls.ofProgramme(programme.id()).stream()
                .collect(Collectors.toMap(call -> call.title().fi(), Function.identity(), (first, second) -> first));
        CallSummary call = existing.get(data.call().title().get("fi"));
        return call != null ? call.id() : demoProgrammes.loadCall(programme.id(), programme.periodStart(), data.call());
    }
}
