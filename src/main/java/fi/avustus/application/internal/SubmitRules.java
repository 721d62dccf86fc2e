package fi.avustus.application.internal;

import fi.avustus.application.ApplicationForm;
import fi.avustus.application.BudgetTotals;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * What a submission needs beyond the draft rules: every required field, at least one budget
 * line, the call's money rules and an open call. All reasons are collected, never just the first.
 */
public final class SubmitRules {

    /** The call's rules as they stand at the moment of submission. */
    public record CallContext(BigDecimal maxGrant, BigDecimal minSelfFinancingPercent, boolean open, Instant closesAt) {

        /** The same rules without the closing time: a completion answers a request made after the call closed. */
        public CallContext asOpen() {
            return new CallContext(maxGrant, minSelfFinancingPercent, true, closesAt);
        }
    }

    private static final DateTimeFormatter CLOSING = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private SubmitRules() {
    }

    public static Validator check(ApplicationForm form, CallContext call, Validator validator) {
        DraftRules.check(form, validator);
        validator.requiredText("projectName", form.getProjectName(), Validator.NAME_MAX)
                .requiredText("summary", form.getSummary(), Validator.TEXT_MAX)
                .requiredText("contactName", form.getContactName(), Validator.NAME_MAX)
                .requiredText("contactEmail", form.getContactEmail(), Validator.NAME_MAX)
                .required("selfFinancing", form.getSelfFinancing());
        validator.check(!form.getObjectives().isEmpty(), "objectives", "application.objectives.none");
        validator.check(!form.getActivities().isEmpty(), "activities", "application.activities.none");
        validator.check(!form.getBudgetLines().isEmpty(), "budgetLines", "application.budget.none");
        BudgetTotals totals = form.totals();
        if (!form.getBudgetLines().isEmpty()) {
            validator.check(call.maxGrant() == null || totals.requested().compareTo(call.maxGrant()) <= 0, "budgetLines",
                    "application.requested.overMax", totals.requested(), call.maxGrant());
            validator.check(totals.requested().signum() >= 0, "selfFinancing", "application.selfFinancing.overTotal");
            validator.check(form.getSelfFinancing() == null || totals.selfFinancingAtLeast(call.minSelfFinancingPercent()),
                    "selfFinancing", "application.selfFinancing.belowMinimum", call.minSelfFinancingPercent());
        }
        validator.check(totals.partnerSharesMatch(), "partners", "application.partners.sharesMismatch",
                totals.partnerShares(), totals.totalCost());
        validator.check(call.open(), "call", "application.call.closed", closingTime(call.closesAt()));
        return validator;
    }

    /** The closing time as Helsinki wall-clock time, the way the call announced it. */
    public static String closingTime(Instant closesAt) {
        return closesAt == null ? "–" : CLOSING.format(closesAt.atZone(Time.HELSINKI));
    }
}
