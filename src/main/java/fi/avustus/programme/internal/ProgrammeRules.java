package fi.avustus.programme.internal;

import fi.avustus.programme.ProgrammeForm;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rules a programme must satisfy to be saved; pure, so each rule is unit-tested on its own. */
public final class ProgrammeRules {

    public static final int MAX_INTERIM_REPORTS_PER_YEAR = 12;
    public static final int MAX_DAYS = 365;
    private static final BigDecimal MAX_REFERENCE_RATE = new BigDecimal("20");

    private ProgrammeRules() {
    }

    public static Validator check(ProgrammeForm form, Validator validator) {
        validator.required("funderId", form.getFunderId())
                // Programme names appear in calls, decisions and letters in all three languages.
                .requiredText("nameFi", form.getNameFi(), Validator.NAME_MAX)
                .requiredText("nameSv", form.getNameSv(), Validator.NAME_MAX)
                .requiredText("nameEn", form.getNameEn(), Validator.NAME_MAX)
                .maxLength("descriptionFi", form.getDescriptionFi(), Validator.TEXT_MAX)
                .maxLength("descriptionSv", form.getDescriptionSv(), Validator.TEXT_MAX)
                .maxLength("descriptionEn", form.getDescriptionEn(), Validator.TEXT_MAX)
                .required("totalBudget", form.getTotalBudget())
                .money("totalBudget", form.getTotalBudget(), Money.ABSURD)
                .required("periodStart", form.getPeriodStart())
                .required("periodEnd", form.getPeriodEnd());
        if (form.getPeriodStart() != null && form.getPeriodEnd() != null) {
            validator.check(!form.getPeriodEnd().isBefore(form.getPeriodStart()), "periodEnd", "programme.periodEnd.beforeStart");
        }
        for (String theme : form.getThemes()) {
            validator.check(theme.length() <= Validator.NAME_MAX, "themes", "programme.themes.tooLong", Validator.NAME_MAX);
        }
        range(validator, "interimReportsPerYear", form.getInterimReportsPerYear(), 1, MAX_INTERIM_REPORTS_PER_YEAR);
        range(validator, "escalationDaysAfter", form.getEscalationDaysAfter(), 0, MAX_DAYS);
        range(validator, "changeThresholdPercent", form.getChangeThresholdPercent(), 0, 100);
        validator.required("recoveryThreshold", form.getRecoveryThreshold())
                .money("recoveryThreshold", form.getRecoveryThreshold(), Money.ABSURD)
                .required("referenceRatePercent", form.getReferenceRatePercent());
        if (form.getReferenceRatePercent() != null) {
            validator.check(form.getReferenceRatePercent().signum() >= 0
                            && form.getReferenceRatePercent().compareTo(MAX_REFERENCE_RATE) <= 0
                            && form.getReferenceRatePercent().stripTrailingZeros().scale() <= 2,
                    "referenceRatePercent", "programme.referenceRate.invalid", MAX_REFERENCE_RATE);
        }
        if (form.getReminderDaysBefore() == null || form.getReminderDaysBefore().isBlank()) {
            validator.reject("reminderDaysBefore", "validation.required");
        } else if (reminderDays(form.getReminderDaysBefore()).isEmpty()) {
            validator.reject("reminderDaysBefore", "programme.reminderDays.invalid", MAX_DAYS);
        }
        return validator;
    }

    private static void range(Validator validator, String field, Integer value, int min, int max) {
        validator.required(field, value);
        if (value != null) {
            validator.check(value >= min && value <= max, field, "programme.validation.range", min, max);
        }
    }

    /**
     * Reminder days like "30,7": positive whole days, largest first, no repeats (two reminders
     * on the same day would only be noise). Empty when the text breaks any of that.
     */
    public static Optional<List<Integer>> reminderDays(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String digits = part.strip();
            if (!digits.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            int day = Integer.parseInt(digits);
            if (day < 1 || day > MAX_DAYS || (!days.isEmpty() && day >= days.get(days.size() - 1))) {
                return Optional.empty();
            }
            days.add(day);
        }
        return Optional.of(days);
    }

    /** The stored form of valid reminder days: "30,7". */
    public static String normaliseReminderDays(String text) {
        return reminderDays(text).map(days -> String.join(",", days.stream().map(String::valueOf).toList()))
                .orElseThrow();
    }
}
