package fi.avustus.application;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationContext;
import fi.avustus.IntegrationTest;
import fi.avustus.application.internal.DraftRules;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.Calls;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.FormFuzz;
import fi.avustus.shared.HostileInput;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
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
 * The application editor's fields and rows (budget lines, partners, objectives, activities) saved
 * through the facade the editor calls, with hostile values: each save either keeps exactly what
 * was typed (as the editor strips it) and passes the draft rules when read back, or is refused
 * with messages that exist in all three languages and leaves the stored draft as it was. Nothing
 * else may escape.
 */
@IntegrationTest
class ApplicationFormFuzzTest {

    private static Long draftId;

    @Autowired
    UserDetailsService users;
    @Autowired
    Applications applications;
    @Autowired
    Programmes programmes;
    @Autowired
    Calls calls;
    @Autowired
    Organisations organisations;
    @Autowired
    Clock clock;

    @Property(tries = 150)
    void aDraftIsSavedAsTypedOrRefusedWithTranslatedMessagesAndNeverHalfSaved(
            @ForAll("changes") List<FormFuzz.Change<ApplicationForm>> changes) {
        long id = draft();
        actAs(users, "hakija");
        try {
            ApplicationForm before = applications.find(id).orElseThrow().content();
            ApplicationForm form = ApplicationFixtures.completeForm(before.getVersion());
            changes.forEach(change -> change.apply().accept(form));
            try {
                applications.saveDraft(id, form);
            } catch (DomainException refused) {
                FormFuzz.assertTranslated(refused);
                assertThat(comparable(applications.find(id).orElseThrow().content())).as("unchanged after %s", changes)
                        .isEqualTo(comparable(before));
                return;
            }
            ApplicationForm saved = applications.find(id).orElseThrow().content();
            assertThat(comparable(saved)).as("stored as typed: %s", changes).isEqualTo(comparable(stripped(form)));
            assertThat(DraftRules.check(saved, new Validator()).hasViolations()).as("valid when read back").isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Provide
    Arbitrary<List<FormFuzz.Change<ApplicationForm>>> changes() {
        Arbitrary<FormFuzz.Change<ApplicationForm>> change = Arbitraries.oneOf(
                text("projectName", ApplicationForm::setProjectName), text("summary", ApplicationForm::setSummary),
                text("contactName", ApplicationForm::setContactName), text("contactEmail", ApplicationForm::setContactEmail),
                text("contactPhone", ApplicationForm::setContactPhone),
                HostileInput.amount().map(amount -> FormFuzz.change("selfFinancing", amount,
                        (ApplicationForm form) -> form.setSelfFinancing(amount))),
                HostileInput.text().list().ofMaxSize(3).map(objectives -> FormFuzz.change("objectives", objectives,
                        (ApplicationForm form) -> form.setObjectives(objectives))),
                Arbitraries.just(FormFuzz.change("objectives", "201 rows",
                        (ApplicationForm form) -> form.setObjectives(java.util.Collections.nCopies(DraftRules.ROWS_MAX + 1, "x")))),
                activity().list().ofMaxSize(2).map(activities -> FormFuzz.change("activities", activities,
                        (ApplicationForm form) -> form.setActivities(activities))),
                budgetLine().list().ofMaxSize(3).map(lines -> FormFuzz.change("budgetLines", lines,
                        (ApplicationForm form) -> form.setBudgetLines(lines))),
                partner().list().ofMaxSize(2).map(partners -> FormFuzz.change("partners", partners,
                        (ApplicationForm form) -> form.setPartners(partners))));
        return change.list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<FormFuzz.Change<ApplicationForm>> text(String field, java.util.function.BiConsumer<ApplicationForm, String> setter) {
        return HostileInput.text().map(value -> FormFuzz.change(field, value, (ApplicationForm form) -> setter.accept(form, value)));
    }

    private static Arbitrary<Activity> activity() {
        return Combinators.combine(HostileInput.text(), HostileInput.text(), HostileInput.date(), HostileInput.date())
                .as(Activity::new);
    }

    private static Arbitrary<BudgetLine> budgetLine() {
        return Combinators.combine(Arbitraries.of(BudgetCategory.class).injectNull(0.1), HostileInput.integer(),
                HostileInput.text(), HostileInput.amount()).as(BudgetLine::new);
    }

    private Arbitrary<Partner> partner() {
        return Combinators.combine(Arbitraries.oneOf(Arbitraries.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE),
                        Arbitraries.longs().between(1, 200)).injectNull(0.1), HostileInput.amount()).as(Partner::new);
    }

    /** The draft every try saves into, made once: a call open now and an application of the demo applicant to it. */
    private long draft() {
        // jqwik makes an instance for each property: each needs its fields, the case is made once.
        if (applications == null) {
            IntegrationContext.inject(this);
        }
        synchronized (ApplicationFormFuzzTest.class) {
            if (draftId == null) {
                long callId = ApplicationFixtures.openCall(users, programmes, calls, organisations, clock).id();
                actAs(users, "hakija");
                draftId = applications.startDraft(callId, applications.eligibleOrganisations(callId).get(0).id());
                SecurityContextHolder.clearContext();
            }
            return draftId;
        }
    }

    /** What the editor hands over becomes this when stored: texts stripped, blank ones empty, money in cents. */
    private static ApplicationForm stripped(ApplicationForm form) {
        ApplicationForm stored = new ApplicationForm();
        stored.setProjectName(form.getProjectName() == null ? "" : form.getProjectName().strip());
        stored.setSummary(form.getSummary() == null ? "" : form.getSummary().strip());
        stored.setContactName(form.getContactName() == null ? "" : form.getContactName().strip());
        stored.setContactEmail(form.getContactEmail() == null ? "" : form.getContactEmail().strip());
        stored.setContactPhone(form.getContactPhone() == null ? "" : form.getContactPhone().strip());
        stored.setSelfFinancing(form.getSelfFinancing());
        stored.setPartners(form.getPartners());
        stored.setObjectives(form.getObjectives().stream().map(String::strip).toList());
        stored.setActivities(form.getActivities().stream().map(activity -> new Activity(blankToNull(activity.title()),
                blankToNull(activity.description()), activity.startMonth(), activity.endMonth())).toList());
        stored.setBudgetLines(form.getBudgetLines().stream().map(line -> new BudgetLine(line.category(), line.year(),
                blankToNull(line.description()), line.amount())).toList());
        return stored;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The content as values that compare amounts by number, not by scale. */
    private static List<Object> comparable(ApplicationForm form) {
        return List.of(form.getProjectName(), form.getSummary(), form.getContactName(), form.getContactEmail(),
                form.getContactPhone(), Objects.toString(number(form.getSelfFinancing())),
                form.getPartners().stream().map(partner -> partner.organisationId() + " " + number(partner.budgetShare())).toList(),
                form.getObjectives(),
                form.getActivities().stream().map(activity -> List.of(Objects.toString(activity.title()),
                        Objects.toString(activity.description()), Objects.toString(activity.startMonth()),
                        Objects.toString(activity.endMonth()))).toList(),
                form.getBudgetLines().stream().map(line -> List.of(Objects.toString(line.category()), line.year(),
                        Objects.toString(line.description()), Objects.toString(number(line.amount())))).toList());
    }

    private static BigDecimal number(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }
}
