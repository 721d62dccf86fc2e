package fi.avustus.report.internal;

import fi.avustus.report.ReportContent;
import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.ReportContent.IndicatorValue;
import fi.avustus.report.ReportContent.ObjectiveProgress;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a report must say. A draft may be incomplete but never wrong (no negative sums, no text
 * over its length); a submitted report is complete, covers a period inside the usage period and
 * keeps every budget line's costs, with the earlier reports', within the accepted amount.
 */
public final class ReportRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private ReportRules() {
    }

    public static Validator forDraft(ReportContent content) {
        Validator validator = new Validator().maxLength("summary", content.summary(), Validator.TEXT_MAX)
                .date("periodStart", content.periodStart())
                .date("periodEnd", content.periodEnd());
        for (int i = 0; i < content.objectives().size(); i++) {
            ObjectiveProgress objective = content.objectives().get(i);
            // The objective and the cost lines' texts are the plan's, sent back with the report: stored as they come.
            validator.maxLength("objectives." + i, objective.progress(), Validator.TEXT_MAX)
                    .storableTexts("objectives." + i, objective.objective());
        }
        for (int i = 0; i < content.indicators().size(); i++) {
            IndicatorValue indicator = content.indicators().get(i);
            validator.maxLength("indicators." + i + ".name", indicator.name(), Validator.NAME_MAX)
                    .maxLength("indicators." + i + ".unit", indicator.unit(), Validator.NAME_MAX)
                    .money("indicators." + i + ".target", indicator.target(), Money.ABSURD)
                    .money("indicators." + i + ".actual", indicator.actual(), Money.ABSURD);
        }
        for (int i = 0; i < content.costs().size(); i++) {
            CostLine line = content.costs().get(i);
            validator.money("costs." + i, line.spent(), Money.ABSURD)
                    .storableTexts("costs." + i, line.category(), line.description());
        }
        return validator;
    }

    /**
     * @param spentBefore each budget line's costs in the project's earlier reports
     */
    public static Validator forSubmit(ReportContent content, LocalDate usageStart, LocalDate usageEnd,
                               List<BigDecimal> spentBefore) {
        Validator validator = forDraft(content)
                .required("periodStart", content.periodStart())
                .required("periodEnd", content.periodEnd())
                .requiredText("summary", content.summary(), Validator.TEXT_MAX);
        if (content.periodStart() != null && content.periodEnd() != null) {
            validator.check(!content.periodEnd().isBefore(content.periodStart()), "periodEnd", "report.period.endBeforeStart");
            validator.check(!content.periodStart().isBefore(usageStart) && !content.periodEnd().isAfter(usageEnd),
                    "periodStart", "report.period.outsideUsage", DATE.format(usageStart), DATE.format(usageEnd));
        }
        for (int i = 0; i < content.objectives().size(); i++) {
            ObjectiveProgress objective = content.objectives().get(i);
            validator.requiredText("objectives." + i, objective.progress(), Validator.TEXT_MAX);
        }
        for (int i = 0; i < content.indicators().size(); i++) {
            IndicatorValue indicator = content.indicators().get(i);
            validator.requiredText("indicators." + i + ".name", indicator.name(), Validator.NAME_MAX)
                    .required("indicators." + i + ".actual", indicator.actual());
        }
        for (int i = 0; i < content.costs().size(); i++) {
            CostLine line = content.costs().get(i);
            validator.required("costs." + i, line.spent());
            BigDecimal before = i < spentBefore.size() ? spentBefore.get(i) : BigDecimal.ZERO;
            if (line.spent() != null && line.accepted() != null) {
                BigDecimal cumulative = before.add(line.spent());
                validator.check(cumulative.compareTo(line.accepted()) <= 0, "costs." + i, "report.cost.overBudget",
                        Money.format(cumulative), Money.format(line.accepted()));
            }
        }
        return validator;
    }
}
