package fi.avustus.review.internal;

import fi.avustus.review.DecisionForm;
import fi.avustus.review.Instalment;
import fi.avustus.review.PaymentPlan;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What a decision proposal must satisfy before a decision maker sees it. Pure: the call's maximum
 * grant comes in as an argument, so each rule is unit-tested on its own.
 */
public final class DecisionRules {

    /** A letter is written in the applicant's language, which is one of the national languages. */
    public static final Set<String> LETTER_LANGUAGES = Set.of("fi", "sv");

    private DecisionRules() {
    }

    /** Field name of instalment {@code i} (0-based), as forms register it. */
    public static String instalmentField(int index) {
        return "instalments." + index;
    }

    /** @param maxGrant the call's maximum grant, or null when the call sets none */
    public static Validator propose(DecisionForm form, BigDecimal maxGrant, Validator validator) {
        validator.required("applicationId", form.getApplicationId())
                .required("callId", form.getCallId())
                .required("organisationId", form.getOrganisationId())
                .required("requestedAmount", form.getRequestedAmount())
                .money("requestedAmount", form.getRequestedAmount(), Money.ABSURD)
                .check(LETTER_LANGUAGES.contains(form.getLanguage()), "language", "decision.language.unknown")
                .required("positive", form.getPositive())
                .requiredText("justification", form.getJustification(), Validator.TEXT_MAX)
                .maxLength("acceptedCosts", form.getAcceptedCosts(), Validator.TEXT_MAX)
                .maxLength("conditions", form.getConditions(), Validator.TEXT_MAX)
                .maxLength("reportingDuties", form.getReportingDuties(), Validator.TEXT_MAX);
        if (Boolean.TRUE.equals(form.getPositive())) {
            grant(form, maxGrant, validator);
        } else if (Boolean.FALSE.equals(form.getPositive())) {
            BigDecimal granted = form.getGrantedAmount();
            validator.check(granted == null || granted.signum() == 0, "grantedAmount", "decision.negative.amount")
                    .check(form.getInstalments().isEmpty(), "instalments", "decision.negative.instalments");
        }
        return validator;
    }

    private static void grant(DecisionForm form, BigDecimal maxGrant, Validator validator) {
        BigDecimal granted = form.getGrantedAmount();
        validator.required("grantedAmount", granted)
                .money("grantedAmount", granted, Money.ABSURD)
                .requiredText("acceptedCosts", form.getAcceptedCosts(), Validator.TEXT_MAX)
                .requiredText("reportingDuties", form.getReportingDuties(), Validator.TEXT_MAX)
                .required("usageStart", form.getUsageStart())
                .required("usageEnd", form.getUsageEnd());
        if (granted != null && granted.signum() >= 0) {
            validator.check(granted.signum() > 0, "grantedAmount", "decision.granted.notPositive");
            BigDecimal requested = form.getRequestedAmount();
            if (requested != null) {
                validator.check(granted.compareTo(requested) <= 0, "grantedAmount", "decision.granted.overRequested",
                        Money.format(requested));
            }
            if (maxGrant != null) {
                validator.check(granted.compareTo(maxGrant) <= 0, "grantedAmount", "decision.granted.overMaxGrant",
                        Money.format(maxGrant));
            }
        }
        if (form.getUsageStart() != null && form.getUsageEnd() != null) {
            validator.check(!form.getUsageEnd().isBefore(form.getUsageStart()), "usageEnd", "decision.usageEnd.beforeStart");
        }
        paymentPlan(form.getInstalments(), granted, validator);
    }

    /** At least one instalment, each dated and positive, together exactly the granted sum. */
    static void paymentPlan(List<Instalment> instalments, BigDecimal granted, Validator validator) {
        if (instalments.isEmpty()) {
            validator.reject("instalments", "decision.instalments.none");
            return;
        }
        for (int i = 0; i < instalments.size(); i++) {
            Instalment instalment = instalments.get(i);
            BigDecimal amount = instalment.amount();
            boolean amountValid = amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2;
            validator.check(instalment.dueDate() != null && amountValid, instalmentField(i),
                    "decision.instalment.invalid", i + 1);
        }
        BigDecimal sum = PaymentPlan.sum(instalments);
        if (granted != null) {
            validator.check(sum.compareTo(granted) == 0, "instalments", "decision.instalments.sum",
                    Money.format(sum), Money.format(granted));
        }
    }
}
