package fi.avustus.workflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.benchmark.Latencies;
import fi.avustus.benchmark.Latencies.Percentiles;
import fi.avustus.benchmark.Machine;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.security.CurrentUser;
import fi.avustus.security.Roles;
import fi.avustus.security.Users;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskInbox;
import fi.avustus.workflow.TaskInbox.InboxFilter;
import fi.avustus.workflow.TaskType;
import fi.avustus.workflow.internal.InboxProjection;
import fi.avustus.workflow.internal.InboxQueries;
import fi.avustus.workflow.internal.InboxQueries.PageQuery;
import fi.avustus.workflow.internal.InboxQueries.Viewer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox at many open tasks: its projection's pages against the engine's own task query.
 * Not part of the test suite; run it alone, on a quiet machine:
 * <pre>
 * mvn -B -Pbenchmark test -Dtest=TaskInboxBenchmark -Davustus.benchmark=true [-Davustus.benchmark.tasks=100000]
 * </pre>
 * It starts a small process once per task through the engine (in batches, so every row of the
 * projection is written the way production writes it), then times each query over the same
 * rounds (interleaved, so that the machine's load shifts hit every query alike) and writes
 * percentiles and query plans to {@code target/benchmark/task-inbox.md}.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "avustus.benchmark", matches = "true")
class TaskInboxBenchmark {

    private static final String PROCESS = "inbox-benchmark";
    private static final int TASKS = Integer.getInteger("avustus.benchmark.tasks", 100_000);
    private static final int ROUNDS = Integer.getInteger("avustus.benchmark.rounds", 300);
    private static final int WARM_UP = 50;
    private static final int BATCH = 250;
    private static final long FIRST_CALL = 1_000_001;
    private static final int CALLS = 40;
    private static final String RARE_TYPE = "escalate";
    /** The SQL the engine runs for the candidate-group query timed here, from its statement log. */
    private static final String ENGINE_CANDIDATE_GROUP_SQL = """
            select distinct RES.REV_, RES.ID_, RES.NAME_, RES.PARENT_TASK_ID_, RES.DESCRIPTION_, RES.PRIORITY_,
                RES.CREATE_TIME_, RES.OWNER_, RES.ASSIGNEE_, RES.DELEGATION_, RES.EXECUTION_ID_, RES.PROC_INST_ID_,
                RES.PROC_DEF_ID_, RES.CASE_EXECUTION_ID_, RES.CASE_INST_ID_, RES.CASE_DEF_ID_, RES.TASK_DEF_KEY_,
                RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.SUSPENSION_STATE_, RES.TENANT_ID_, RES.LAST_UPDATED_, RES.TASK_STATE_
            from ACT_RU_TASK RES left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
            WHERE ( 1 = 1 and ( RES.ASSIGNEE_ is null and I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( 'OFFICIAL' ) ) ) )
            order by RES.DUE_DATE_ asc LIMIT 50 OFFSET 0""";

    @Autowired TaskInbox inbox;
    @Autowired InboxQueries queries;
    @Autowired InboxProjection projection;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate namedJdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired Users users;
    @Autowired Clock clock;
    @Autowired CurrentUser currentUser;

    private final StringBuilder report = new StringBuilder();

    @Test
    void inboxAtManyOpenTasks() throws Exception {
        line("# Task inbox at %,d open tasks".formatted(TASKS));
        line("");
        line("- " + Machine.describe(jdbc));
        deploy();
        long started = System.nanoTime();
        populate();
        long seconds = Math.max(1, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        line("- population: %,d process instances started through the engine in %d s (%,d per second, history level full)"
                .formatted(TASKS, seconds, TASKS / seconds));
        jdbc.execute("vacuum analyze");
        line("- after vacuum: %s of the projection's pages all-visible (what index-only scans need)".formatted(
                jdbc.queryForObject("select relallvisible || ' / ' || relpages from pg_class where oid = 'avustus.inbox_task'::regclass",
                        String.class)));
        line("- open user tasks in the engine: %,d; rows in the projection: %,d".formatted(
                jdbc.queryForObject("select count(*) from act_ru_task", Long.class),
                jdbc.queryForObject("select count(*) from avustus.inbox_task", Long.class)));
        line("- load average before timing: " + Machine.loadAverage());
        line("");

        Map<String, long[]> nanos = Latencies.interleaved(series(), WARM_UP, ROUNDS);
        line("%d calls of each after %d warm-up calls, interleaved; load average after: %s".formatted(ROUNDS, WARM_UP,
                Machine.loadAverage()));
        line("");
        line("| query | p50 ms | p95 ms | p99 ms | max ms |");
        line("|---|---:|---:|---:|---:|");
        nanos.forEach((name, times) -> line("| %s | %s |".formatted(name, Percentiles.of(times).cells())));
        line("");
        plans();
        claims();
        maintenance();
        SecurityContextHolder.clearContext();
        Path out = Path.of("target", "benchmark", "task-inbox.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** What is timed: the engine's queries as the issue measured them, and the inbox's pages from the projection. */
    private Map<String, Supplier<?>> series() {
        SecurityContext official = context("virkailija");
        SecurityContext decisionMaker = context("paattaja");
        SecurityContext applicant = context("hakija");
        long call = FIRST_CALL + 7;
        Map<String, Supplier<?>> series = new LinkedHashMap<>();
        series.put("engine: candidate group OFFICIAL, first 50 by due date", () -> tasks.createTaskQuery()
                .taskCandidateGroup(Roles.OFFICIAL).orderByDueDate().asc().listPage(0, 50));
        series.put("engine: the former inbox's query (own or OFFICIAL, active, one call), first 50", () -> tasks.createTaskQuery()
                .or().taskAssignee("virkailija").taskCandidateGroupIn(List.of(Roles.OFFICIAL)).endOr().active()
                .processVariableValueEquals(TaskInbox.CALL_ID, call).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, 50));
        series.put("projection: official, first 50", as(official, () -> inbox.tasks(InboxFilter.all(), 0, 50)));
        series.put("projection: official, one call, first 50",
                as(official, () -> inbox.tasks(new InboxFilter(call, Set.of()), 0, 50)));
        series.put("projection: official, a rare task type (1 %), first 50",
                as(official, () -> inbox.tasks(new InboxFilter(null, Set.of(new TaskType(PROCESS, RARE_TYPE))), 0, 50)));
        series.put("projection: decision maker (3 % of tasks), first 50",
                as(decisionMaker, () -> inbox.tasks(InboxFilter.all(), 0, 50)));
        series.put("projection: applicant, own organisations, first 50", as(applicant, () -> inbox.tasks(InboxFilter.all(), 0, 50)));
        series.put("(part of the applicant's page: their organisations, read by `CurrentUser`)", as(applicant,
                () -> assertThat(currentUser.organisationIds()).isNotEmpty()));
        series.put("projection: official, page 3 (offset 100)", as(official, () -> inbox.tasks(InboxFilter.all(), 100, 50)));
        series.put("projection: official, first 500 (`tasks(filter)`)", as(official, () -> inbox.tasks(InboxFilter.all())));
        return series;
    }

    private SecurityContext context(String username) {
        ProgrammeFixtures.actAs(userDetails, username);
        SecurityContext context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return context;
    }

    private static Supplier<List<InboxTask>> as(SecurityContext user, Supplier<List<InboxTask>> query) {
        return () -> {
            SecurityContextHolder.setContext(user);
            List<InboxTask> page = query.get();
            assertThat(page).isNotEmpty();
            return page;
        };
    }

    private static Supplier<Object> as(SecurityContext user, Runnable work) {
        return () -> {
            SecurityContextHolder.setContext(user);
            work.run();
            return null;
        };
    }

    /** The write side: a claim and its release, each one engine command that also rewrites the task's row. */
    private void claims() {
        SecurityContextHolder.setContext(context("virkailija"));
        List<String> offered = inbox.tasks(InboxFilter.all()).stream().filter(task -> !task.mine())
                .map(InboxTask::taskId).limit(100).toList();
        long[] nanos = new long[offered.size()];
        for (int index = 0; index < offered.size(); index++) {
            long start = System.nanoTime();
            inbox.claim(offered.get(index));
            inbox.unclaim(offered.get(index));
            nanos[index] = System.nanoTime() - start;
        }
        line("| write | p50 ms | p95 ms | p99 ms | max ms |");
        line("|---|---:|---:|---:|---:|");
        line("| claim and release through the inbox (%d pairs) | %s |".formatted(nanos.length, Percentiles.of(nanos).cells()));
        line("");
    }

    /** The start-up reconciliation when nothing is wrong, and the consistency check. */
    private void maintenance() {
        line("| maintenance at this size | ms |");
        line("|---|---:|");
        long start = System.nanoTime();
        assertThat(projection.countsAgree()).isTrue();
        line("| start-up check (`InboxProjection.countsAgree()`, two counts) | %d |".formatted(millisSince(start)));
        start = System.nanoTime();
        assertThat(projection.inconsistencies()).isEmpty();
        line("| consistency check (`InboxProjection.inconsistencies()`) | %d |".formatted(millisSince(start)));
        start = System.nanoTime();
        assertThat(projection.reconcile().changedAnything()).isFalse();
        line("| full reconciliation with nothing to repair (`reconcile()`) | %d |".formatted(millisSince(start)));
        jdbc.update("delete from avustus.inbox_task");
        start = System.nanoTime();
        assertThat(projection.reconcile().added()).isGreaterThanOrEqualTo(TASKS);
        line("| rebuild from empty, as on a database that predates the projection | %d |".formatted(millisSince(start)));
        jdbc.execute("vacuum analyze avustus.inbox_task");
        line("");
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private void plans() {
        long call = FIRST_CALL + 7;
        List<String> staff = List.of(Roles.OFFICIAL);
        Viewer official = new Viewer("virkailija", staff, null, List.of());
        Viewer applicant = new Viewer("hakija", List.of(), Roles.APPLICANT,
                List.copyOf(users.find("hakija").orElseThrow().organisationIds()));
        explain("engine: candidate group OFFICIAL, first 50 by due date", ENGINE_CANDIDATE_GROUP_SQL,
                new MapSqlParameterSource());
        explain("official, one call, first 50", queries.pageQuery(official, call, Set.of(), 0, 50));
        explain("official, first 50", queries.pageQuery(official, null, Set.of(), 0, 50));
        explain("official, a rare task type, first 50",
                queries.pageQuery(official, null, Set.of(new TaskType(PROCESS, RARE_TYPE)), 0, 50));
        explain("decision maker, first 50",
                queries.pageQuery(new Viewer("paattaja", List.of(Roles.DECISION_MAKER), null, List.of()), null, Set.of(), 0, 50));
        explain("applicant, own organisations, first 50", queries.pageQuery(applicant, null, Set.of(), 0, 50));
    }

    private void explain(String title, PageQuery query) {
        explain(title, query.sql(), query.parameters());
    }

    private void explain(String title, String sql, MapSqlParameterSource parameters) {
        line("### " + title);
        line("```");
        namedJdbc.queryForList("explain (analyze, buffers, costs off) " + sql, parameters, String.class).forEach(this::line);
        line("```");
    }

    private void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .exclusiveGateway("kind")
                .condition("handle", "${kind == 'handle'}").userTask("handle").camundaCandidateGroups("${groups}")
                .camundaAssignee("${assignee}").camundaDueDate("${due}").endEvent()
                .moveToNode("kind").condition("review", "${kind == 'review'}").userTask("review")
                .camundaCandidateGroups("${groups}").camundaAssignee("${assignee}").camundaDueDate("${due}").endEvent()
                .moveToNode("kind").condition(RARE_TYPE, "${kind == '" + RARE_TYPE + "'}").userTask(RARE_TYPE)
                .camundaCandidateGroups("${groups}").camundaAssignee("${assignee}").camundaDueDate("${due}").endEvent()
                .done();
        repository.createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }

    /** Starts one process instance per task, in batches of one transaction each, on two threads. */
    private void populate() throws Exception {
        List<Long> applicantOrganisations = List.copyOf(users.find("hakija").orElseThrow().organisationIds());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<?>> batches = new ArrayList<>();
        for (int first = 0; first < TASKS; first += BATCH) {
            int from = first;
            batches.add(threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
                Random random = new Random(from);
                for (int index = from; index < Math.min(from + BATCH, TASKS); index++) {
                    runtime.startProcessInstanceByKey(PROCESS, "bench-" + index, variables(random, applicantOrganisations));
                }
            })));
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        threads.shutdown();
    }

    /**
     * A task like the product's: 45 % for officials, 15 % for officials or administrators, 30 %
     * for an organisation's applicants, 3 % for decision makers, 7 % for administrators; 7 %
     * claimed; 60 % with a due date within a year either way; one of 40 calls.
     */
    private Map<String, Object> variables(Random random, List<Long> applicantOrganisations) {
        double groupDraw = random.nextDouble();
        String groups = groupDraw < 0.45 ? Roles.OFFICIAL : groupDraw < 0.60 ? Roles.OFFICIAL + "," + Roles.ADMIN
                : groupDraw < 0.90 ? Roles.APPLICANT : groupDraw < 0.93 ? Roles.DECISION_MAKER : Roles.ADMIN;
        boolean applicants = groups.equals(Roles.APPLICANT);
        double claimDraw = random.nextDouble();
        String assignee = claimDraw < 0.003 && groups.startsWith(Roles.OFFICIAL) ? "virkailija"
                : claimDraw < 0.07 ? (applicants ? "applicant-" : "official-") + random.nextInt(50) : null;
        double kindDraw = random.nextDouble();
        Map<String, Object> variables = new HashMap<>();
        variables.put("kind", kindDraw < 0.90 ? "handle" : kindDraw < 0.99 ? "review" : RARE_TYPE);
        variables.put("groups", groups);
        variables.put("assignee", assignee);
        variables.put("due", random.nextDouble() < 0.6
                ? Date.from(clock.instant().plus(Duration.ofMinutes(random.nextInt(2 * 525_600) - 525_600))) : null);
        variables.put(TaskInbox.CALL_ID, FIRST_CALL + random.nextInt(CALLS));
        variables.put(TaskInbox.ORGANISATION_ID, applicants && random.nextDouble() < 0.005
                ? applicantOrganisations.get(random.nextInt(applicantOrganisations.size())) : 100_000L + random.nextInt(1500));
        return variables;
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
