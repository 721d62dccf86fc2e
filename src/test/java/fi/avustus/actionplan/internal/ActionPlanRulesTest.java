package fi.avustus.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.actionplan.ActionLine;
import fi.avustus.actionplan.ActionPlanContent;
import fi.avustus.actionplan.DocumentSamples;
import fi.avustus.actionplan.Indicator;
import fi.avustus.actionplan.PlannedActivity;
import fi.avustus.shared.ValidationFailedException.Violation;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionPlanRulesTest {

    @Test
    void aCompletePlanPasses() {
        assertThat(ActionPlanRules.submit(DocumentSamples.actionPlan(2017), 2017, new Validator()).hasViolations()).isFalse();
    }

    @Test
    void linesAreNumberedByTheirOrderAndTextsTrimmed() {
        ActionPlanContent typed = new ActionPlanContent(List.of(
                new ActionLine(7, "  B ", List.of(" x ", "  "), List.of(), null, List.of()),
                new ActionLine(7, "A", List.of(), List.of(), "", List.of(new Indicator(" n ", " kpl ", new BigDecimal("4.00"))))));
        ActionPlanContent tidy = ActionPlanRules.tidy(typed);
        assertThat(tidy.lines()).extracting(ActionLine::number).containsExactly(1, 2);
        assertThat(tidy.lines().get(0).title()).isEqualTo("B");
        assertThat(tidy.lines().get(0).objectives()).containsExactly("x");
        assertThat(tidy.lines().get(1).responsible()).isNull();
        assertThat(tidy.lines().get(1).indicators().get(0)).isEqualTo(new Indicator("n", "kpl", new BigDecimal("4")));
    }

    @Test
    void anIncompleteDraftSavesButDoesNotSubmit() {
        ActionPlanContent draft = new ActionPlanContent(List.of(new ActionLine(1, "Vain otsikko", List.of(), List.of(), null,
                List.of())));
        assertThat(ActionPlanRules.draft(draft, 2017, new Validator()).hasViolations()).isFalse();
        assertThat(fields(ActionPlanRules.submit(draft, 2017, new Validator()))).containsExactlyInAnyOrder(
                "lines[1].responsible", "lines[1].objectives", "lines[1].activities", "lines[1].indicators");
    }

    @Test
    void anEmptyPlanDoesNotSubmit() {
        assertThat(fields(ActionPlanRules.submit(ActionPlanContent.empty(), 2017, new Validator()))).containsExactly("lines");
    }

    @Test
    void activitiesNeedADateInThePlansYearOrMonths() {
        ActionLine line = DocumentSamples.actionPlan(2017).lines().get(0);
        ActionPlanContent plan = new ActionPlanContent(List.of(new ActionLine(1, line.title(), line.objectives(), List.of(
                new PlannedActivity("Väärä vuosi", LocalDate.of(2018, 1, 19), List.of()),
                new PlannedActivity("Ei ajankohtaa", null, List.of()),
                new PlannedActivity("Kuukausi 13", null, List.of(13))), line.responsible(), line.indicators())));
        assertThat(fields(ActionPlanRules.submit(plan, 2017, new Validator()))).containsExactlyInAnyOrder(
                "lines[1].activities[1].date", "lines[1].activities[2]", "lines[1].activities[3].months");
    }

    @Test
    void indicatorsNeedNameUnitAndANonNegativeTarget() {
        ActionLine line = DocumentSamples.actionPlan(2017).lines().get(0);
        ActionPlanContent plan = new ActionPlanContent(List.of(new ActionLine(1, line.title(), line.objectives(),
                line.activities(), line.responsible(), List.of(new Indicator(null, null, new BigDecimal("-1"))))));
        assertThat(fields(ActionPlanRules.submit(plan, 2017, new Validator()))).containsExactlyInAnyOrder(
                "lines[1].indicators[1].target", "lines[1].indicators[1].name", "lines[1].indicators[1].unit");
    }

    static List<String> fields(Validator validator) {
        try {
            validator.throwIfInvalid();
            return List.of();
        } catch (fi.avustus.shared.ValidationFailedException invalid) {
            return invalid.violations().stream().map(Violation::field).toList();
        }
    }
}
