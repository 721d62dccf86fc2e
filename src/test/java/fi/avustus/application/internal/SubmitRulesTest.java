package fi.avustus.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.application.ApplicationFixtures;
import fi.avustus.application.ApplicationForm;
import fi.avustus.application.BudgetCategory;
import fi.avustus.application.BudgetLine;
import fi.avustus.application.Partner;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each submit rule on its own, from a complete application that passes them all. */
class SubmitRulesTest {

    private static final Instant CLOSES = Instant.parse("2026-12-07T14:15:00Z");
    private static final SubmitRules.CallContext OPEN =
            new SubmitRules.CallContext(Money.euros("250000"), new BigDecimal("10"), true, CLOSES);

    private static List<String> reasons(ApplicationForm form, SubmitRules.CallContext call) {
        Validator validator = SubmitRules.check(form, call, new Validator());
        try {
            validator.throwIfInvalid();
            return List.of();
        } catch (ValidationFailedException refused) {
            return refused.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        }
    }

    @Test
    void aCompleteApplicationPasses() {
        assertThat(reasons(ApplicationFixtures.completeForm(0), OPEN)).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsReportedAtOnce() {
        assertThat(reasons(new ApplicationForm(), OPEN)).containsExactlyInAnyOrder("projectName:validation.required",
                "summary:validation.required", "contactName:validation.required", "contactEmail:validation.required",
                "selfFinancing:validation.required", "objectives:application.objectives.none",
                "activities:application.activities.none", "budgetLines:application.budget.none");
    }

    @Test
    void theRequestedSumMayNotExceedTheMaximumGrant() {
        SubmitRules.CallContext small = new SubmitRules.CallContext(Money.euros("89999.99"), BigDecimal.TEN, true, CLOSES);
        assertThat(reasons(ApplicationFixtures.completeForm(0), small)).containsExactly("budgetLines:application.requested.overMax");
        SubmitRules.CallContext exact = new SubmitRules.CallContext(Money.euros("90000"), BigDecimal.TEN, true, CLOSES);
        assertThat(reasons(ApplicationFixtures.completeForm(0), exact)).isEmpty();
    }

    @Test
    void theSelfFinancingShareMustReachTheCallsMinimum() {
        SubmitRules.CallContext strict = new SubmitRules.CallContext(Money.euros("250000"), new BigDecimal("25.01"), true, CLOSES);
        assertThat(reasons(ApplicationFixtures.completeForm(0), strict))
                .containsExactly("selfFinancing:application.selfFinancing.belowMinimum");
    }

    @Test
    void selfFinancingAboveTheTotalIsRefused() {
        ApplicationForm form = ApplicationFixtures.completeForm(0);
        form.setSelfFinancing(Money.euros("120000.01"));
        assertThat(reasons(form, OPEN)).containsExactly("selfFinancing:application.selfFinancing.overTotal");
    }

    @Test
    void partnerSharesMustAddUpToTheTotal() {
        ApplicationForm form = ApplicationFixtures.completeForm(0);
        form.setPartners(List.of(new Partner(1L, Money.euros("100000")), new Partner(2L, Money.euros("19999.99"))));
        assertThat(reasons(form, OPEN)).containsExactly("partners:application.partners.sharesMismatch");
        form.setPartners(List.of(new Partner(1L, Money.euros("100000")), new Partner(2L, Money.euros("20000"))));
        assertThat(reasons(form, OPEN)).isEmpty();
    }

    @Test
    void aClosedCallIsNamedWithItsClosingTimeInHelsinki() {
        SubmitRules.CallContext closed = new SubmitRules.CallContext(Money.euros("250000"), BigDecimal.TEN, false, CLOSES);
        Validator validator = SubmitRules.check(ApplicationFixtures.completeForm(0), closed, new Validator());
        try {
            validator.throwIfInvalid();
        } catch (ValidationFailedException refused) {
            assertThat(refused.violations()).singleElement().satisfies(violation -> {
                assertThat(violation.messageKey()).isEqualTo("application.call.closed");
                assertThat(violation.arguments()).containsExactly("7.12.2026 16:15");
            });
            return;
        }
        throw new AssertionError("a closed call was accepted");
    }

    @Test
    void draftRulesStillApplyOnSubmit() {
        ApplicationForm form = ApplicationFixtures.completeForm(0);
        form.setBudgetLines(List.of(new BudgetLine(BudgetCategory.STAFF, 1999, "", Money.euros("-1")),
                new BudgetLine(BudgetCategory.STAFF, 2027, "", new BigDecimal("0.001"))));
        form.setContactEmail("ei-osoite");
        assertThat(reasons(form, OPEN)).contains("budgetLines:application.row.year", "budgetLines:application.row.amount",
                "contactEmail:application.email.invalid");
    }
}
