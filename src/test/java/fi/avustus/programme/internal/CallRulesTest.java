package fi.avustus.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallForm;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each test breaks exactly one rule of a complete call, so removing any rule fails a test. */
class CallRulesTest {

    private static final Instant NOW = LocalDateTime.of(2025, 1, 15, 12, 0).atZone(fi.avustus.shared.Time.HELSINKI).toInstant();

    private final CallForm form = complete();
    private CallRules.Context context = new CallRules.Context(NOW, true, Money.euros("1000000"), Money.euros("400000"),
            LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31));

    static CallForm complete() {
        CallForm form = new CallForm();
        form.setProgrammeId(1L);
        form.setTitleFi("Haku 2025");
        form.setTitleSv("Ansökan 2025");
        form.setTitleEn("Call 2025");
        form.setOpenFrom(LocalDateTime.of(2025, 2, 1, 9, 0));
        form.setOpenUntil(LocalDateTime.of(2025, 3, 31, 16, 15));
        form.setBudget(Money.euros("600000"));
        form.setMaxGrant(Money.euros("100000"));
        form.setMinSelfFinancingPercent(new BigDecimal("20"));
        form.setEligibleTypes(Set.of(OrganisationType.MUNICIPALITY));
        form.setCriteria(List.of(new AssessmentCriterion("Vaikuttavuus", "Effekt", "Impact", 60),
                new AssessmentCriterion("Toteutettavuus", "Genomförbarhet", "Feasibility", 40)));
        return form;
    }

    private List<String> publishViolations() {
        return violations(() -> CallRules.publish(form, context, new Validator()));
    }

    private List<String> draftViolations() {
        return violations(() -> CallRules.draft(form, new Validator()));
    }

    private static List<String> violations(java.util.function.Supplier<Validator> rules) {
        try {
            rules.get().throwIfInvalid();
            return List.of();
        } catch (ValidationFailedException invalid) {
            return invalid.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        }
    }

    @Test
    void aCompleteCallPublishes() {
        assertThat(publishViolations()).isEmpty();
    }

    @Test
    void anEmptyDraftNeedsOnlyProgrammeAndFinnishTitle() {
        CallForm empty = new CallForm();
        assertThat(violations(() -> CallRules.draft(empty, new Validator())))
                .containsExactlyInAnyOrder("programmeId:validation.required", "titleFi:validation.required");
    }

    @Test
    void publishingAnEmptyCallListsEveryReason() {
        CallForm empty = new CallForm();
        empty.setProgrammeId(1L);
        assertThat(violations(() -> CallRules.publish(empty, context, new Validator()))).containsExactlyInAnyOrder(
                "titleFi:validation.required", "titleSv:validation.required", "titleEn:validation.required",
                "openFrom:validation.required", "openUntil:validation.required", "budget:validation.required",
                "maxGrant:validation.required", "minSelfFinancingPercent:validation.required",
                "eligibleTypes:call.eligibleTypes.none", "criteria:call.criteria.none");
    }

    @Test
    void titlesInAllLanguagesAreNeeded() {
        form.setTitleFi(" ");
        form.setTitleSv("");
        form.setTitleEn(null);
        assertThat(publishViolations()).containsExactlyInAnyOrder(
                "titleFi:validation.required", "titleSv:validation.required", "titleEn:validation.required");
    }

    @Test
    void tooLongTitlesAreRefusedEvenInDrafts() {
        form.setTitleSv("x".repeat(Validator.NAME_MAX + 1));
        assertThat(draftViolations()).containsExactly("titleSv:validation.tooLong");
    }

    /** The database refuses a NUL character in text: the rule must refuse it first, not the save. */
    @Test
    void criterionNamesTheDatabaseCannotStoreAreRefusedEvenInDrafts() {
        form.setCriteria(List.of(new AssessmentCriterion("Vaikut\0tavuus", "Effekt", "Impact", 60),
                new AssessmentCriterion("Toteutettavuus", "Genomförbarhet", "Feasib\uD800lity", 40)));
        assertThat(draftViolations()).containsExactly("criteria:call.criteria.characters", "criteria:call.criteria.characters");
    }

    @Test
    void closingBeforeOpeningIsRefusedEvenInDrafts() {
        form.setOpenUntil(form.getOpenFrom().minusMinutes(1));
        assertThat(draftViolations()).containsExactly("openUntil:call.openUntil.notAfterOpenFrom");
        form.setOpenUntil(form.getOpenFrom());
        assertThat(draftViolations()).containsExactly("openUntil:call.openUntil.notAfterOpenFrom");
    }

    @Test
    void closingMustBeInTheFuture() {
        form.setOpenFrom(LocalDateTime.of(2025, 1, 2, 9, 0));
        form.setOpenUntil(LocalDateTime.of(2025, 1, 15, 12, 0));
        assertThat(publishViolations()).containsExactly("openUntil:call.openUntil.past");
    }

    @Test
    void aPublishedCallClosedInThePastCanBeEditedWhenItsClosingDoesNotMove() {
        form.setOpenFrom(LocalDateTime.of(2025, 1, 2, 9, 0));
        form.setOpenUntil(LocalDateTime.of(2025, 1, 10, 12, 0));
        context = new CallRules.Context(NOW, false, context.programmeBudget(), context.committedByOtherCalls(),
                context.programmeStart(), context.programmeEnd());
        assertThat(publishViolations()).isEmpty();
    }

    @Test
    void budgetMustBePositive() {
        form.setBudget(BigDecimal.ZERO);
        form.setMaxGrant(null);
        assertThat(publishViolations()).contains("budget:call.budget.notPositive");
    }

    @Test
    void budgetMayUseOnlyWhatOtherPublishedCallsLeft() {
        form.setBudget(Money.euros("600000.01"));
        assertThat(publishViolations()).containsExactly("budget:call.budget.exceedsProgramme");
        form.setBudget(Money.euros("600000.00"));
        assertThat(publishViolations()).isEmpty();
    }

    @Test
    void negativeAbsurdAndFractionalCentAmountsAreRefusedEvenInDrafts() {
        form.setBudget(new BigDecimal("-1"));
        form.setMaxGrant(Money.ABSURD.add(BigDecimal.ONE));
        assertThat(draftViolations()).containsExactlyInAnyOrder("budget:validation.negative", "maxGrant:validation.tooLarge");
        form.setBudget(new BigDecimal("10.005"));
        form.setMaxGrant(null);
        assertThat(draftViolations()).containsExactly("budget:validation.cents");
    }

    @Test
    void maxGrantMustBePositive() {
        form.setMaxGrant(BigDecimal.ZERO);
        assertThat(publishViolations()).containsExactly("maxGrant:call.maxGrant.notPositive");
    }

    @Test
    void maxGrantMayNotExceedTheBudget() {
        form.setMaxGrant(form.getBudget().add(new BigDecimal("0.01")));
        assertThat(publishViolations()).containsExactly("maxGrant:call.maxGrant.exceedsBudget");
    }

    @Test
    void selfFinancingIsAPercentage() {
        form.setMinSelfFinancingPercent(new BigDecimal("100.01"));
        assertThat(draftViolations()).containsExactly("minSelfFinancingPercent:call.percent.range");
        form.setMinSelfFinancingPercent(new BigDecimal("-0.5"));
        assertThat(draftViolations()).containsExactly("minSelfFinancingPercent:call.percent.range");
        form.setMinSelfFinancingPercent(new BigDecimal("100"));
        assertThat(publishViolations()).isEmpty();
        form.setMinSelfFinancingPercent(BigDecimal.ZERO);
        assertThat(publishViolations()).isEmpty();
    }

    @Test
    void someOrganisationTypeMustBeEligible() {
        form.setEligibleTypes(Set.of());
        assertThat(publishViolations()).containsExactly("eligibleTypes:call.eligibleTypes.none");
    }

    @Test
    void someCriterionIsNeeded() {
        form.setCriteria(List.of());
        assertThat(publishViolations()).containsExactly("criteria:call.criteria.none");
    }

    @Test
    void weightsMustAddUpToExactlyHundred() {
        form.setCriteria(List.of(new AssessmentCriterion("A", "A", "A", 60), new AssessmentCriterion("B", "B", "B", 39)));
        assertThat(publishViolations()).containsExactly("criteria:call.criteria.weightSum");
    }

    @Test
    void criteriaNeedAFinnishNameAndSaneWeightsEvenInDrafts() {
        form.setCriteria(List.of(new AssessmentCriterion(" ", null, null, 50),
                new AssessmentCriterion("B", "x".repeat(Validator.NAME_MAX + 1), null, 50),
                new AssessmentCriterion("C", null, null, -1)));
        assertThat(draftViolations()).containsExactly("criteria:call.criteria.nameMissing",
                "criteria:call.criteria.nameTooLong", "criteria:call.criteria.weightRange");
    }

    @Test
    void theCallWindowLiesInsideTheProgrammePeriod() {
        form.setOpenFrom(LocalDateTime.of(2024, 12, 31, 23, 59));
        form.setOpenUntil(LocalDateTime.of(2027, 1, 1, 0, 1));
        assertThat(publishViolations()).containsExactlyInAnyOrder(
                "openFrom:call.window.outsideProgramme", "openUntil:call.window.outsideProgramme");
    }

    @Test
    void closingAtMidnightAfterTheProgrammesLastDayIsInside() {
        form.setOpenFrom(LocalDateTime.of(2025, 1, 1, 0, 0));
        form.setOpenUntil(LocalDateTime.of(2027, 1, 1, 0, 0));
        assertThat(publishViolations()).isEmpty();
    }
}
