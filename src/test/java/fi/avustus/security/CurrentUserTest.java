package fi.avustus.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The acting user's organisations: read once per request, and never staler than the request. */
@IntegrationTest
class CurrentUserTest {

    @Autowired CurrentUser currentUser;
    @Autowired Users users;
    @Autowired JdbcTemplate jdbc;

    private UserSummary applicant;
    private long first;
    private long second;

    @BeforeEach
    void anApplicantOfOneOrganisation() {
        List<Long> organisations = jdbc.queryForList("select id from avustus.organisation order by id limit 2", Long.class);
        first = organisations.get(0);
        second = organisations.get(1);
        actAs("admin", Role.ADMIN);
        UserForm form = new UserForm();
        form.setUsername("nykyinen." + System.nanoTime() % 1_000_000_000L);
        form.setDisplayName("Testi Hakija");
        form.setEmail("hakija@example.fi");
        form.setPassword("salasana123");
        form.setRoles(EnumSet.of(Role.APPLICANT));
        form.setOrganisationIds(Set.of(first));
        applicant = users.create(form);
    }

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChangeBehindTheApplicationsBackIsSeenFromTheNextRequestOn() {
        newRequest();
        actAs(applicant.username(), Role.APPLICANT);
        assertThat(currentUser.organisationIds()).containsExactly(first);

        jdbc.update("insert into avustus.user_account_organisation (user_account_id, organisation_id) values (?, ?)",
                applicant.id(), second);
        assertThat(currentUser.organisationIds()).as("the same request").containsExactly(first);

        newRequest();
        assertThat(currentUser.organisationIds()).as("the next request").containsExactlyInAnyOrder(first, second);
    }

    @Test
    void outsideARequestEveryCallReadsTheDatabase() {
        actAs(applicant.username(), Role.APPLICANT);
        assertThat(currentUser.organisationIds()).containsExactly(first);

        jdbc.update("insert into avustus.user_account_organisation (user_account_id, organisation_id) values (?, ?)",
                applicant.id(), second);
        assertThat(currentUser.organisationIds()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aChangeThroughTheUserDirectoryIsSeenByTheRestOfItsRequest() {
        newRequest();
        actAs(applicant.username(), Role.APPLICANT);
        assertThat(currentUser.organisationIds()).containsExactly(first);

        actAs("admin", Role.ADMIN);
        UserForm change = UserForm.of(users.find(applicant.id()).orElseThrow());
        change.setOrganisationIds(Set.of(second));
        users.update(applicant.id(), change);

        actAs(applicant.username(), Role.APPLICANT);
        assertThat(currentUser.organisationIds()).containsExactly(second);
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    private static void actAs(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(username, null, role.authority()));
    }
}
