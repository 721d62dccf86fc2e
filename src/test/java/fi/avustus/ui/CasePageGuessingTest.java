package fi.avustus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import fi.avustus.project.ProjectFixtures;
import fi.avustus.security.AccessMatrixDoc;
import fi.avustus.security.CaseOwnership;
import fi.avustus.security.CaseOwnership.Case;
import fi.avustus.security.CaseOwnership.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * IDOR on the screens: every route that names a case by id, opened by an applicant with another
 * organisation's ids, with ids next to their own, and with an id that does not exist, never shows
 * the view, and nothing of the other organisation's case (its name, its organisation's name)
 * reaches the page. A new route with a parameter fails this test, by name, until it is listed.
 */
class CasePageGuessingTest extends UiTest {

    /** Route template → the kind of case its parameter names. */
    private static final Map<String, Kind> CASE_ROUTES = Map.of(
            "applications/:id", Kind.APPLICATION, "applications/:id/edit", Kind.APPLICATION,
            "projects/:id", Kind.PROJECT, "projects/:id/change-requests/new", Kind.PROJECT,
            "reports/:reportId", Kind.REPORT, "reports/:reportId/edit", Kind.REPORT,
            "documents/:id", Kind.DOCUMENT, "documents/:id/edit", Kind.DOCUMENT,
            "networks/:networkId/documents", Kind.NETWORK);

    /** Route templates whose parameter is no organisation's case, and why guessing it reveals nothing. */
    private static final Map<String, String> OTHER_PARAMETERS = Map.ofEntries(
            Map.entry("calls/:callId/apply", "open calls are public"),
            Map.entry("calls/:callId/applications", "officials and administrators only (RouteAccessTest)"),
            Map.entry("tasks/grant-application/:taskId", "engine task ids are random; the flow checks the candidate group"),
            Map.entry("tasks/project-reporting/:taskId", "engine task ids are random; the flow checks the candidate group"),
            Map.entry("tasks/change-request/:taskId", "engine task ids are random; the flow checks the candidate group"),
            Map.entry("approvals/vote/:taskId", "engine task ids are random; a vote is the member's own task"),
            Map.entry("approvals/chair/:taskId", "engine task ids are random; a chair's task is the chair's own"),
            Map.entry("admin/organisations/:___url_parameter", "administrators only"),
            Map.entry("admin/networks/:___url_parameter", "administrators only"),
            Map.entry("admin/steering-groups/:___url_parameter", "administrators only"),
            Map.entry("admin/users/:___url_parameter", "administrators only"),
            Map.entry("admin/programmes/:___url_parameter", "administrators only"),
            Map.entry("admin/calls/:___url_parameter", "administrators only"));

    private static final List<String> GUESSERS = List.of("hakija", "applicant");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyRouteWithAParameterIsListed() {
        Set<String> withParameters = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (route.getTemplate().contains(":")) {
                withParameters.add(route.getTemplate());
            }
        }
        Set<String> listed = new TreeSet<>(CASE_ROUTES.keySet());
        listed.addAll(OTHER_PARAMETERS.keySet());
        assertThat(withParameters).as("routes with a parameter missing from this test").isSubsetOf(listed);
        assertThat(listed).as("listed routes that no longer exist").isSubsetOf(withParameters);
    }

    @Test
    void guessedIdsNeverShowAnotherOrganisationsCase() {
        // Each applicant has a running project (and its application and reports) the other must not see.
        GUESSERS.forEach(user -> ProjectFixtures.running(context, user, "fi"));
        CaseOwnership ownership = new CaseOwnership(jdbc);
        List<String> leaks = new ArrayList<>();
        int tries = 0;
        for (String user : GUESSERS) {
            Set<Long> own = ownership.organisationsOf(user);
            Set<Long> others = new TreeSet<>();
            GUESSERS.stream().filter(other -> !other.equals(user)).map(ownership::organisationsOf).forEach(others::addAll);
            others.removeAll(own);
            login(user);
            for (Map.Entry<String, Kind> route : new TreeMap<>(CASE_ROUTES).entrySet()) {
                Kind kind = route.getValue();
                Set<Long> othersIds = new TreeSet<>(ownership.idsOf(kind, others).stream().limit(3).toList());
                for (long id : ownership.guesses(kind, own, othersIds)) {
                    tries++;
                    String path = route.getKey().replaceFirst(":\\w+", String.valueOf(id));
                    UI.getCurrent().navigate(path);
                    if (Navigation.shows(path)) {
                        leaks.add(user + " opened /" + path);
                    }
                    Optional<Case> guessed = ownership.find(kind, id);
                    if (guessed.isPresent()) {
                        String page = Navigation.renderedText();
                        guessed.get().words().stream().filter(page::contains)
                                .forEach(word -> leaks.add(user + " saw \"" + word + "\" on /" + path));
                    }
                }
            }
        }
        assertThat(leaks).as("other organisations' cases shown").isEmpty();
        assertThat(tries).as("guesses made").isGreaterThan(GUESSERS.size() * CASE_ROUTES.size());
        AccessMatrixDoc.caseGuesses(CASE_ROUTES.size(), GUESSERS.size(), tries, leaks.size());
    }
}
