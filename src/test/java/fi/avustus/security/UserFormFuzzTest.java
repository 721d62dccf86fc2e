package fi.avustus.security;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationContext;
import fi.avustus.IntegrationTest;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.FormFuzz;
import fi.avustus.shared.HostileInput;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The user form as an administrator fills it, with hostile values: a new user is stored as typed
 * (names stripped) or refused with translated messages, and a refused one is not stored at all.
 */
@IntegrationTest
class UserFormFuzzTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Users users;
    @Autowired
    UserDetailsService userDetails;

    @Property(tries = 80)
    void aUserIsCreatedAsTypedOrRefusedAndNotStored(@ForAll("forms") UserForm form) {
        IntegrationContext.inject(this);
        actAs(userDetails, "admin");
        try {
            int before = users.all().size();
            UserSummary created;
            try {
                created = users.create(form);
            } catch (DomainException refused) {
                FormFuzz.assertTranslated(refused);
                assertThat(users.all()).as("nothing stored").hasSize(before);
                return;
            }
            assertThat(created.username()).isEqualTo(form.getUsername());
            assertThat(created.displayName()).isEqualTo(form.getDisplayName().strip());
            assertThat(created.email()).isEqualTo(form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip());
            assertThat(users.find(created.id())).hasValue(created);
            users.archive(created.id(), true);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Provide
    Arbitrary<UserForm> forms() {
        Arbitrary<String> username = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just("").map(any -> "fuzz" + SERIAL.incrementAndGet())),
                net.jqwik.api.Tuple.of(3, HostileInput.text()), net.jqwik.api.Tuple.of(1, Arbitraries.just("admin")));
        Arbitrary<String> password = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, Arbitraries.just("avustus2026")),
                net.jqwik.api.Tuple.of(3, HostileInput.text()));
        Arbitrary<Set<Role>> roles = Arbitraries.of(Role.class).set().ofMaxSize(3)
                .map(set -> set.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(set));
        Arbitrary<Set<Long>> organisations = Arbitraries.oneOf(Arbitraries.longs().between(1, 30),
                Arbitraries.of(-1L, 0L, Long.MAX_VALUE)).set().ofMaxSize(2);
        return Combinators.combine(username, HostileInput.text(), HostileInput.text().injectNull(0.1), password,
                Arbitraries.oneOf(Arbitraries.of("fi", "sv", "en"), HostileInput.text()), roles, organisations).as(
                (name, displayName, email, secret, locale, roleSet, organisationIds) -> {
                    UserForm form = new UserForm();
                    form.setUsername(name);
                    form.setDisplayName(displayName);
                    form.setEmail(email);
                    form.setPassword(secret);
                    form.setLocale(locale);
                    form.setRoles(roleSet);
                    form.setOrganisationIds(organisationIds);
                    // Inactive, so that the users made here never join the lists of active users other tests read.
                    form.setActive(false);
                    return form;
                });
    }
}
