package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeLine;
import fi.avustus.changerequest.ChangeRequestForm;
import fi.avustus.changerequest.ChangeRequestKind;
import fi.avustus.project.ProjectBudgetLine;
import fi.avustus.project.ProjectChangeRules;
import fi.avustus.project.ProjectSummary;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change request must hold, and which requests need no official: the project's own change
 * rules, a justification, and for a reallocation an actual change. Field names are the form's.
 */
public final class ChangeRules {

    public static final String JUSTIFICATION = "justification";
    public static final String KIND = "kind";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ChangeRules() {
    }

    /** Every rule a filed request breaks, for all its fields at once. */
    public static Validator filing(ProjectSummary project, ChangeRequestForm form, LocalDate today) {
        Validator validator = new Validator().requiredText(JUSTIFICATION, form.justification(), Validator.TEXT_MAX)
                .required(KIND, form.kind());
        if (form.kind() != null) {
            change(project, form.kind(), form.newUsageEnd(), form.amounts(), today, validator);
            if (form.kind() == ChangeRequestKind.CONTACT) {
                ProjectChangeRules.contact(form.contact(), validator);
            }
        }
        return validator;
    }

    /** An extension or a reallocation checked against the project as it is now. */
    public static Validator change(ProjectSummary project, ChangeRequestKind kind, LocalDate newUsageEnd,
                                   List<BigDecimal> amounts, LocalDate today, Validator validator) {
        if (kind == ChangeRequestKind.EXTENSION) {
            ProjectChangeRules.extension(project, newUsageEnd, today, validator);
        } else if (kind == ChangeRequestKind.REALLOCATION) {
            ProjectChangeRules.reallocation(project, budget(project, amounts), validator);
            if (!validator.hasViolations()) {
                validator.check(lines(project, amounts).stream().anyMatch(line -> line.requestedShift().signum() != 0),
                        ProjectChangeRules.BUDGET_LINES, "changerequest.reallocation.unchanged");
            }
        }
        return validator;
    }

    /** The project's budget with these amounts; a missing amount stays missing, for the rules to refuse. */
    public static List<ProjectBudgetLine> budget(ProjectSummary project, List<BigDecimal> amounts) {
        List<ProjectBudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < project.budgetLines().size(); i++) {
            lines.add(project.budgetLines().get(i).withAmount(i < amounts.size() ? amounts.get(i) : null));
        }
        return amounts.size() > lines.size() ? List.of() : lines;
    }

    /** The reallocation's lines: each accepted line with its amount now and the amount asked for. */
    public static List<ChangeLine> lines(ProjectSummary project, List<BigDecimal> amounts) {
        List<ChangeLine> lines = new ArrayList<>();
        for (int i = 0; i < project.budgetLines().size(); i++) {
            ProjectBudgetLine line = project.budgetLines().get(i);
            lines.add(new ChangeLine(line.category(), line.year(), line.description(), line.amount(), amounts.get(i), null));
        }
        return lines;
    }

    /**
     * Whether a reallocation needs no official: every line moves by at most the programme's
     * threshold, in per cent of that line's amount (so a line of zero cannot grow without one).
     */
    public static boolean withinThreshold(List<ChangeLine> lines, int thresholdPercent) {
        BigDecimal percent = BigDecimal.valueOf(thresholdPercent);
        return lines.stream().allMatch(line ->
                line.requestedShift().multiply(HUNDRED).compareTo(line.before().multiply(percent)) <= 0);
    }

    /** Whether an extension is asked for when fewer than this many days of the usage period are left. */
    public static boolean late(LocalDate usageEnd, LocalDate today, int days) {
        return ChronoUnit.DAYS.between(today, usageEnd) < days;
    }
}
