package fi.avustus.review.internal;

import fi.avustus.review.AcceptedCostLine;
import fi.avustus.review.CostTotals;
import fi.avustus.review.DecisionForm;
import fi.avustus.review.Instalment;
import fi.avustus.review.PaymentPlan;
import fi.avustus.shared.Money;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a decision proposal must satisfy before a decision maker sees it. Pure: the call's maximum
 * grant comes in as an argument, so each rule is unit-tested on its own.
 */
public final class DecisionRules {

    /** A letter is written in the applicant's language, which is one of the national languages. */
    public static final Set<String> LETTER_LANGUAGES = Set.of("fi", "sv");
    /** Longest category code the application module hands in (its enum constants' names). */
    static final int CATEGORY_MAX = 50;

    private DecisionRules() {
    }

    /** Field name of instalment {@code i} (0-based), as forms register it. */
    public static String instalmentField(int index) {
        return "instalments." + index;
    }

    /** Field name of cost line {@code i} (0-based): its accepted amount, as forms register it. */
    public static String costLineField(int index) {
        return "costLines." + index;
    }

    /** Dates in messages, the letter and the read-only view: Finnish and Swedish write them alike. */
    public static String formatDate(LocalDate date) {
        return Time.formatDate(date);
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
            BigDecimal accepted = CostTotals.of(form.getCostLines()).accepted();
            validator.check(granted.compareTo(accepted) <= 0, "grantedAmount", "decision.granted.overAccepted",
                    Money.format(accepted));
        }
        if (form.getUsageStart() != null && form.getUsageEnd() != null) {
            validator.check(!form.getUsageEnd().isBefore(form.getUsageStart()), "usageEnd", "decision.usageEnd.beforeStart");
        }
        costLines(form.getCostLines(), validator);
        schedule(form, validator);
        paymentPlan(form.getInstalments(), granted, validator);
    }

    /**
     * The application's lines, each accepted in full or cut: never below zero nor above what was
     * applied for. The applied side comes from the application; a broken line there is refused too.
     */
    static void costLines(List<AcceptedCostLine> lines, Validator validator) {
        validator.check(!lines.isEmpty(), "costLines", "decision.costLines.none");
        for (int i = 0; i < lines.size(); i++) {
            AcceptedCostLine line = lines.get(i);
            String field = costLineField(i);
            BigDecimal applied = line.applied();
            boolean appliedValid = applied != null && applied.signum() >= 0 && applied.compareTo(Money.ABSURD) <= 0
                    && applied.stripTrailingZeros().scale() <= 2;
            validator.check(appliedValid && line.category() != null && !line.category().isBlank()
                    && line.category().length() <= CATEGORY_MAX, field, "decision.costLine.invalid", i + 1);
            BigDecimal accepted = line.accepted();
            if (accepted == null) {
                validator.reject(field, "decision.costLine.accepted.missing");
            } else if (accepted.signum() < 0) {
                validator.reject(field, "decision.costLine.accepted.negative");
            } else if (accepted.stripTrailingZeros().scale() > 2) {
                validator.reject(field, "validation.cents");
            } else if (appliedValid && accepted.compareTo(applied) > 0) {
                validator.reject(field, "decision.costLine.accepted.overApplied", Money.format(applied));
            }
            validator.maxLength(field, line.description(), AcceptedCostLine.TEXT_MAX)
                    .maxLength(field, line.note(), AcceptedCostLine.TEXT_MAX);
        }
    }

    /**
     * The final report is due on or after the end of the usage period; interim reports fall within
     * the period (either end included), earliest first, no date twice.
     */
    static void schedule(DecisionForm form, Validator validator) {
        LocalDate start = form.getUsageStart();
        LocalDate end = form.getUsageEnd();
        LocalDate finalReport = form.getFinalReportDue();
        validator.required("finalReportDue", finalReport);
        if (finalReport != null && end != null) {
            validator.check(!finalReport.isBefore(end), "finalReportDue", "decision.finalReportDue.beforeUsageEnd",
                    formatDate(end));
        }
        // An interim report's place in a period that ends before it starts is not worth a second message.
        boolean period = start != null && end != null && !end.isBefore(start);
        LocalDate previous = null;
        for (LocalDate interim : form.getInterimReports()) {
            if (interim == null) {
                validator.reject("interimReports", "decision.interimReport.missing");
                continue;
            }
            if (period) {
                validator.check(!interim.isBefore(start) && !interim.isAfter(end), "interimReports",
                        "decision.interimReport.outsideUsage", formatDate(interim), formatDate(start), formatDate(end));
            }
            if (previous != null && !interim.isAfter(previous)) {
                validator.reject("interimReports", interim.equals(previous) ? "decision.interimReport.duplicate"
                        : "decision.interimReports.order", formatDate(interim));
            }
            previous = interim;
        }
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
