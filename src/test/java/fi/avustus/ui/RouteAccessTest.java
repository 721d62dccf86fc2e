package fi.avustus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.application.Applications;
import fi.avustus.programme.Calls;
import fi.avustus.programme.OpenCall;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.project.ProjectFixtures;
import java.util.HashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every Vaadin route for anonymous users and a user of each role: allowed routes show their
 * view, others never do. A new route fails this test until it is added to the matrix.
 */
class RouteAccessTest extends UiTest {

    private static final Set<String> STAFF = Set.of("admin", "virkailija", "paattaja", "ohjausryhma");
    private static final Set<String> EVERYONE = Set.of("admin", "virkailija", "paattaja", "ohjausryhma", "hakija");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> APPLICANT = Set.of("hakija");
    private static final Set<String> NETWORK = Set.of("admin", "virkailija", "paattaja", "hakija");
    private static final List<String> USERS = List.of("admin", "virkailija", "paattaja", "ohjausryhma", "hakija");

    /** Route template → a path to open and the demo users (one per role) who may open it. */
    private static final Map<String, Access> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("", new Access("", EVERYONE)),
            Map.entry("login", new Access("login", EVERYONE)),
            Map.entry("admin/organisations", new Access("admin/organisations", ADMIN)),
            Map.entry("admin/organisations/:___url_parameter", new Access("admin/organisations/new", ADMIN)),
            Map.entry("admin/networks", new Access("admin/networks", ADMIN)),
            Map.entry("admin/networks/:___url_parameter", new Access("admin/networks/new", ADMIN)),
            Map.entry("admin/steering-groups", new Access("admin/steering-groups", ADMIN)),
            Map.entry("admin/steering-groups/:___url_parameter", new Access("admin/steering-groups/new", ADMIN)),
            Map.entry("admin/users", new Access("admin/users", ADMIN)),
            Map.entry("admin/users/:___url_parameter", new Access("admin/users/new", ADMIN)),
            Map.entry("admin/programmes", new Access("admin/programmes", ADMIN)),
            Map.entry("admin/programmes/:___url_parameter", new Access("admin/programmes/new", ADMIN)),
            Map.entry("admin/calls", new Access("admin/calls", ADMIN)),
            Map.entry("admin/calls/:___url_parameter", new Access("admin/calls/new", ADMIN)),
            Map.entry("admin/mail", new Access("admin/mail", ADMIN)),
            Map.entry("admin/consistency", new Access("admin/consistency", ADMIN)),
            Map.entry("calls", new Access("calls", EVERYONE)),
            Map.entry("tasks", new Access("tasks", EVERYONE)),
            Map.entry("messages", new Access("messages", EVERYONE)),
            Map.entry("account/tokens", new Access("account/tokens", EVERYONE)),
            // A task that does not exist shows nobody a form: not found for staff, denied for others.
            Map.entry("tasks/grant-application/:taskId", new Access("tasks/grant-application/none", Set.of())),
            Map.entry("approvals", new Access("approvals", Set.of("ohjausryhma"))),
            Map.entry("approvals/rounds", new Access("approvals/rounds", STAFF)),
            Map.entry("approvals/meetings", new Access("approvals/meetings", STAFF)),
            // A vote or chair's task that does not exist: not found for members, denied for others.
            Map.entry("approvals/vote/:taskId", new Access("approvals/vote/none", Set.of())),
            Map.entry("approvals/chair/:taskId", new Access("approvals/chair/none", Set.of())),
            Map.entry("calls/:callId/apply", new Access("calls/{call}/apply", APPLICANT)),
            Map.entry("calls/:callId/applications", new Access("calls/{call}/applications", Set.of("admin", "virkailija", "paattaja"))),
            Map.entry("applications", new Access("applications", APPLICANT)),
            Map.entry("payments", new Access("payments", Set.of("admin", "virkailija", "paattaja"))),
            // Reports and reporting tasks that do not exist: not found for those who may open one, denied for others.
            Map.entry("reports/:reportId", new Access("reports/0", Set.of())),
            Map.entry("audits", new Access("audits", ADMIN)),
            Map.entry("reports/:reportId/edit", new Access("reports/0/edit", Set.of())),
            Map.entry("tasks/project-reporting/:taskId", new Access("tasks/project-reporting/none", Set.of())),
            Map.entry("deadlines", new Access("deadlines", Set.of("admin", "virkailija"))),
            // Applicants see their own organisations' recovery claims; decision makers have no part in recovery.
            Map.entry("recoveries", new Access("recoveries", Set.of("admin", "virkailija", "hakija"))),
            // Funded projects: staff and the project's own applicants; steering-group members see none.
            Map.entry("projects", new Access("projects", NETWORK)),
            Map.entry("projects/:id", new Access("projects/{project}", NETWORK)),
            Map.entry("projects/:id/change-requests/new", new Access("projects/{project}/change-requests/new", APPLICANT)),
            // A change request's task that does not exist: not found for officials, denied for others.
            Map.entry("tasks/change-request/:taskId", new Access("tasks/change-request/none", Set.of())),
            Map.entry("funding", new Access("funding", Set.of("admin", "virkailija"))),
            // Steering-group members see no applications: the case page answers "not found".
            Map.entry("applications/:id", new Access("applications/{draft}", Set.of("admin", "virkailija", "paattaja", "hakija"))),
            Map.entry("applications/:id/edit", new Access("applications/{draft}/edit", APPLICANT)),
            // A network's documents: its organisations and staff; the steering group member of another network sees nothing.
            Map.entry("documents", new Access("documents", EVERYONE)),
            Map.entry("networks/:networkId/documents", new Access("networks/{network}/documents", NETWORK)),
            Map.entry("documents/:id", new Access("documents/{document}", NETWORK)),
            Map.entry("documents/:id/edit", new Access("documents/{document}/edit", APPLICANT))));

    record Access(String path, Set<String> allowed) {
    }

    @Autowired
    Applications applications;
    @Autowired
    Calls calls;
    @Autowired
    UserDetailsService users;
    @Autowired
    NetworkDocuments documents;
    @Autowired
    ApplicationContext context;

    /** Ids in paths: the demo's open call, a draft and a funded project of the applicant's, made fresh for each test. */
    private final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void aCallAndADraft() {
        ProgrammeFixtures.actAs(users, "hakija");
        long callId = calls.openCalls(null).stream().map(OpenCall::callId)
                .filter(id -> !applications.eligibleOrganisations(id).isEmpty()).findFirst().orElseThrow();
        long draft = applications.startDraft(callId, applications.eligibleOrganisations(callId).get(0).id());
        // The applicant coordinates Osaava Metso; a financial plan draft of a year no one else uses.
        long network = documents.networks().stream().filter(found -> found.name().fi().startsWith("Osaava Metso"))
                .findFirst().orElseThrow().id();
        long document = documents.ofNetwork(network).stream()
                .filter(found -> found.year() == 2099 && found.type() == DocumentType.FINANCIAL_PLAN).map(DocumentSummary::id)
                .findFirst().orElseGet(() -> documents.create(DocumentType.FINANCIAL_PLAN, network, 2099));
        ids.put("{network}", String.valueOf(network));
        ids.put("{document}", String.valueOf(document));
        SecurityContextHolder.clearContext();
        ids.put("{project}", String.valueOf(ProjectFixtures.running(context, "hakija", "fi").id()));
        ids.put("{call}", String.valueOf(callId));
        ids.put("{draft}", String.valueOf(draft));
    }

    private String path(Access access) {
        String path = access.path();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
        }
        assertThat(registered).isEqualTo(MATRIX.keySet());
    }

    @Test
    void anonymousUsersSeeOnlyTheLoginPage() {
        for (Access access : MATRIX.values()) {
            UI.getCurrent().navigate(path(access));
            boolean shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                    .anyMatch(target -> !(target instanceof LoginView) && target instanceof Component);
            if (!access.path().equals("login")) {
                assertThat(shown).as("anonymous on /" + access.path()).isFalse();
            }
        }
    }

    @Test
    void eachRoleOpensExactlyItsAllowedRoutes() {
        for (String user : USERS) {
            login(user);
            for (Map.Entry<String, Access> route : MATRIX.entrySet()) {
                Access access = route.getValue();
                UI.getCurrent().navigate(path(access));
                String shownPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
                boolean shown = shownPath.equals(path(access))
                        && UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                        .noneMatch(target -> target.getClass().getSimpleName().contains("Error"));
                assertThat(shown).as(user + " on /" + access.path()).isEqualTo(access.allowed().contains(user));
            }
        }
    }

    static Set<String> staff() {
        return STAFF;
    }
}
