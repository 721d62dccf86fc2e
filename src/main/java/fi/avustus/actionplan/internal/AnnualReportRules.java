package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.Indicator;
import fi.avustus.actionplan.IndicatorResult;
import fi.avustus.actionplan.LineReport;
import fi.avustus.actionplan.OutcomeLine;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The rules of an annual report against the approved plans it was written on. It reports on
 * exactly the plan's action lines and indicators, keeps every line of the financial plan with the
 * planned amount as approved, and may add a financial line the plan did not have only with a
 * reason. Submitted, every line says what was done and every indicator and amount has its actual value.
 */
final class AnnualReportRules {

    private AnnualReportRules() {
    }

    /** A new report: one entry per action line and indicator, and the financial plan's lines, all without actuals. */
    static AnnualReportContent prefill(long actionPlanVersionId, ActionPlanContent plan, long financialPlanVersionId,
                                       FinancialPlanContent finance) {
        List<LineReport> lines = plan.lines().stream().map(line -> new LineReport(line.number(), line.title(), null,
                line.indicators().stream().map(indicator -> new IndicatorResult(indicator.name(), indicator.unit(),
                        indicator.target(), null)).toList())).toList();
        List<OutcomeLine> outcome = planLines(finance).map(line -> new OutcomeLine(line.category(), line.description(),
                line.amount(), null, null)).toList();
        return new AnnualReportContent(actionPlanVersionId, financialPlanVersionId, lines, outcome);
    }

    /** What was written in an earlier report, carried onto a new pre-filled one wherever the plans still match. */
    static AnnualReportContent carryOver(AnnualReportContent written, AnnualReportContent onto) {
        List<LineReport> lines = onto.lines().stream().map(line -> written.lines().stream()
                .filter(old -> old.number() == line.number() && Objects.equals(old.title(), line.title())).findFirst()
                .map(old -> new LineReport(line.number(), line.title(), old.done(), line.indicators().stream()
                        .map(indicator -> old.indicators().stream().filter(was -> Objects.equals(was.name(), indicator.name())
                                        && Objects.equals(was.unit(), indicator.unit())).findFirst()
                                .map(was -> new IndicatorResult(indicator.name(), indicator.unit(), indicator.target(), was.actual()))
                                .orElse(indicator)).toList()))
                .orElse(line)).toList();
        List<OutcomeLine> outcome = new ArrayList<>(onto.financialOutcome().stream().map(line -> written.financialOutcome()
                .stream().filter(old -> !old.added() && old.category() == line.category()
                        && Objects.equals(old.description(), line.description())).findFirst()
                .map(old -> new OutcomeLine(line.category(), line.description(), line.planned(), old.actual(), null))
                .orElse(line)).toList());
        written.financialOutcome().stream().filter(OutcomeLine::added).forEach(outcome::add);
        return new AnnualReportContent(onto.actionPlanVersionId(), onto.financialPlanVersionId(), lines, outcome);
    }

    static AnnualReportContent tidy(AnnualReportContent content) {
        return new AnnualReportContent(content.actionPlanVersionId(), content.financialPlanVersionId(),
                content.lines().stream().map(line -> new LineReport(line.number(), Texts.tidy(line.title()),
                        Texts.tidy(line.done()), line.indicators().stream().map(indicator -> new IndicatorResult(
                                Texts.tidy(indicator.name()), Texts.tidy(indicator.unit()), Texts.number(indicator.target()),
                                Texts.number(indicator.actual()))).toList())).toList(),
                content.financialOutcome().stream().map(line -> new OutcomeLine(line.category(),
                        Texts.tidy(line.description()), Texts.euros(line.planned()), Texts.euros(line.actual()),
                        Texts.tidy(line.reason()))).toList());
    }

    static Validator draft(AnnualReportContent report, ActionPlanContent plan, FinancialPlanContent finance,
                           Validator validator) {
        followsActionPlan(report, plan, validator);
        List<FinancialLine> unmatched = new ArrayList<>(planLines(finance).toList());
        DocumentLimits.rows(validator, "financialOutcome", report.financialOutcome().size());
        for (int i = 0; i < report.financialOutcome().size(); i++) {
            OutcomeLine line = report.financialOutcome().get(i);
            String path = "financialOutcome[" + (i + 1) + "]";
            validator.required(path + ".category", line.category())
                    .maxLength(path + ".description", line.description(), Validator.NAME_MAX)
                    .money(path + ".actual", line.actual(), Money.ABSURD)
                    .maxLength(path + ".reason", line.reason(), Validator.TEXT_MAX);
            if (!line.added()) {
                // A planned amount must be the approved plan's own: the report cannot rewrite the plan.
                validator.check(unmatched.remove(new FinancialLine(line.category(), line.description(), line.planned())),
                        path, "actionplan.report.notInPlan", i + 1);
            }
        }
        validator.check(unmatched.isEmpty(), "financialOutcome", "actionplan.report.planLineMissing", unmatched.size());
        return validator;
    }

    static Validator submit(AnnualReportContent report, ActionPlanContent plan, FinancialPlanContent finance,
                            Validator validator) {
        draft(report, plan, finance, validator);
        for (LineReport line : report.lines()) {
            String path = "lines[" + line.number() + "]";
            validator.check(line.done() != null, path + ".done", "actionplan.report.doneRequired", line.number());
            for (int i = 0; i < line.indicators().size(); i++) {
                IndicatorResult indicator = line.indicators().get(i);
                validator.check(indicator.actual() != null, path + ".indicators[" + (i + 1) + "].actual",
                        "actionplan.report.actualRequired", line.number(), indicator.name());
            }
        }
        for (int i = 0; i < report.financialOutcome().size(); i++) {
            OutcomeLine line = report.financialOutcome().get(i);
            String path = "financialOutcome[" + (i + 1) + "]";
            validator.required(path + ".actual", line.actual());
            validator.check(!line.added() || line.reason() != null, path + ".reason", "actionplan.report.reasonRequired", i + 1);
        }
        return validator;
    }

    /** The same action lines in the same order, each with the plan's indicators and targets. */
    private static void followsActionPlan(AnnualReportContent report, ActionPlanContent plan, Validator validator) {
        boolean same = report.lines().size() == plan.lines().size();
        for (int i = 0; same && i < plan.lines().size(); i++) {
            ActionLine planned = plan.lines().get(i);
            LineReport reported = report.lines().get(i);
            same = reported.number() == planned.number() && Objects.equals(reported.title(), planned.title())
                    && reported.indicators().stream().map(indicator -> new Indicator(indicator.name(), indicator.unit(),
                            indicator.target())).toList().equals(planned.indicators());
            if (same) {
                validator.maxLength("lines[" + reported.number() + "].done", reported.done(), Validator.TEXT_MAX);
                reported.indicators().forEach(indicator -> validator.check(indicator.actual() == null
                        || indicator.actual().signum() >= 0, "lines[" + reported.number() + "].indicators", "validation.negative"));
            }
        }
        validator.check(same, "lines", "actionplan.report.linesDifferFromPlan");
    }

    private static Stream<FinancialLine> planLines(FinancialPlanContent finance) {
        return Stream.concat(finance.income().stream(), finance.expenses().stream());
    }
}
