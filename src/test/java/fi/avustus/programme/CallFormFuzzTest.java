package fi.avustus.programme;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationContext;
import fi.avustus.IntegrationTest;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.internal.CallRules;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.FormFuzz;
import fi.avustus.shared.HostileInput;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
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
 * The call form as an administrator fills it, with hostile values: a call is created with its
 * titles as typed and passes the draft rules when read back, or is refused with translated
 * messages and nothing is stored.
 */
@IntegrationTest
class CallFormFuzzTest {

    private static Long programmeId;

    @Autowired
    UserDetailsService users;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;

    @Property(tries = 100)
    void aCallIsCreatedAsTypedOrRefusedAndNotStored(@ForAll("changes") List<FormFuzz.Change<CallForm>> changes) {
        long programme = programme();
        actAs(users, "admin");
        try {
            CallForm form = ProgrammeFixtures.completeCall(programme, clock, "1000000");
            changes.forEach(change -> change.apply().accept(form));
            int before = calls.ofProgramme(programme).size();
            CallSummary created;
            try {
                created = calls.create(form);
            } catch (DomainException refused) {
                FormFuzz.assertTranslated(refused);
                assertThat(calls.ofProgramme(programme)).as("nothing stored after %s", changes).hasSize(before);
                return;
            }
            CallForm stored = CallForm.of(calls.find(created.id()).orElseThrow());
            assertThat(List.of(stored.getTitleFi(), stored.getTitleSv(), stored.getTitleEn())).as("%s", changes)
                    .isEqualTo(List.of(form.getTitleFi().strip(), form.getTitleSv().strip(), form.getTitleEn().strip()));
            assertThat(CallRules.draft(stored, new Validator()).hasViolations()).as("valid when read back: %s", changes).isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Provide
    Arbitrary<List<FormFuzz.Change<CallForm>>> changes() {
        Arbitrary<LocalDateTime> time = Combinators.combine(HostileInput.date(), Arbitraries.of(LocalTime.MIN, LocalTime.NOON,
                LocalTime.MAX)).as((date, clockTime) -> date == null ? null : date.atTime(clockTime));
        Arbitrary<FormFuzz.Change<CallForm>> change = Arbitraries.oneOf(
                HostileInput.text().map(value -> FormFuzz.change("titleFi", value, (CallForm form) -> form.setTitleFi(value))),
                HostileInput.text().map(value -> FormFuzz.change("titleSv", value, (CallForm form) -> form.setTitleSv(value))),
                HostileInput.text().map(value -> FormFuzz.change("titleEn", value, (CallForm form) -> form.setTitleEn(value))),
                time.map(value -> FormFuzz.change("openFrom", value, (CallForm form) -> form.setOpenFrom(value))),
                time.map(value -> FormFuzz.change("openUntil", value, (CallForm form) -> form.setOpenUntil(value))),
                HostileInput.amount().map(value -> FormFuzz.change("budget", value, (CallForm form) -> form.setBudget(value))),
                HostileInput.amount().map(value -> FormFuzz.change("maxGrant", value, (CallForm form) -> form.setMaxGrant(value))),
                HostileInput.amount().map(value -> FormFuzz.change("minSelfFinancingPercent", value,
                        (CallForm form) -> form.setMinSelfFinancingPercent(value))),
                HostileInput.integer().injectNull(0.1).map(value -> FormFuzz.change("reviewersPerApplication", value,
                        (CallForm form) -> form.setReviewersPerApplication(value))),
                Combinators.combine(HostileInput.text(), HostileInput.text(), HostileInput.text(), HostileInput.integer())
                        .as(AssessmentCriterion::new).list().ofMaxSize(3)
                        .map(value -> FormFuzz.change("criteria", value, (CallForm form) -> form.setCriteria(value))));
        return change.list().ofMinSize(1).ofMaxSize(3);
    }

    /** The programme every try adds its call to, made once. */
    private long programme() {
        // jqwik makes an instance for each property: each needs its fields, the case is made once.
        if (calls == null) {
            IntegrationContext.inject(this);
        }
        synchronized (CallFormFuzzTest.class) {
            if (programmeId == null) {
                actAs(users, "admin");
                long funder = organisations.active().get(0).id();
                programmeId = programmes.create(ProgrammeFixtures.programme(funder, clock, "100000000")).id();
                SecurityContextHolder.clearContext();
            }
            return programmeId;
        }
    }
}
