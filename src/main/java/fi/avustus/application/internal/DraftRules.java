package fi.avustus.application.internal;

import fi.avustus.application.Activity;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.Partner;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Field rules every saved draft keeps: lengths, no negative, absurd or sub-cent amounts, sane
 * rows. Completeness is not asked here: a draft may be half-written; {@link SubmitRules} asks it.
 * A rule about a row of a list names the row (1-based) and reports on the list's field.
 */
public final class DraftRules {

    public static final int OBJECTIVE_MAX = 1000;
    public static final int PHONE_MAX = 40;
    public static final int ROWS_MAX = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,}");
    private static final String ROW_CHARACTERS = "application.row.characters";

    private DraftRules() {
    }

    public static Validator check(ApplicationForm form, Validator validator) {
        validator.maxLength("projectName", form.getProjectName(), Validator.NAME_MAX)
                .maxLength("summary", form.getSummary(), Validator.TEXT_MAX)
                .maxLength("contactName", form.getContactName(), Validator.NAME_MAX)
                .maxLength("contactEmail", form.getContactEmail(), Validator.NAME_MAX)
                .maxLength("contactPhone", form.getContactPhone(), PHONE_MAX)
                .money("selfFinancing", form.getSelfFinancing(), Money.ABSURD);
        String email = strip(form.getContactEmail());
        validator.check(email.isEmpty() || EMAIL.matcher(email).matches(), "contactEmail", "application.email.invalid");
        String phone = strip(form.getContactPhone());
        validator.check(phone.isEmpty() || PHONE.matcher(phone).matches(), "contactPhone", "application.phone.invalid");
        partners(form.getPartners(), validator);
        objectives(form.getObjectives(), validator);
        activities(form.getActivities(), validator);
        budgetLines(form.getBudgetLines(), validator);
        return validator;
    }

    private static void partners(List<Partner> partners, Validator validator) {
        rowCount("partners", partners, validator);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < partners.size(); i++) {
            Partner partner = partners.get(i);
            validator.check(partner.organisationId() != null, "partners", "application.row.organisationMissing", i + 1);
            validator.check(partner.organisationId() == null || seen.add(partner.organisationId()),
                    "partners", "application.row.duplicatePartner", i + 1);
            amount("partners", i, partner.budgetShare(), validator);
        }
    }

    private static void objectives(List<String> objectives, Validator validator) {
        rowCount("objectives", objectives, validator);
        for (int i = 0; i < objectives.size(); i++) {
            String objective = objectives.get(i);
            validator.check(objective != null && !objective.isBlank(), "objectives", "application.row.empty", i + 1);
            validator.check(objective == null || objective.length() <= OBJECTIVE_MAX,
                    "objectives", "application.row.tooLong", i + 1, OBJECTIVE_MAX);
            validator.storableRow("objectives", ROW_CHARACTERS, i + 1, objective);
        }
    }

    private static void activities(List<Activity> activities, Validator validator) {
        rowCount("activities", activities, validator);
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            validator.check(activity.title() != null && !activity.title().isBlank(), "activities", "application.row.empty", i + 1);
            validator.check(length(activity.title()) <= Validator.NAME_MAX && length(activity.description()) <= Validator.TEXT_MAX,
                    "activities", "application.row.tooLong", i + 1, Validator.NAME_MAX);
            validator.storableRow("activities", ROW_CHARACTERS, i + 1, activity.title(), activity.description());
            validator.check(activity.startMonth() == null || activity.endMonth() == null
                    || !activity.endMonth().isBefore(activity.startMonth()), "activities", "application.row.endBeforeStart", i + 1);
            validator.check(Stream.of(activity.startMonth(), activity.endMonth())
                            .allMatch(month -> month == null || Validator.inYears(month.getYear())),
                    "activities", "application.row.year", i + 1, Validator.FIRST_YEAR, Validator.LAST_YEAR);
        }
    }

    private static void budgetLines(List<BudgetLine> lines, Validator validator) {
        rowCount("budgetLines", lines, validator);
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            validator.check(line.category() != null && line.amount() != null, "budgetLines", "application.row.incomplete", i + 1);
            validator.check(Validator.inYears(line.year()), "budgetLines", "application.row.year", i + 1, Validator.FIRST_YEAR, Validator.LAST_YEAR);
            validator.check(length(line.description()) <= OBJECTIVE_MAX,
                    "budgetLines", "application.row.tooLong", i + 1, OBJECTIVE_MAX);
            validator.storableRow("budgetLines", ROW_CHARACTERS, i + 1, line.description());
            amount("budgetLines", i, line.amount(), validator);
        }
    }

    /** A row's amount: the same money rules as a single field, reported with the row number. */
    private static void amount(String field, int index, java.math.BigDecimal amount, Validator validator) {
        Validator single = new Validator().money(field, amount, Money.ABSURD);
        validator.check(!single.hasViolations(), field, "application.row.amount", index + 1);
    }

    private static void rowCount(String field, List<?> rows, Validator validator) {
        validator.check(rows.size() <= ROWS_MAX, field, "application.rows.tooMany", ROWS_MAX);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
