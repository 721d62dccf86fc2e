package fi.avustus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.review.DecisionForm;
import fi.avustus.review.Instalment;
import fi.avustus.shared.Money;
import fi.avustus.shared.Validator;
import fi.avustus.shared.ValidationFailedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private static final BigDecimal MAX_GRANT = Money.euros("50000");

    /** A complete positive proposal: 40 000 € of 45 000 € requested, paid 24 000 + 16 000. */
    static DecisionForm positive() {
        DecisionForm form = new DecisionForm();
        form.setApplicationId(1L);
        form.setCallId(2L);
        form.setOrganisationId(3L);
        form.setRequestedAmount(Money.euros("45000"));
        form.setLanguage("fi");
        form.setPositive(true);
        form.setGrantedAmount(Money.euros("40000"));
        form.setAcceptedCosts("Henkilöstökulut");
        form.setUsageStart(LocalDate.of(2026, 8, 1));
        form.setUsageEnd(LocalDate.of(2027, 7, 31));
        form.setReportingDuties("Loppuselvitys 30.9.2027");
        form.setInstalments(List.of(new Instalment(LocalDate.of(2026, 8, 15), Money.euros("24000")),
                new Instalment(LocalDate.of(2027, 10, 31), Money.euros("16000"))));
        form.setJustification("Hanke täyttää haun tavoitteet.");
        return form;
    }

    private static List<String> violations(DecisionForm form) {
        try {
            DecisionRules.propose(form, MAX_GRANT, new Validator()).throwIfInvalid();
            return List.of();
        } catch (ValidationFailedException invalid) {
            return invalid.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        }
    }

    @Test
    void aCompletePositiveProposalPasses() {
        assertThat(violations(positive())).isEmpty();
    }

    @Test
    void anEmptyProposalIsRefusedWithEveryReasonAtOnce() {
        DecisionForm empty = new DecisionForm();
        empty.setLanguage("en");
        assertThat(violations(empty)).containsExactlyInAnyOrder("applicationId:validation.required",
                "callId:validation.required", "organisationId:validation.required",
                "requestedAmount:validation.required", "language:decision.language.unknown",
                "positive:validation.required", "justification:validation.required");
    }

    @Test
    void aGrantNeedsItsAmountPeriodCostsReportingAndPayments() {
        DecisionForm form = positive();
        form.setGrantedAmount(null);
        form.setAcceptedCosts(" ");
        form.setReportingDuties("");
        form.setUsageStart(null);
        form.setUsageEnd(null);
        form.setInstalments(List.of());
        assertThat(violations(form)).containsExactlyInAnyOrder("grantedAmount:validation.required",
                "acceptedCosts:validation.required", "reportingDuties:validation.required",
                "usageStart:validation.required", "usageEnd:validation.required", "instalments:decision.instalments.none");
    }

    @Test
    void theGrantStaysWithinTheRequestedSumAndTheCallsMaximum() {
        DecisionForm overRequested = positive();
        overRequested.setGrantedAmount(Money.euros("45000.01"));
        overRequested.setInstalments(List.of(new Instalment(LocalDate.of(2026, 8, 15), Money.euros("45000.01"))));
        assertThat(violations(overRequested)).containsExactly("grantedAmount:decision.granted.overRequested");

        DecisionForm overMax = positive();
        overMax.setRequestedAmount(Money.euros("60000"));
        overMax.setGrantedAmount(Money.euros("50000.01"));
        overMax.setInstalments(List.of(new Instalment(LocalDate.of(2026, 8, 15), Money.euros("50000.01"))));
        assertThat(violations(overMax)).containsExactly("grantedAmount:decision.granted.overMaxGrant");

        DecisionForm zero = positive();
        zero.setGrantedAmount(Money.euros("0"));
        assertThat(violations(zero)).contains("grantedAmount:decision.granted.notPositive");
    }

    @Test
    void theUsagePeriodMayNotEndBeforeItStarts() {
        DecisionForm form = positive();
        form.setUsageEnd(form.getUsageStart().minusDays(1));
        assertThat(violations(form)).containsExactly("usageEnd:decision.usageEnd.beforeStart");
    }

    @Test
    void thePaymentPlanMustAddUpToTheGrantAndEachInstalmentBeComplete() {
        DecisionForm short1 = positive();
        short1.setInstalments(List.of(new Instalment(LocalDate.of(2026, 8, 15), Money.euros("24000")),
                new Instalment(LocalDate.of(2027, 10, 31), Money.euros("15999.99"))));
        assertThat(violations(short1)).containsExactly("instalments:decision.instalments.sum");

        DecisionForm incomplete = positive();
        incomplete.setInstalments(List.of(new Instalment(null, Money.euros("24000")),
                new Instalment(LocalDate.of(2027, 10, 31), new BigDecimal("-1")),
                new Instalment(LocalDate.of(2027, 11, 30), new BigDecimal("16001.001"))));
        assertThat(violations(incomplete)).containsExactly("instalments.0:decision.instalment.invalid",
                "instalments.1:decision.instalment.invalid", "instalments.2:decision.instalment.invalid");
    }

    @Test
    void aRefusalGrantsNothingAndNeedsOnlyItsJustification() {
        DecisionForm refusal = positive();
        refusal.setPositive(false);
        refusal.setGrantedAmount(null);
        refusal.setInstalments(List.of());
        refusal.setAcceptedCosts("");
        refusal.setReportingDuties("");
        refusal.setUsageStart(null);
        refusal.setUsageEnd(null);
        assertThat(violations(refusal)).isEmpty();

        refusal.setGrantedAmount(Money.euros("10"));
        refusal.setInstalments(List.of(new Instalment(LocalDate.of(2026, 1, 1), Money.euros("10"))));
        assertThat(violations(refusal)).containsExactly("grantedAmount:decision.negative.amount",
                "instalments:decision.negative.instalments");
    }

    @Test
    void textsHaveTheirLimits() {
        DecisionForm form = positive();
        form.setConditions("x".repeat(Validator.TEXT_MAX + 1));
        assertThat(violations(form)).containsExactly("conditions:validation.tooLong");
    }
}
