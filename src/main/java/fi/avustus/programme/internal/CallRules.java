package fi.avustus.programme.internal;

import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallForm;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The rules of a call: field-level rules every save passes (so a half-written draft can be kept),
 * and the rules that make a call fit to be shown to applicants. Pure: all outside facts come in a
 * {@link Context}, so each rule is unit-tested on its own.
 */
public final class CallRules {

    /** More reviewers than this per application is a typing error, not a practice. */
    static final int MAX_REVIEWERS = 10;

    public static final BigDecimal HUNDRED = new BigDecimal(100);
    public static final int FULL_WEIGHT = 100;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /**
     * What publishing depends on besides the call: the time now, the programme's budget and
     * period, and how much of the budget other published calls of the programme already hold.
     * {@code closingMustBeFuture} is false when an already published call is edited without
     * moving its closing time, so that a closed call's typo can still be fixed.
     */
    public record Context(Instant now, boolean closingMustBeFuture, BigDecimal programmeBudget,
                          BigDecimal committedByOtherCalls, LocalDate programmeStart, LocalDate programmeEnd) {

        public BigDecimal available() {
            return programmeBudget.subtract(committedByOtherCalls).max(BigDecimal.ZERO);
        }
    }


    private CallRules() {
    }

    /** Rules every save passes, drafts included: no impossible values, but gaps are allowed. */
    public static Validator draft(CallForm form, Validator validator) {
        validator.required("programmeId", form.getProgrammeId())
                .requiredText("titleFi", form.getTitleFi(), Validator.NAME_MAX)
                .maxLength("titleSv", form.getTitleSv(), Validator.NAME_MAX)
                .maxLength("titleEn", form.getTitleEn(), Validator.NAME_MAX)
                .money("budget", form.getBudget(), Money.ABSURD)
                .money("maxGrant", form.getMaxGrant(), Money.ABSURD);
        if (form.getOpenFrom() != null && form.getOpenUntil() != null) {
            validator.check(form.getOpenUntil().isAfter(form.getOpenFrom()), "openUntil", "call.openUntil.notAfterOpenFrom");
        }
        // A year the database's timestamps cannot hold would fail the save itself, not a rule.
        validator.check(form.getOpenFrom() == null || Validator.inYears(form.getOpenFrom().getYear()), "openFrom",
                        "programme.validation.range", Validator.FIRST_YEAR, Validator.LAST_YEAR)
                .check(form.getOpenUntil() == null || Validator.inYears(form.getOpenUntil().getYear()), "openUntil",
                        "programme.validation.range", Validator.FIRST_YEAR, Validator.LAST_YEAR);
        Integer reviewers = form.getReviewersPerApplication();
        validator.check(reviewers != null && reviewers >= 1 && reviewers <= MAX_REVIEWERS,
                "reviewersPerApplication", "call.reviewersPerApplication.range", MAX_REVIEWERS);
        BigDecimal percent = form.getMinSelfFinancingPercent();
        if (percent != null) {
            validator.check(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0
                    && percent.stripTrailingZeros().scale() <= 2, "minSelfFinancingPercent", "call.percent.range");
        }
        List<AssessmentCriterion> criteria = form.getCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            AssessmentCriterion criterion = criteria.get(i);
            int number = i + 1;
            validator.check(criterion.nameFi() != null && !criterion.nameFi().isBlank(), "criteria", "call.criteria.nameMissing", number);
            validator.check(fits(criterion.nameFi()) && fits(criterion.nameSv()) && fits(criterion.nameEn()),
                    "criteria", "call.criteria.nameTooLong", number, Validator.NAME_MAX);
            validator.storableRow("criteria", "call.criteria.characters", number, criterion.nameFi(), criterion.nameSv(),
                    criterion.nameEn());
            validator.check(criterion.weight() >= 0 && criterion.weight() <= FULL_WEIGHT, "criteria", "call.criteria.weightRange", number);
        }
        return validator;
    }

    private static boolean fits(String name) {
        return name == null || name.length() <= Validator.NAME_MAX;
    }

    /** The draft rules plus everything an applicant needs to see before a call can be published. */
    public static Validator publish(CallForm form, Context context, Validator validator) {
        draft(form, validator);
        // Applicants read calls in Finnish, Swedish or English; the Finnish title is a draft rule.
        validator.required("titleSv", form.getTitleSv())
                .required("titleEn", form.getTitleEn())
                .required("openFrom", form.getOpenFrom())
                .required("openUntil", form.getOpenUntil())
                .required("budget", form.getBudget())
                .required("maxGrant", form.getMaxGrant())
                .required("minSelfFinancingPercent", form.getMinSelfFinancingPercent())
                .check(!form.getEligibleTypes().isEmpty(), "eligibleTypes", "call.eligibleTypes.none");
        checkWindow(form, context, validator);
        checkAmounts(form, context, validator);
        checkCriteria(form.getCriteria(), validator);
        return validator;
    }

    private static void checkWindow(CallForm form, Context context, Validator validator) {
        LocalDateTime openFrom = form.getOpenFrom();
        LocalDateTime openUntil = form.getOpenUntil();
        if (openUntil != null && context.closingMustBeFuture()) {
            validator.check(CallForm.instant(openUntil).isAfter(context.now()), "openUntil", "call.openUntil.past");
        }
        String start = DATE.format(context.programmeStart());
        String end = DATE.format(context.programmeEnd());
        if (openFrom != null) {
            validator.check(!openFrom.toLocalDate().isBefore(context.programmeStart()), "openFrom",
                    "call.window.outsideProgramme", start, end);
        }
        if (openUntil != null) {
            // Closing at midnight after the programme's last day still closes within that day.
            validator.check(!openUntil.isAfter(context.programmeEnd().plusDays(1).atStartOfDay()), "openUntil",
                    "call.window.outsideProgramme", start, end);
        }
    }

    private static void checkAmounts(CallForm form, Context context, Validator validator) {
        BigDecimal budget = form.getBudget();
        if (budget != null && budget.signum() >= 0) {
            validator.check(budget.signum() > 0, "budget", "call.budget.notPositive");
            validator.check(budget.compareTo(context.available()) <= 0, "budget", "call.budget.exceedsProgramme",
                    context.available());
        }
        BigDecimal maxGrant = form.getMaxGrant();
        if (maxGrant != null && maxGrant.signum() >= 0) {
            validator.check(maxGrant.signum() > 0, "maxGrant", "call.maxGrant.notPositive");
            if (budget != null) {
                validator.check(maxGrant.compareTo(budget) <= 0, "maxGrant", "call.maxGrant.exceedsBudget");
            }
        }
    }

    private static void checkCriteria(List<AssessmentCriterion> criteria, Validator validator) {
        if (criteria.isEmpty()) {
            validator.reject("criteria", "call.criteria.none");
            return;
        }
        int sum = criteria.stream().mapToInt(AssessmentCriterion::weight).sum();
        validator.check(sum == FULL_WEIGHT, "criteria", "call.criteria.weightSum", sum);
    }
}
