package fi.avustus.deadline;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.avustus.IntegrationTest;
import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.Applications;
import fi.avustus.organisation.NetworkForm;
import fi.avustus.organisation.Networks;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeFixtures;
import fi.avustus.programme.Programmes;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.ValidationFailedException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The registry's filters and who sees what, over the deadlines of two calls of two programmes. */
@IntegrationTest
class DeadlinesTest {

    @Autowired ApplicationContext context;
    @Autowired Deadlines deadlines;
    @Autowired Applications applications;
    @Autowired Networks networks;
    @Autowired Organisations organisations;
    @Autowired Programmes programmes;
    @Autowired Calls calls;
    @Autowired UserDetailsService users;
    @Autowired Clock clock;

    private DeadlineFixtures fixtures;
    private CallSummary first;
    private CallSummary second;
    private long jyvaskyla;
    private long gradia;
    private long firstJyvaskyla;
    private long firstGradia;
    private long secondJyvaskyla;

    @BeforeEach
    void draftsOfBothOrganisationsOfHakija() {
        fixtures = new DeadlineFixtures(context);
        first = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        second = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock);
        actAs(users, "hakija");
        List<OrganisationSummary> own = applications.eligibleOrganisations(first.id());
        jyvaskyla = own.stream().filter(found -> found.nameFi().startsWith("Jyväskylän kaupunki")).findFirst().orElseThrow().id();
        gradia = own.stream().filter(found -> found.nameFi().contains("Gradia")).findFirst().orElseThrow().id();
        firstJyvaskyla = fixtures.draft("hakija", first.id(), jyvaskyla);
        firstGradia = fixtures.draft("hakija", first.id(), gradia);
        secondJyvaskyla = fixtures.draft("hakija", second.id(), jyvaskyla);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private List<String> keys(String username, DeadlineQuery query) {
        actAs(users, username);
        List<String> found = deadlines.find(query).stream().map(Deadline::sourceKey).toList();
        SecurityContextHolder.clearContext();
        return found;
    }

    private static String closing(long applicationId) {
        return "application:" + applicationId + ":call-closing";
    }

    @Test
    void aProgrammeFilterListsTheDeadlinesOfItsCallsOnly() {
        assertThat(keys("admin", DeadlineQuery.all().inProgramme(first.programmeId())))
                .containsExactlyInAnyOrder(closing(firstJyvaskyla), closing(firstGradia));
        assertThat(keys("admin", DeadlineQuery.all().inProgramme(second.programmeId())))
                .containsExactly(closing(secondJyvaskyla));
    }

    @Test
    void anOrganisationOrNetworkFilterListsItsOrganisationsDeadlines() {
        long network = SystemUser.call(() -> {
            NetworkForm form = new NetworkForm();
            form.setNameFi(ProgrammeFixtures.unique("Määräaikaverkosto"));
            form.setNameSv(ProgrammeFixtures.unique("Tidsfristnätverk"));
            form.setCoordinatorId(gradia);
            return networks.create(form).id();
        });
        DeadlineQuery ofFirst = DeadlineQuery.all().inProgramme(first.programmeId());

        assertThat(keys("virkailija", ofFirst.ofOrganisation(jyvaskyla))).containsExactly(closing(firstJyvaskyla));
        assertThat(keys("virkailija", ofFirst.inNetwork(network))).containsExactly(closing(firstGradia));
        assertThat(keys("virkailija", ofFirst.inNetwork(network).ofOrganisation(jyvaskyla)))
                .as("both filters at once: organisations in both").isEmpty();
        assertThat(keys("hakija", ofFirst.ofOrganisation(gradia))).containsExactly(closing(firstGradia));
    }

    @Test
    void filtersNeverWidenWhatAnApplicantSees() {
        long lappia = fixtures.draft("applicant", first.id(), null);
        long lappiaId = SystemUser.call(() -> applications.find(lappia).orElseThrow().summary().organisationId());
        DeadlineQuery ofFirst = DeadlineQuery.all().inProgramme(first.programmeId());

        assertThat(keys("hakija", ofFirst)).containsExactlyInAnyOrder(closing(firstJyvaskyla), closing(firstGradia));
        assertThat(keys("hakija", ofFirst.ofOrganisation(lappiaId))).isEmpty();
        assertThat(keys("admin", ofFirst.ofOrganisation(lappiaId))).containsExactly(closing(lappia));
    }

    @Test
    void aTypeOrStatusFilterListsThatKindOnly() {
        long request = fixtures.completionRequested(first.id(), fixtures.today().minusDays(2));
        DeadlineQuery ofFirst = DeadlineQuery.all().inProgramme(first.programmeId());

        assertThat(keys("admin", ofFirst.ofTypes(Set.of(DeadlineType.COMPLETION_REQUEST))))
                .containsExactly("application:" + request + ":completion");
        assertThat(keys("admin", ofFirst.withStatuses(Set.of(DeadlineStatus.OVERDUE))))
                .containsExactly("application:" + request + ":completion");
        assertThat(keys("admin", ofFirst.withStatuses(Set.of(DeadlineStatus.OPEN))))
                .containsExactlyInAnyOrder(closing(firstJyvaskyla), closing(firstGradia));
    }

    @Test
    void entriesNameTheProgrammeCallAndOwner() {
        actAs(users, "virkailija");
        DeadlineEntry entry = deadlines.entries(DeadlineQuery.all().inProgramme(second.programmeId())).get(0);
        assertThat(entry.deadline().sourceKey()).isEqualTo(closing(secondJyvaskyla));
        assertThat(entry.call().fi()).isEqualTo(second.title().fi());
        assertThat(entry.programme().fi()).isEqualTo(second.programmeName().fi());
        assertThat(entry.owner().fi()).isEqualTo("Jyväskylän kaupunki");
    }

    @Test
    void staffCountWhatIsOverdueAndOthersMayNot() {
        actAs(users, "virkailija");
        int before = deadlines.overdueCount();
        fixtures.completionRequested(first.id(), fixtures.today().minusDays(1));
        actAs(users, "virkailija");
        assertThat(deadlines.overdueCount()).isEqualTo(before + 1);

        actAs(users, "hakija");
        assertThatThrownBy(() -> deadlines.overdueCount()).isInstanceOf(AccessDeniedException.class);
    }

    /** Every caller gets the rule, not only the API: a date PostgreSQL cannot hold must not reach the query. */
    @Test
    void aRangeOutsideTheYearsOfCasesIsRefusedWithTheFieldsNamed() {
        actAs(users, "admin");
        assertThatThrownBy(() -> deadlines.entries(DeadlineQuery.all().between(LocalDate.of(1999, 12, 31), LocalDate.of(2101, 1, 1))))
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .extracting(ValidationFailedException.Violation::field, ValidationFailedException.Violation::messageKey)
                        .containsExactly(tuple("from", "validation.year"), tuple("to", "validation.year")));
        assertThat(deadlines.find(DeadlineQuery.all().between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31)))).isNotNull();
    }
}
