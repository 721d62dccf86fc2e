package fi.avustus.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.application.Applications;
import fi.avustus.benchmark.Latencies.Percentiles;
import fi.avustus.deadline.Deadline;
import fi.avustus.deadline.DeadlineQuery;
import fi.avustus.deadline.DeadlineStatus;
import fi.avustus.deadline.Deadlines;
import fi.avustus.funding.FundingUse;
import fi.avustus.funding.ProgrammeFunding;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.project.Projects;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Role;
import fi.avustus.shared.Time;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskInbox.InboxFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Server-side latency of four screens' reads at the generated scale: an official's task inbox
 * (first page of one call, by due date), an applicant's home (the home page's own deadlines,
 * projects, open calls and organisations; own applications and tasks), the funding-use overview
 * of the biggest programme and the deadline calendar (the next 30 days, and what is overdue). Each is called
 * through the facades its screen calls, as a user of the data (role checks and mapping included),
 * against a database that {@code GenerateScaleData} filled; 50 warm-up rounds, then at least 200
 * timed rounds, every query once per round, in turn. Writes its section of docs/PERFORMANCE.md and
 * {@code target/benchmark/query-latency.md}, with the SQL behind each count in
 * {@code query-latency-statements.md} next to it:
 * <pre>
 * AVUSTUS_DATA_DIR=/var/tmp/avustus-scale mvn -B -Pbenchmark verify -Dtest=QueryLatencyBenchmark [-Dbenchmark.rounds=300]
 * </pre>
 * Skipped without {@code AVUSTUS_DATA_DIR}; reads only, so the data stays as generated.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles({"demo", "scale"})
@EnabledIfEnvironmentVariable(named = "AVUSTUS_DATA_DIR", matches = ".+")
class QueryLatencyBenchmark {

    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 50);
    private static final int ROUNDS = Math.max(200, Integer.getInteger("benchmark.rounds", 300));
    private static final int PAGE = 50;
    private static final int CALENDAR_DAYS = 30;
    private static final double INBOX_AND_HOME_MS = 20;
    private static final double OVERVIEW_AND_CALENDAR_MS = 50;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired CurrentUser currentUser;
    @Autowired TaskInbox inbox;
    @Autowired Deadlines deadlines;
    @Autowired Projects projects;
    @Autowired Applications applications;
    @Autowired Organisations organisations;
    @Autowired Calls calls;
    @Autowired FundingUse fundingUse;
    @Autowired Programmes programmes;
    @Autowired Networks networks;
    @Autowired Clock clock;

    /** Who and what is measured, picked from the data: the busiest of each kind. */
    record Subjects(long callId, long callTasks, String official, String applicant, long programmeId,
                    long programmeProjects) {
    }

    /** A timed query, with its target for the 95th percentile (null: shown for what it costs, no target). */
    record Query(String name, Double targetMillis, Supplier<?> call) {
    }

    @Test
    void screensAtTheGeneratedScale() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from avustus.user_account where username like 'hakija-s%'", Long.class))
                .as("generated applicants in %s: make the data first with GenerateScaleData", System.getenv("AVUSTUS_DATA_DIR"))
                .isPositive();
        jdbc.execute("analyze");
        Subjects subjects = subjects();
        List<Query> queries = queries(subjects);
        String loadBefore = Machine.loadAverage();
        Map<String, long[]> nanos = Latencies.interleaved(queries.stream().collect(Collectors.toMap(Query::name,
                Query::call, (first, second) -> first, LinkedHashMap::new)), WARM_UP, ROUNDS);
        String loadAfter = Machine.loadAverage();
        Map<String, List<String>> statements = new LinkedHashMap<>();
        queries.forEach(query -> statements.put(query.name(), StatementLog.record(query.call())));
        SecurityContextHolder.clearContext();

        StringBuilder section = new StringBuilder();
        section.append("## Screens' queries at the generated scale\n\n")
                .append(Machine.describe(jdbc)).append(" Load average ").append(loadBefore).append(" before and ")
                .append(loadAfter).append(" after the timed calls.\n\n")
                .append(dataSize(subjects)).append('\n')
                .append("%d warm-up rounds, then %d timed rounds; each round calls every query once, in turn. Server-side: "
                        .formatted(WARM_UP, ROUNDS))
                .append("the facades' calls in the application's JVM, with Spring Security's checks, the SQL and the mapping, "
                        + "as the user named. SQL statements: how many one call sends (after the timed calls).\n\n")
                .append("| query | p50 ms | p95 ms | p99 ms | max ms | target p95 | met | SQL statements |\n")
                .append("|---|---:|---:|---:|---:|---:|---|---:|\n");
        for (Query query : queries) {
            Percentiles percentiles = Percentiles.of(nanos.get(query.name()));
            section.append("| ").append(query.name()).append(" | ").append(percentiles.cells()).append(" | ")
                    .append(query.targetMillis() == null ? "" : "≤ %.0f ms".formatted(query.targetMillis())).append(" | ")
                    .append(query.targetMillis() == null ? "" : percentiles.p95Within(query.targetMillis()) ? "yes" : "**no**")
                    .append(" | ").append(statements.get(query.name()).size()).append(" |\n");
        }
        String markdown = section.toString();
        PerformanceDoc.replaceSection("query-latency-benchmark", markdown);
        Path out = Path.of("target", "benchmark", "query-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
        Files.writeString(out.resolveSibling("query-latency-statements.md"), statementsByQuery(statements));
        System.out.println(markdown);
    }

    /** Every query's statements, to see where a count comes from. */
    private static String statementsByQuery(Map<String, List<String>> statements) {
        StringBuilder listed = new StringBuilder();
        statements.forEach((query, sent) -> {
            listed.append("## ").append(query).append("\n\n");
            sent.forEach(statement -> listed.append("1. `").append(statement.replaceAll("\\s+", " ")).append("`\n"));
            listed.append('\n');
        });
        return listed.toString();
    }

    private List<Query> queries(Subjects subjects) {
        SecurityContext official = context(subjects.official());
        SecurityContext applicant = context(subjects.applicant());
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        InboxFilter oneCall = new InboxFilter(subjects.callId(), Set.of());
        List<Query> queries = new ArrayList<>();
        queries.add(new Query("inbox: `%s`, call %d, first %d by due date".formatted(subjects.official(), subjects.callId(), PAGE),
                INBOX_AND_HOME_MS, as(official, () -> nonEmpty(inbox.tasks(oneCall, 0, PAGE)))));
        Map<String, Supplier<?>> homePage = new LinkedHashMap<>();
        homePage.put("deadlines (`Deadlines.own()`)", deadlines::own);
        homePage.put("projects (`Projects.mine()`)", projects::mine);
        homePage.put("the first open calls and organisations (`Calls.openCalls`, `Organisations.findAll`)", this::openCallsAndOrganisations);
        Supplier<?> ownApplications = applications::mine;
        Supplier<?> ownTasks = () -> inbox.tasks(InboxFilter.all(), 0, PAGE);
        queries.add(new Query("applicant home page: `%s`, what `HomeView` reads (below)".formatted(subjects.applicant()),
                INBOX_AND_HOME_MS, as(applicant, () -> all(homePage.values()))));
        homePage.forEach((part, call) -> queries.add(new Query("– " + part, null, as(applicant, call))));
        queries.add(new Query("applicant's applications (`Applications.mine()`, as on My applications)", INBOX_AND_HOME_MS,
                as(applicant, ownApplications)));
        queries.add(new Query("applicant's tasks (`TaskInbox.tasks`, first %d)".formatted(PAGE), INBOX_AND_HOME_MS,
                as(applicant, ownTasks)));
        queries.add(new Query("the three above together (own deadlines, projects, calls, applications, tasks)",
                INBOX_AND_HOME_MS, as(applicant, () -> List.of(all(homePage.values()), ownApplications.get(), ownTasks.get()))));
        queries.add(new Query("funding-use overview of programme %d (`FundingUse.overview(programme)`, the programme's level)"
                .formatted(subjects.programmeId()), OVERVIEW_AND_CALENDAR_MS, as(official, () -> programme(subjects))));
        queries.add(new Query("funding-use overview of all programmes (`FundingUse.overview()`, the first level)", null,
                as(official, fundingUse::overview)));
        queries.add(new Query("deadline calendar: the next %d days (`Deadlines.entries`)".formatted(CALENDAR_DAYS),
                OVERVIEW_AND_CALENDAR_MS, as(official, () -> deadlines.entries(DeadlineQuery.all()
                        .between(today, today.plusDays(CALENDAR_DAYS)).withStatuses(Set.of(DeadlineStatus.OPEN))))));
        queries.add(new Query("deadline calendar: overdue (`Deadlines.entries`)", OVERVIEW_AND_CALENDAR_MS,
                as(official, () -> deadlines.entries(DeadlineQuery.all().withStatuses(Set.of(DeadlineStatus.OVERDUE))))));
        queries.add(new Query("(the calendar screen's filter lists: active programmes, networks, organisations)", null,
                as(official, () -> List.of(programmes.active(), networks.active(), organisations.active()))));
        return queries;
    }

    /** As the home page asks: the calls open to the types of the applicant's organisations, and the organisations. */
    private Object openCallsAndOrganisations() {
        List<OrganisationSummary> own = organisations.findAll(currentUser.organisationIds());
        boolean applicantOnly = currentUser.hasRole(Role.APPLICANT) && !currentUser.hasRole(Role.ADMIN)
                && !currentUser.hasRole(Role.OFFICIAL) && !currentUser.hasRole(Role.DECISION_MAKER);
        return List.of(currentUser.user(), own, calls.openCalls(applicantOnly
                ? own.stream().map(OrganisationSummary::type).collect(Collectors.toSet()) : Set.of(), PageRequest.of(0, 3)));
    }

    /** As the funding screen asks for a programme's level: the programme's overview, then the programme in it. */
    private ProgrammeFunding programme(Subjects subjects) {
        ProgrammeFunding programme = fundingUse.overview(subjects.programmeId()).programme(subjects.programmeId()).orElseThrow();
        assertThat(programme.networks()).isNotEmpty();
        return programme;
    }

    /**
     * The call with the most unclaimed tasks waiting for officials; the official with the most
     * tasks of their own; the applicant whose organisations have the most applications and
     * projects; the programme with the most funded projects (the generated programmes' budgets are equal).
     */
    private Subjects subjects() {
        Map<String, Object> call = jdbc.queryForMap("""
                select call_id, count(*) as tasks from avustus.inbox_task
                where assignee is null and not suspended and 'OFFICIAL' = any(candidate_groups) and call_id is not null
                group by call_id order by tasks desc, call_id limit 1""");
        String official = jdbc.queryForObject("""
                select u.username from avustus.user_account u
                join avustus.user_account_role r on r.user_account_id = u.id and r.role = 'OFFICIAL'
                left join avustus.inbox_task t on t.assignee = u.username
                where u.active group by u.username order by count(t.task_id) desc, u.username limit 1""", String.class);
        String applicant = jdbc.queryForObject("""
                select u.username from avustus.user_account u
                join avustus.user_account_role r on r.user_account_id = u.id and r.role = 'APPLICANT'
                join avustus.user_account_organisation o on o.user_account_id = u.id
                where u.active group by u.username
                order by sum((select count(*) from avustus.application a where a.organisation_id = o.organisation_id)
                           + (select count(*) from avustus.project p where p.organisation_id = o.organisation_id)) desc,
                         u.username
                limit 1""", String.class);
        Map<String, Object> programme = jdbc.queryForMap("""
                select c.programme_id, count(*) as projects from avustus.project p
                join avustus.call_for_applications c on c.id = p.call_id
                group by c.programme_id order by projects desc, sum(p.granted_amount) desc, c.programme_id limit 1""");
        return new Subjects(((Number) call.get("call_id")).longValue(), ((Number) call.get("tasks")).longValue(), official,
                applicant, ((Number) programme.get("programme_id")).longValue(), ((Number) programme.get("projects")).longValue());
    }

    /** What the numbers were measured at: the database's size, and the subjects' own shares of it. */
    private String dataSize(Subjects subjects) {
        SecurityContextHolder.setContext(context(subjects.official()));
        List<Deadline> all = deadlines.find(DeadlineQuery.all());
        LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
        long next30 = all.stream().filter(deadline -> deadline.status() == DeadlineStatus.OPEN
                && !deadline.dueDate().isAfter(today.plusDays(CALENDAR_DAYS))).count();
        long overdue = all.stream().filter(deadline -> deadline.status() == DeadlineStatus.OVERDUE).count();
        String size = """
                **Data** (`%s`): %,d applications, %,d funded projects in %,d programmes and %,d calls, %,d organisations, \
                %,d users, %,d reports, %,d instalments; %,d open user tasks; %,d deadlines, of which %,d open in the next \
                %d days and %,d overdue.

                **Subjects**: call %d has the most unclaimed officials' tasks (%,d); `%s` is the official with the most \
                tasks of their own (%,d); `%s` acts for %d organisations with %,d applications, %,d projects and %,d open \
                tasks of theirs; programme %d has the most projects (%,d). The calendar is read as `%s`.
                """.formatted(System.getenv("AVUSTUS_DATA_DIR"), count("avustus.application"), count("avustus.project"),
                count("avustus.programme"), count("avustus.call_for_applications"), count("avustus.organisation"),
                count("avustus.user_account"), count("avustus.report"), count("avustus.payment_instalment"),
                count("act_ru_task"), all.size(), next30, CALENDAR_DAYS, overdue,
                subjects.callId(), subjects.callTasks(), subjects.official(),
                number("select count(*) from avustus.inbox_task where assignee = ?", subjects.official()),
                subjects.applicant(),
                number("select count(*) from avustus.user_account_organisation o join avustus.user_account u "
                        + "on u.id = o.user_account_id where u.username = ?", subjects.applicant()),
                number(ofApplicant("avustus.application"), subjects.applicant()),
                number(ofApplicant("avustus.project"), subjects.applicant()),
                number(ofApplicant("avustus.inbox_task"), subjects.applicant()),
                subjects.programmeId(), subjects.programmeProjects(), subjects.official());
        SecurityContextHolder.clearContext();
        return size;
    }

    private static String ofApplicant(String table) {
        return "select count(*) from " + table + " x where x.organisation_id in (select o.organisation_id from "
                + "avustus.user_account_organisation o join avustus.user_account u on u.id = o.user_account_id where u.username = ?)";
    }

    private long count(String table) {
        return number("select count(*) from " + table);
    }

    private long number(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }

    private SecurityContext context(String username) {
        ProgrammeFixtures.actAs(userDetails, username);
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return context;
    }

    private static List<?> all(Collection<Supplier<?>> parts) {
        return parts.stream().map(Supplier::get).toList();
    }

    /** The query as the user's one request: a screen is read in one server round trip, an API call is one. */
    private static Supplier<Object> as(SecurityContext user, Supplier<?> query) {
        return () -> {
            SecurityContextHolder.setContext(user);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            try {
                return query.get();
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        };
    }

    private static <T> List<T> nonEmpty(List<T> page) {
        assertThat(page).isNotEmpty();
        return page;
    }
}
