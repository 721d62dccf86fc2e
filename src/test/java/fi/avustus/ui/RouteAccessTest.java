package fi.avustus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.actionplan.NetworkDocuments;
import fi.avustus.application.Applications;
import fi.avustus.programme.Calls;
import fi.avustus.programme.OpenCall;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.security.AccessMatrixDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every Vaadin route registered in the application, for anonymous users, a user of each role, an
 * applicant of another organisation and a steering-group member of another group: allowed routes
 * show their view, all others are refused (login, access denied or not found). A new route fails
 * this test, by name, until it is added to the matrix. The cases in the paths belong to
 * {@code hakija}'s organisations; {@code CasePageGuessingTest} tries everybody else's ids.
 */
class RouteAccessTest extends UiTest {

    static final String ANONYMOUS = "(anonymous)";
    /** The applicant whose organisations own the cases in the paths, and one of another organisation. */
    static final String OWNER = "hakija";
    static final String OTHER_APPLICANT = "applicant";
    /** A member of the steering group of the owner's network, and of another group. */
    static final String GROUP_MEMBER = "ohjausryhma3";
    static final String OTHER_GROUP_MEMBER = "ohjausryhma";
    static final List<String> USERS = List.of(ANONYMOUS, "admin", "virkailija", "paattaja", GROUP_MEMBER,
            OTHER_GROUP_MEMBER, OWNER, OTHER_APPLICANT);

    private static final Set<String> NOBODY = Set.of();
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> STAFF = Set.of("admin", "virkailija", "paattaja");
    private static final Set<String> STEERING = Set.of("admin", "virkailija", "paattaja", GROUP_MEMBER, OTHER_GROUP_MEMBER);
    private static final Set<String> APPLICANTS = Set.of(OWNER, OTHER_APPLICANT);
    private static final Set<String> LOGGED_IN = Set.of("admin", "virkailija", "paattaja", GROUP_MEMBER, OTHER_GROUP_MEMBER,
            OWNER, OTHER_APPLICANT);
    private static final Set<String> STAFF_AND_APPLICANTS = Set.of("admin", "virkailija", "paattaja", OWNER, OTHER_APPLICANT);
    private static final Set<String> STAFF_AND_OWNER = Set.of("admin", "virkailija", "paattaja", OWNER);

    /** Route template → a path to open and the users who may open it. */
    private static final Map<String, Access> MATRIX = new TreeMap<>(Map.ofEntries(
            Map.entry("", new Access("", LOGGED_IN)),
            Map.entry("login", new Access("login", with(LOGGED_IN, ANONYMOUS))),
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
            Map.entry("calls", new Access("calls", LOGGED_IN)),
            Map.entry("tasks", new Access("tasks", LOGGED_IN)),
            Map.entry("messages", new Access("messages", LOGGED_IN)),
            Map.entry("account/tokens", new Access("account/tokens", LOGGED_IN)),
            // A task that does not exist shows nobody a form: not found for staff, denied for others.
            Map.entry("tasks/grant-application/:taskId", new Access("tasks/grant-application/none", NOBODY)),
            Map.entry("approvals", new Access("approvals", Set.of(GROUP_MEMBER, OTHER_GROUP_MEMBER))),
            Map.entry("approvals/rounds", new Access("approvals/rounds", STEERING)),
            Map.entry("approvals/meetings", new Access("approvals/meetings", STEERING)),
            // A vote or chair's task that does not exist: not found for members, denied for others.
            Map.entry("approvals/vote/:taskId", new Access("approvals/vote/none", NOBODY)),
            Map.entry("approvals/chair/:taskId", new Access("approvals/chair/none", NOBODY)),
            // The call is open to both applicants' organisations.
            Map.entry("calls/:callId/apply", new Access("calls/{call}/apply", APPLICANTS)),
            Map.entry("calls/:callId/applications", new Access("calls/{call}/applications", STAFF)),
            Map.entry("applications", new Access("applications", APPLICANTS)),
            Map.entry("payments", new Access("payments", STAFF)),
            // Reports and reporting tasks that do not exist: not found for those who may open one, denied for others.
            Map.entry("reports/:reportId", new Access("reports/0", NOBODY)),
            Map.entry("audits", new Access("audits", ADMIN)),
            Map.entry("reports/:reportId/edit", new Access("reports/0/edit", NOBODY)),
            Map.entry("tasks/project-reporting/:taskId", new Access("tasks/project-reporting/none", NOBODY)),
            Map.entry("deadlines", new Access("deadlines", Set.of("admin", "virkailija"))),
            // Applicants see their own organisations' recovery claims; decision makers have no part in recovery.
            Map.entry("recoveries", new Access("recoveries", Set.of("admin", "virkailija", OWNER, OTHER_APPLICANT))),
            // Funded projects: staff and the project's own applicants; steering-group members see none.
            Map.entry("projects", new Access("projects", STAFF_AND_APPLICANTS)),
            Map.entry("projects/:id", new Access("projects/{project}", STAFF_AND_OWNER)),
            Map.entry("projects/:id/change-requests/new", new Access("projects/{project}/change-requests/new", Set.of(OWNER))),
            // A change request's task that does not exist: not found for officials, denied for others.
            Map.entry("tasks/change-request/:taskId", new Access("tasks/change-request/none", NOBODY)),
            Map.entry("funding", new Access("funding", Set.of("admin", "virkailija"))),
            // Steering-group members see no applications: the case page answers "not found".
            Map.entry("applications/:id", new Access("applications/{draft}", STAFF_AND_OWNER)),
            Map.entry("applications/:id/edit", new Access("applications/{draft}/edit", Set.of(OWNER))),
            // A network's documents: its organisations, its steering group and staff.
            Map.entry("documents", new Access("documents", LOGGED_IN)),
            Map.entry("networks/:networkId/documents", new Access("networks/{network}/documents", with(STAFF_AND_OWNER, GROUP_MEMBER))),
            Map.entry("documents/:id", new Access("documents/{document}", with(STAFF_AND_OWNER, GROUP_MEMBER))),
            Map.entry("documents/:id/edit", new Access("documents/{document}/edit", Set.of(OWNER)))));

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

    /** Ids in paths: the demo's open call, a draft and a funded project of the owner's, made fresh for each test. */
    private final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void aCallAndADraft() {
        ProgrammeFixtures.actAs(users, OWNER);
        long callId = calls.openCalls(null).stream().map(OpenCall::callId)
                .filter(id -> !applications.eligibleOrganisations(id).isEmpty()).findFirst().orElseThrow();
        long draft = applications.startDraft(callId, applications.eligibleOrganisations(callId).get(0).id());
        // The owner coordinates Osaava Metso; a financial plan draft of a year no one else uses.
        long network = documents.networks().stream().filter(found -> found.name().fi().startsWith("Osaava Metso"))
                .findFirst().orElseThrow().id();
        long document = documents.ofNetwork(network).stream()
                .filter(found -> found.year() == 2099 && found.type() == DocumentType.FINANCIAL_PLAN).map(DocumentSummary::id)
                .findFirst().orElseGet(() -> documents.create(DocumentType.FINANCIAL_PLAN, network, 2099));
        ids.put("{network}", String.valueOf(network));
        ids.put("{document}", String.valueOf(document));
        SecurityContextHolder.clearContext();
        ids.put("{project}", String.valueOf(ProjectFixtures.running(context, OWNER, "fi").id()));
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
    void everyRegisteredRouteIsInTheMatrix() {
        Set<String> registered = registeredRoutes();
        assertThat(new TreeSet<>(MATRIX.keySet())).as("routes in the matrix that the application no longer has")
                .isSubsetOf(registered);
        assertThat(registered).as("routes missing from the matrix").isSubsetOf(MATRIX.keySet());
    }

    @Test
    void eachUserOpensExactlyTheRoutesAllowedToThem() {
        Map<String, Map<String, Boolean>> shownByRoute = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            if (user.equals(ANONYMOUS)) {
                // The fixtures above leave their last user on the thread; an anonymous visitor has none.
                SecurityContextHolder.clearContext();
            } else {
                login(user);
            }
            for (Map.Entry<String, Access> route : MATRIX.entrySet()) {
                String path = path(route.getValue());
                UI.getCurrent().navigate(path);
                boolean shown = Navigation.shows(path);
                shownByRoute.computeIfAbsent(route.getKey(), key -> new LinkedHashMap<>()).put(user, shown);
                if (shown != route.getValue().allowed().contains(user)) {
                    wrong.add(user + (shown ? " opened /" : " was refused /") + path);
                }
            }
        }
        assertThat(wrong).as("users who opened a route they may not, or were refused one they may").isEmpty();
        AccessMatrixDoc.routes(registeredRoutes().size(), USERS, shownByRoute);
    }

    private static Set<String> registeredRoutes() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
        }
        return registered;
    }

    private static Set<String> with(Set<String> users, String another) {
        Set<String> all = new TreeSet<>(users);
        all.add(another);
        return all;
    }
}
