package fi.avustus.actionplan.internal;

import static fi.avustus.actionplan.internal.ActionPlanRulesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.actionplan.DocumentSamples;
import fi.avustus.actionplan.FinancialCategory;
import fi.avustus.actionplan.FinancialLine;
import fi.avustus.actionplan.FinancialPlanContent;
import fi.avustus.actionplan.FinancialTotals;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinancialPlanRulesTest {

    @Test
    void totalsAndBalanceCountMissingAmountsAsZero() {
        FinancialTotals totals = FinancialTotals.of(java.util.Arrays.asList(new BigDecimal("100"), null),
                List.of(new BigDecimal("30.5")));
        assertThat(totals.income()).isEqualByComparingTo("100.00");
        assertThat(totals.expenses()).isEqualByComparingTo("30.50");
        assertThat(totals.balance()).isEqualByComparingTo("69.50");
        assertThat(totals.balanced()).isFalse();
        assertThat(DocumentSamples.balancedFinancialPlan().totals().balanced()).isTrue();
    }

    @Test
    void aBalancedPlanSubmits() {
        assertThat(FinancialPlanRules.submit(DocumentSamples.balancedFinancialPlan(), new Validator()).hasViolations()).isFalse();
    }

    @Test
    void anUnbalancedPlanNeedsAnExplanation() {
        FinancialPlanContent plan = DocumentSamples.balancedFinancialPlan();
        FinancialPlanContent unbalanced = new FinancialPlanContent(plan.income(), List.of(plan.expenses().get(0)), null);
        assertThatThrownBy(() -> FinancialPlanRules.submit(unbalanced, new Validator()).throwIfInvalid())
                .isInstanceOfSatisfying(ValidationFailedException.class, invalid -> assertThat(invalid.violations())
                        .singleElement().satisfies(violation -> {
                            assertThat(violation.field()).isEqualTo("imbalanceExplanation");
                            assertThat(violation.messageKey()).isEqualTo("actionplan.financial.unbalanced");
                            assertThat(violation.arguments()).containsExactly("15\u00a0000,00 €");
                        }));
        FinancialPlanContent explained = new FinancialPlanContent(plan.income(), List.of(plan.expenses().get(0)),
                "Ylijäämä siirretään seuraavalle vuodelle");
        assertThat(FinancialPlanRules.submit(explained, new Validator()).hasViolations()).isFalse();
    }

    @Test
    void linesAreOnTheirSideWithEurosAndCents() {
        FinancialPlanContent plan = new FinancialPlanContent(
                List.of(new FinancialLine(FinancialCategory.STAFF, "väärä puoli", new BigDecimal("1.00")),
                        new FinancialLine(FinancialCategory.GRANTS, null, new BigDecimal("1.001"))),
                List.of(new FinancialLine(null, null, new BigDecimal("-5")), new FinancialLine(FinancialCategory.TRAVEL, null, null)),
                null);
        assertThat(fields(FinancialPlanRules.draft(plan, new Validator()))).containsExactlyInAnyOrder(
                "income[1].category", "income[2].amount", "expenses[1].category", "expenses[1].amount", "expenses[2].amount");
    }

    @Test
    void bothSidesAreNeededToSubmit() {
        assertThat(fields(FinancialPlanRules.submit(FinancialPlanContent.empty(), new Validator())))
                .containsExactlyInAnyOrder("income", "expenses");
    }
}
