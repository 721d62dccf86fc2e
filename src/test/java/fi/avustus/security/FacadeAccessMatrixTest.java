package fi.avustus.security;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import fi.avustus.security.FacadeMethods.Writing;
import fi.avustus.shared.DomainException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Operations: every public facade method that writes (found in the running application by
 * {@link FacadeMethods}) is listed in {@link FacadeOperations}, and each is refused to a user of
 * another organisation, or of the wrong role, with nothing changed. A new writing method fails
 * this test, by name, until it is listed there.
 */
@IntegrationTest
class FacadeAccessMatrixTest {

    /** An applicant of another organisation than the cases' owner. */
    static final String OTHER_APPLICANT = "applicant";

    /** Domain refusals that mean "not yours": the case or task is not there for this user. */
    private static boolean notYours(DomainException refusal) {
        return refusal.messageKey().endsWith("notFound") || refusal.messageKey().equals("task.gone");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyWritingFacadeMethodIsListed() {
        Set<String> found = new TreeSet<>();
        FacadeMethods.writing(context).forEach(writing -> found.add(writing.key()));
        assertThat(found).as("writing facade methods missing from FacadeOperations").isSubsetOf(FacadeOperations.LISTED);
        assertThat(FacadeOperations.LISTED).as("listed methods that no longer write or exist").isSubsetOf(found);
    }

    @Test
    void usersOfAnotherOrganisationOrRoleAreRefusedAndNothingChanges() {
        FacadeOperations operations = new FacadeOperations(context);
        List<String> wrong = new ArrayList<>();
        Map<String, String> refusals = new TreeMap<>();
        for (Writing writing : FacadeMethods.writing(context)) {
            String signature = writing.key() + "/" + writing.method().getParameterCount();
            FacadeOperations.Check check = operations.check(writing.key());
            if (check instanceof FacadeOperations.NotCaseData notCaseData) {
                refusals.put(signature, "not called: " + notCaseData.reason());
                continue;
            }
            FacadeOperations.OnCase onCase = check instanceof FacadeOperations.OnCase given ? given
                    : new FacadeOperations.OnCase(OTHER_APPLICANT, () -> invokeBlank(writing), () -> "");
            Object before = onCase.state().get();
            actAs(users, onCase.user());
            Throwable outcome;
            try {
                onCase.call().run();
                outcome = null;
            } catch (RuntimeException e) {
                outcome = e;
            } finally {
                SecurityContextHolder.clearContext();
            }
            Object after = onCase.state().get();
            String refusal = outcome instanceof AccessDeniedException ? "access denied"
                    : outcome instanceof DomainException domain && notYours(domain) ? domain.messageKey() : null;
            if (refusal == null) {
                wrong.add(signature + " as " + onCase.user() + ": " + (outcome == null ? "done" : outcome));
            } else if (!before.equals(after)) {
                wrong.add(signature + " as " + onCase.user() + " was refused but changed " + before + " to " + after);
            }
            refusals.put(signature, onCase.user() + (check instanceof FacadeOperations.OnCase ? " on the owner's case: " : ", by role: ")
                    + refusal);
        }
        assertThat(wrong).as("writing facade methods that a user of another organisation or role got through").isEmpty();
        document(refusals);
    }

    private void invokeBlank(Writing writing) {
        try {
            writing.method().invoke(context.getBean(writing.facade()), FacadeMethods.blankArguments(writing.method()));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void document(Map<String, String> refusals) {
        Map<String, String> rows = new LinkedHashMap<>(refusals);
        StringBuilder table = new StringBuilder("| facade method (parameters) | caller and answer |\n|---|---|\n");
        rows.forEach((method, answer) -> table.append("| `").append(method).append("` | ").append(answer).append(" |\n"));
        long called = refusals.values().stream().filter(answer -> !answer.startsWith("not called")).count();
        AccessMatrixDoc.operations(("Writing facade methods: **%d** (public, in a read-write transaction, in a module's API package);"
                + " called as a user of another organisation or role: **%d**, all refused with nothing changed; not called, with the"
                + " reason: **%d**.\n\n%s").formatted(refusals.size(), called, refusals.size() - called, table));
    }
}
