package fi.avustus.benchmark;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.scale.GrantLifecycle;
import fi.avustus.scale.ScaleDataGenerator;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.Users;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * The people of the UI load benchmark and what each opens: applicants of different demo
 * organisations, officials, administrators and decision makers, made through the facades, each
 * with an inbox (the home page for an applicant), a case and an overview. Every applicant's
 * organisation has applied in one call; some of the applications are funded projects, the rest
 * wait in the officials' inbox for their completeness check.
 */
final class UiLoadScenario {

    static final String PASSWORD = "avustus2026";
    private static final Set<OrganisationType> APPLYING = EnumSet.of(OrganisationType.MUNICIPALITY,
            OrganisationType.JOINT_MUNICIPAL_AUTHORITY);

    /** A view as a step of the scenario: which step, its route, and the element that shows it has opened. */
    record View(String step, String name, String path, String keyElement) {

        static final String INBOX = "inbox";
        static final String CASE = "case";
        static final String OVERVIEW = "overview";
    }

    /** A user and the views they go round, in order. */
    record Persona(String username, Role role, List<View> views) {
    }

    static final View HOME = new View(View.INBOX, "home", "", "#home");
    static final View TASKS = new View(View.INBOX, "tasks", "tasks", "#inbox-grid");
    static final View MY_APPLICATIONS = new View(View.OVERVIEW, "applications", "applications", "#my-applications");
    static final View FUNDING = new View(View.OVERVIEW, "funding", "funding", "#funding-breadcrumb");
    static final View DEADLINES = new View(View.OVERVIEW, "deadlines", "deadlines", "#deadlines");
    static final View PROJECTS = new View(View.OVERVIEW, "projects", "projects", "#projects");

    private final ApplicationContext context;
    private final GrantLifecycle lifecycle;

    UiLoadScenario(ApplicationContext context) {
        this.context = context;
        this.lifecycle = new GrantLifecycle(context);
    }

    /**
     * {@code users} people: 70 % applicants, 20 % officials, the rest administrators and decision
     * makers. A user's round is case → overview → inbox: after logging in everyone is on the home page.
     */
    List<Persona> prepare(int users) {
        int applicants = users * 7 / 10;
        int officials = users / 5;
        int admins = (users - applicants - officials + 1) / 2;
        int decisionMakers = users - applicants - officials - admins;
        List<OrganisationSummary> organisations = SystemUser.call(() -> applyingOrganisations(applicants));
        long funder = SystemUser.call(() -> context.getBean(Organisations.class)
                .search("Opetushallitus", false, Pageable.ofSize(1)).getContent().get(0).id());
        CallSummary call = SystemUser.call(() -> rollingCall(funder));

        List<Persona> personas = new ArrayList<>();
        List<Long> submitted = new ArrayList<>();
        List<Long> funded = new ArrayList<>();
        List<Long> projects = new ArrayList<>();
        int toFund = Math.max(1, applicants * 2 / 7);
        for (int number = 1; number <= applicants; number++) {
            String username = "hakija-u" + number;
            long organisationId = organisations.get(number - 1).id();
            user(username, Role.APPLICANT, organisationId, number % 7 == 0 ? "sv" : "fi");
            long applicationId = lifecycle.draft(username, call, organisationId, number, new Random(number));
            lifecycle.submit(username, applicationId);
            View caseView;
            if (number <= toFund) {
                long projectId = fund(call, applicationId, number);
                funded.add(applicationId);
                projects.add(projectId);
                caseView = project(projectId);
            } else {
                submitted.add(applicationId);
                caseView = application(applicationId);
            }
            personas.add(new Persona(username, Role.APPLICANT, List.of(caseView, MY_APPLICATIONS, HOME)));
        }
        for (int number = 1; number <= officials; number++) {
            String username = "kasittelija-u" + number;
            user(username, Role.OFFICIAL, funder, "fi");
            List<Long> cases = submitted.isEmpty() ? funded : submitted;
            personas.add(new Persona(username, Role.OFFICIAL,
                    List.of(application(cases.get((number - 1) % cases.size())), FUNDING, TASKS)));
        }
        for (int number = 1; number <= admins; number++) {
            String username = "yllapitaja-u" + number;
            user(username, Role.ADMIN, funder, "fi");
            personas.add(new Persona(username, Role.ADMIN,
                    List.of(project(projects.get((number - 1) % projects.size())), DEADLINES, TASKS)));
        }
        for (int number = 1; number <= decisionMakers; number++) {
            String username = "ratkaisija-u" + number;
            user(username, Role.DECISION_MAKER, funder, "fi");
            personas.add(new Persona(username, Role.DECISION_MAKER,
                    List.of(application(funded.get((number - 1) % funded.size())), PROJECTS, TASKS)));
        }
        return personas;
    }

    private static View application(long id) {
        return new View(View.CASE, "application", "applications/" + id, "#versions");
    }

    private static View project(long id) {
        return new View(View.CASE, "project", "projects/" + id, "#budget");
    }

    /** Checked, assessed by two reviewers, proposed and approved by the demo staff: a funded project. */
    private long fund(CallSummary call, long applicationId, int number) {
        lifecycle.checkComplete("virkailija", applicationId, List.of("arvioija1", "arvioija2"));
        lifecycle.assess("arvioija1", call, applicationId, new Random(number));
        lifecycle.assess("arvioija2", call, applicationId, new Random(-number));
        lifecycle.propose("virkailija", applicationId, true);
        return lifecycle.approve("paattaja", applicationId);
    }

    private List<OrganisationSummary> applyingOrganisations(int count) {
        List<OrganisationSummary> applying = context.getBean(Organisations.class).active().stream()
                .filter(organisation -> APPLYING.contains(organisation.type()))
                .sorted(Comparator.comparingLong(OrganisationSummary::id)).limit(count).toList();
        if (applying.size() < count) {
            throw new IllegalArgumentException("The demo data has " + applying.size() + " organisations that may apply,"
                    + " fewer than the " + count + " applicants asked for");
        }
        return applying;
    }

    /** A call of its own that assesses as applications come, so that a checked application goes on at once. */
    private CallSummary rollingCall(long funder) {
        Clock clock = context.getBean(Clock.class);
        long programmeId = context.getBean(Programmes.class)
                .create(ProgrammeFixtures.programme(funder, clock, "500000000")).id();
        CallForm form = ProgrammeFixtures.completeCall(programmeId, clock, "400000000");
        form.setAssessAfterClose(false);
        form.setEligibleTypes(APPLYING);
        Calls calls = context.getBean(Calls.class);
        return calls.publish(calls.create(form).id());
    }

    private void user(String username, Role role, long organisationId, String language) {
        SystemUser.run(() -> ScaleDataGenerator.user(context.getBean(Users.class), username, username, language, role,
                Set.of(organisationId)));
    }
}
