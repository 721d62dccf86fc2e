package fi.avustus.actionplan.internal;

import static fi.avustus.actionplan.internal.ActionPlanRulesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.AnnualReportContent;
import fi.avustus.actionplan.DocumentSamples;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.IndicatorResult;
import fi.avustus.actionplan.LineReport;
import fi.avustus.actionplan.OutcomeLine;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualReportRulesTest {

    private final ActionPlanContent plan = ActionPlanRules.tidy(DocumentSamples.actionPlan(2017));
    private final FinancialPlanContent finance = FinancialPlanRules.tidy(DocumentSamples.balancedFinancialPlan());
    private final AnnualReportContent prefilled = AnnualReportRules.prefill(1L, plan, 2L, finance);

    @Test
    void aNewReportFollowsThePlansWithoutActuals() {
        assertThat(prefilled.lines()).extracting(LineReport::title).containsExactly("Sivistysjohtajien yhteistyö", "Viestintä");
        assertThat(prefilled.lines().get(0).indicators()).containsExactly(
                new IndicatorResult("Työkokouksia", "kpl", new BigDecimal("4"), null));
        assertThat(prefilled.financialOutcome()).hasSize(4).allSatisfy(line -> {
            assertThat(line.added()).isFalse();
            assertThat(line.actual()).isNull();
        });
        assertThat(prefilled.plannedTotals().balanced()).isTrue();
        assertThat(AnnualReportRules.draft(prefilled, plan, finance, new Validator()).hasViolations()).isFalse();
    }

    @Test
    void submittedEveryLineSaysWhatWasDoneWithActualValues() {
        assertThat(fields(AnnualReportRules.submit(prefilled, plan, finance, new Validator()))).containsExactlyInAnyOrder(
                "lines[1].done", "lines[1].indicators[1].actual", "lines[2].done", "lines[2].indicators[1].actual",
                "financialOutcome[1].actual", "financialOutcome[2].actual", "financialOutcome[3].actual",
                "financialOutcome[4].actual");
        assertThat(AnnualReportRules.submit(completed(prefilled.financialOutcome()), plan, finance, new Validator())
                .hasViolations()).isFalse();
    }

    @Test
    void aLineThePlanDidNotHaveNeedsAReason() {
        List<OutcomeLine> outcome = new ArrayList<>(prefilled.financialOutcome());
        outcome.add(new OutcomeLine(FinancialCategory.TRAVEL, "Opintomatka", null, new BigDecimal("800.00"), null));
        assertThat(fields(AnnualReportRules.submit(completed(outcome), plan, finance, new Validator())))
                .containsExactly("financialOutcome[5].reason");
        outcome.set(4, new OutcomeLine(FinancialCategory.TRAVEL, "Opintomatka", null, new BigDecimal("800.00"),
                "Ohjausryhmän päätös 3/2017"));
        assertThat(AnnualReportRules.submit(completed(outcome), plan, finance, new Validator()).hasViolations()).isFalse();
    }

    @Test
    void theReportCannotRewriteOrDropThePlansLines() {
        List<OutcomeLine> outcome = new ArrayList<>(prefilled.financialOutcome());
        OutcomeLine first = outcome.get(0);
        outcome.set(0, new OutcomeLine(first.category(), first.description(), new BigDecimal("1.00"), null, null));
        outcome.remove(1);
        AnnualReportContent rewritten = new AnnualReportContent(1L, 2L, prefilled.lines(), outcome);
        assertThat(fields(AnnualReportRules.draft(rewritten, plan, finance, new Validator())))
                .containsExactly("financialOutcome[1]", "financialOutcome");
    }

    @Test
    void theReportCoversExactlyThePlansActionLinesAndIndicators() {
        LineReport first = prefilled.lines().get(0);
        AnnualReportContent invented = new AnnualReportContent(1L, 2L, List.of(first, new LineReport(2, "Keksitty linja", null,
                List.of())), prefilled.financialOutcome());
        assertThat(fields(AnnualReportRules.draft(invented, plan, finance, new Validator()))).containsExactly("lines");
    }

    private AnnualReportContent completed(List<OutcomeLine> outcome) {
        return new AnnualReportContent(1L, 2L, prefilled.lines().stream().map(line -> new LineReport(line.number(), line.title(),
                        "Tehtiin", line.indicators().stream().map(indicator -> new IndicatorResult(indicator.name(),
                                indicator.unit(), indicator.target(), new BigDecimal("5"))).toList())).toList(),
                outcome.stream().map(line -> new OutcomeLine(line.category(), line.description(), line.planned(),
                        line.actual() == null ? line.planned() : line.actual(), line.reason())).toList());
    }
}
