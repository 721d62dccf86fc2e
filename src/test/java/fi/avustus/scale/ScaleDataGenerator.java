package fi.avustus.scale;

import static fi.avustus.programme.ProgrammeFixtures.actAs;

import fi.avustus.organisation.OrganisationForm;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeForm;
import fi.avustus.programme.Programmes;
import fi.avustus.security.Role;
import fi.avustus.security.UserForm;
import fi.avustus.security.Users;
import fi.avustus.shared.BusinessId;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fills a database with programme-scale data through the product's facades and processes (see
 * {@link GrantLifecycle}): the administrator sets up organisations, users, programmes and calls;
 * then each application lives its own seeded life up to the state drawn for it. Applications are
 * shared out over worker threads by number, and each one's randomness comes from the seed and its
 * number alone, so the data is the same whatever the threads' timing (the ids may differ).
 */
public class ScaleDataGenerator {

    /** Where an application's life stops; funded ones go on as projects. */
    public enum Stage {
        DRAFT(10), SUBMITTED(15), COMPLETION_REQUESTED(5), IN_ASSESSMENT(15), AWAITING_PROPOSAL(10),
        AWAITING_DECISION(5), REJECTED(10), WITHDRAWN(5), FUNDED(0);

        private final int weight;

        Stage(int weight) {
            this.weight = weight;
        }
    }

    /** Where a funded project's life stops. */
    public enum ProjectStage {
        INSTALMENT_PENDING, REPORT_DUE, PAID_REPORT_DUE, REPORT_IN_REVIEW, INTERIM_ACCEPTED
    }

    /** What was made, by stage, and how long it took. */
    public record Result(int organisations, int applicants, int calls, Map<Stage, Integer> applications,
                         Map<ProjectStage, Integer> projects, Duration elapsed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ScaleDataGenerator.class);
    private static final String PASSWORD = "avustus2026";
    private static final String ADMIN = "admin";
    private static final OrganisationType[] APPLICANT_TYPES = {OrganisationType.MUNICIPALITY,
            OrganisationType.JOINT_MUNICIPAL_AUTHORITY, OrganisationType.ASSOCIATION, OrganisationType.COMPANY};
    private static final String[] REGIONS = {"Uusimaa", "Pirkanmaa", "Varsinais-Suomi", "Keski-Suomi",
            "Pohjois-Pohjanmaa", "Lappi", "Pohjanmaa", "Satakunta", "Kanta-Häme", "Kymenlaakso", "Pohjois-Savo",
            "Etelä-Pohjanmaa"};

    private final ApplicationContext context;
    private final ScaleSize size;
    private final long seed;
    private final int threads;
    private final GrantLifecycle lifecycle;
    private final Clock clock;

    public ScaleDataGenerator(ApplicationContext context, ScaleSize size, long seed, int threads) {
        this.context = context;
        this.size = size;
        this.seed = seed;
        this.threads = threads;
        this.lifecycle = new GrantLifecycle(context);
        this.clock = context.getBean(Clock.class);
    }

    public Result generate() throws Exception {
        long started = System.nanoTime();
        actAs(context.getBean(UserDetailsService.class), ADMIN);
        List<String> officials;
        List<String> decisionMakers;
        List<Long> organisationIds;
        List<String> applicants;
        List<CallSummary> calls;
        try {
            long funder = context.getBean(Organisations.class).search("Opetushallitus", false, Pageable.ofSize(1))
                    .getContent().get(0).id();
            officials = staff("kasittelija-s", size.officials(), Role.OFFICIAL, funder);
            decisionMakers = staff("ratkaisija-s", size.decisionMakers(), Role.DECISION_MAKER, funder);
            organisationIds = organisations();
            applicants = applicants(organisationIds);
            calls = calls(funder);
        } finally {
            SecurityContextHolder.clearContext();
        }
        LOG.info("Scale data: {} organisations, {} applicants, {} calls set up; now {} applications on {} threads",
                organisationIds.size(), applicants.size(), calls.size(), size.allApplications(), threads);

        Map<Stage, LongAdder> stages = new ConcurrentHashMap<>();
        Map<ProjectStage, LongAdder> projectStages = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                int first = worker;
                running.add(workers.submit(() -> {
                    for (int number = first; number < size.allApplications(); number += threads) {
                        Random random = random(seed, number);
                        Stage stage = number < size.applications() ? stage(random, size) : Stage.SUBMITTED;
                        int organisation = random.nextInt(organisationIds.size());
                        Application application = new Application(number, random, calls.get(number % calls.size()),
                                organisationIds.get(organisation), applicants.get(organisation / size.organisationsPerApplicant()),
                                officials, decisionMakers);
                        ProjectStage projectStage = live(application, stage);
                        stages.computeIfAbsent(stage, key -> new LongAdder()).increment();
                        if (projectStage != null) {
                            projectStages.computeIfAbsent(projectStage, key -> new LongAdder()).increment();
                        }
                        int count = done.incrementAndGet();
                        if (count % 500 == 0) {
                            LOG.info("Scale data: {} of {} applications", count, size.allApplications());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
        Map<Stage, Integer> applications = new EnumMap<>(Stage.class);
        stages.forEach((stage, count) -> applications.put(stage, count.intValue()));
        Map<ProjectStage, Integer> projects = new EnumMap<>(ProjectStage.class);
        projectStages.forEach((stage, count) -> projects.put(stage, count.intValue()));
        return new Result(organisationIds.size(), applicants.size(), calls.size(), applications, projects,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private record Application(int number, Random random, CallSummary call, long organisationId, String applicant,
                               List<String> officials, List<String> decisionMakers) {

        String official() {
            return officials.get(random.nextInt(officials.size()));
        }

        List<String> reviewers() {
            int first = random.nextInt(officials.size());
            int second = (first + 1 + random.nextInt(officials.size() - 1)) % officials.size();
            return List.of(officials.get(first), officials.get(second));
        }
    }

    /** Random's first draws follow its seed closely, so neighbouring numbers' seeds are scrambled first. */
    private static Random random(long seed, int number) {
        return new Random(new SplittableRandom(seed + number * 0x9E3779B97F4A7C15L).nextLong());
    }

    /**
     * The stage each application is meant to reach, which the data must show afterwards: drawn
     * the same way as {@link #generate} draws it, from the seed and the application's number.
     */
    public static Map<Stage, Integer> plannedStages(ScaleSize size, long seed) {
        Map<Stage, Integer> planned = new EnumMap<>(Stage.class);
        for (int number = 0; number < size.applications(); number++) {
            planned.merge(stage(random(seed, number), size), 1, Integer::sum);
        }
        if (size.backlog() > 0) {
            planned.merge(Stage.SUBMITTED, size.backlog(), Integer::sum);
        }
        return planned;
    }

    private static Stage stage(Random random, ScaleSize size) {
        if (random.nextDouble() < size.fundedShare()) {
            return Stage.FUNDED;
        }
        int total = EnumSet.allOf(Stage.class).stream().mapToInt(stage -> stage.weight).sum();
        int pick = random.nextInt(total);
        for (Stage stage : Stage.values()) {
            pick -= stage.weight;
            if (pick < 0) {
                return stage;
            }
        }
        throw new IllegalStateException();
    }

    /** Takes the application as far as its stage; returns the funded project's stage, if any. */
    private ProjectStage live(Application application, Stage stage) {
        long id = lifecycle.draft(application.applicant(), application.call(), application.organisationId(),
                application.number(), application.random());
        if (stage == Stage.DRAFT) {
            return null;
        }
        lifecycle.submit(application.applicant(), id);
        if (stage == Stage.SUBMITTED) {
            return null;
        }
        if (stage == Stage.WITHDRAWN) {
            lifecycle.withdraw(application.applicant(), id);
            return null;
        }
        if (stage == Stage.COMPLETION_REQUESTED) {
            lifecycle.requestCompletion(application.official(), id);
            return null;
        }
        List<String> reviewers = application.reviewers();
        lifecycle.checkComplete(application.official(), id, reviewers);
        if (stage == Stage.IN_ASSESSMENT) {
            if (application.random().nextBoolean()) {
                lifecycle.assess(reviewers.get(0), application.call(), id, application.random());
            }
            return null;
        }
        for (String reviewer : reviewers) {
            lifecycle.assess(reviewer, application.call(), id, application.random());
        }
        if (stage == Stage.AWAITING_PROPOSAL) {
            return null;
        }
        String presenter = application.official();
        lifecycle.propose(presenter, id, stage == Stage.FUNDED);
        if (stage == Stage.AWAITING_DECISION) {
            return null;
        }
        Long projectId = lifecycle.approve(application.decisionMakers().get(
                application.random().nextInt(application.decisionMakers().size())), id);
        return stage == Stage.FUNDED ? liveProject(application, projectId) : null;
    }

    private ProjectStage liveProject(Application application, long projectId) {
        ProjectStage stage = ProjectStage.values()[application.random().nextInt(ProjectStage.values().length)];
        if (stage == ProjectStage.INSTALMENT_PENDING) {
            return stage;
        }
        PaymentSummary approved = lifecycle.approveFirstInstalment(application.official(), projectId);
        if (stage == ProjectStage.REPORT_DUE) {
            return stage;
        }
        lifecycle.markPaid(ADMIN, approved);
        if (stage == ProjectStage.PAID_REPORT_DUE) {
            return stage;
        }
        lifecycle.submitInterimReport(application.applicant(), projectId);
        if (stage == ProjectStage.REPORT_IN_REVIEW) {
            return stage;
        }
        lifecycle.acceptReport(application.official(), projectId);
        return stage;
    }

    private List<String> staff(String prefix, int count, Role role, long organisationId) {
        Users users = context.getBean(Users.class);
        List<String> usernames = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            String username = prefix + number;
            usernames.add(username);
            user(users, username, (role == Role.OFFICIAL ? "Käsittelijä " : "Ratkaisija ") + number, "fi", role,
                    Set.of(organisationId));
        }
        return usernames;
    }

    private List<Long> organisations() {
        Organisations organisations = context.getBean(Organisations.class);
        List<Long> ids = new ArrayList<>();
        int serial = 0;
        for (int number = 1; number <= size.organisations(); number++) {
            String businessId;
            do {
                // Invented IDs start with 8, away from the demo data's 9 and from real ones.
                String digits = String.valueOf(8_000_000 + serial++);
                Integer check = BusinessId.checkDigit(digits);
                businessId = check == null ? null : digits + "-" + check;
            } while (businessId == null);
            OrganisationType type = APPLICANT_TYPES[number % APPLICANT_TYPES.length];
            OrganisationForm form = new OrganisationForm();
            form.setNameFi(String.format("Koulutuksen järjestäjä %04d", number));
            form.setNameSv(String.format("Utbildningsanordnare %04d", number));
            form.setBusinessId(businessId);
            form.setType(type);
            form.setRegion(REGIONS[number % REGIONS.length]);
            ids.add(organisations.create(form).id());
        }
        return ids;
    }

    /** One applicant for each run of organisations; most speak Finnish, some Swedish, a few English. */
    private List<String> applicants(List<Long> organisationIds) {
        Users users = context.getBean(Users.class);
        List<String> usernames = new ArrayList<>();
        for (int number = 0; number < size.applicants(); number++) {
            int from = number * size.organisationsPerApplicant();
            Set<Long> theirs = Set.copyOf(organisationIds.subList(from,
                    Math.min(from + size.organisationsPerApplicant(), organisationIds.size())));
            String language = number % 20 == 0 ? "en" : number % 7 == 0 ? "sv" : "fi";
            String username = "hakija-s" + (number + 1);
            user(users, username, "Hakija " + (number + 1), language, Role.APPLICANT, theirs);
            usernames.add(username);
        }
        return usernames;
    }

    /** A user with the demo users' password and an address in the reserved example domain; as an administrator. */
    public static void user(Users users, String username, String displayName, String language, Role role,
                            Set<Long> organisationIds) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(displayName);
        form.setEmail(username + "@avustus.example");
        form.setPassword(PASSWORD);
        form.setLocale(language);
        form.setRoles(EnumSet.of(role));
        form.setOrganisationIds(organisationIds);
        users.create(form);
    }

    /** Programmes running for years with calls open now that assess on a rolling basis. */
    private List<CallSummary> calls(long funder) {
        Programmes programmes = context.getBean(Programmes.class);
        Calls calls = context.getBean(Calls.class);
        LocalDate today = Time.now(clock).toLocalDate();
        LocalDateTime now = Time.now(clock).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        List<CallSummary> published = new ArrayList<>();
        for (int number = 1; number <= size.programmes(); number++) {
            ProgrammeForm programme = new ProgrammeForm();
            programme.setFunderId(funder);
            programme.setNameFi(String.format("Kehittämisohjelma %02d", number));
            programme.setNameSv(String.format("Utvecklingsprogram %02d", number));
            programme.setNameEn(String.format("Development programme %02d", number));
            programme.setTotalBudget(Money.euros("200000000"));
            programme.setPeriodStart(today.minusYears(1));
            programme.setPeriodEnd(today.plusYears(4));
            programme.setThemes(List.of("laatu", "ohjaus"));
            long programmeId = programmes.create(programme).id();
            for (int round = 1; round <= size.callsPerProgramme(); round++) {
                CallForm call = new CallForm();
                call.setProgrammeId(programmeId);
                call.setTitleFi(String.format("Haku %02d/%d", number, round));
                call.setTitleSv(String.format("Ansökan %02d/%d", number, round));
                call.setTitleEn(String.format("Call %02d/%d", number, round));
                call.setOpenFrom(now.minusDays(30));
                call.setOpenUntil(now.plusDays(60 + round));
                call.setBudget(Money.euros("40000000"));
                call.setMaxGrant(Money.euros("500000"));
                call.setMinSelfFinancingPercent(Money.euros("25"));
                call.setAssessAfterClose(false);
                call.setEligibleTypes(Set.of(APPLICANT_TYPES));
                call.setCriteria(List.of(new AssessmentCriterion("Vaikuttavuus", "Effekt", "Impact", 60),
                        new AssessmentCriterion("Toteutettavuus", "Genomförbarhet", "Feasibility", 40)));
                published.add(calls.publish(calls.create(call).id()));
            }
        }
        return published;
    }
}
