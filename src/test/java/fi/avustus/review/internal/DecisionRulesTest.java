package fi.avustus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.review.AcceptedCostLine;
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

    private static final LocalDate USAGE_START = LocalDate.of(2026, 8, 1);
    private static final LocalDate USAGE_END = LocalDate.of(2027, 7, 31);

    /**
     * A complete positive proposal: 40 000 € of 45 000 € requested, 50 000 € of costs accepted
     * (a line of 10 000 € cut to 5 000 €), an interim and a final report, paid 24 000 + 16 000.
     */
    static DecisionForm positive() {
        DecisionForm form = new DecisionForm();
        form.setApplicationId(1L);
        form.setCallId(2L);
        form.setOrganisationId(3L);
        form.setRequestedAmount(Money.euros("45000"));
        form.setLanguage("fi");
        form.setPositive(true);
        form.setGrantedAmount(Money.euros("40000"));
        form.setCostLines(List.of(AcceptedCostLine.asApplied("STAFF", 2026, "Koordinaattori", Money.euros("45000")),
                AcceptedCostLine.asApplied("TRAVEL", 2027, null, Money.euros("10000"))
                        .withAccepted(Money.euros("5000"), "Ulkomaanmatkat eivät ole hyväksyttäviä")));
        form.setUsageStart(USAGE_START);
        form.setUsageEnd(USAGE_END);
        form.setInterimReports(List.of(LocalDate.of(2027, 1, 31)));
        form.setFinalReportDue(LocalDate.of(2027, 9, 30));
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
    void aGrantNeedsItsAmountPeriodCostLinesFinalReportAndPayments() {
        DecisionForm form = positive();
        form.setGrantedAmount(null);
        form.setCostLines(List.of());
        form.setFinalReportDue(null);
        form.setUsageStart(null);
        form.setUsageEnd(null);
        form.setInstalments(List.of());
        assertThat(violations(form)).containsExactlyInAnyOrder("grantedAmount:validation.required",
                "costLines:decision.costLines.none", "finalReportDue:validation.required",
                "usageStart:validation.required", "usageEnd:validation.required", "instalments:decision.instalments.none");
    }

    @Test
    void otherReportingDutiesAreOptional() {
        DecisionForm form = positive();
        form.setReportingDuties("");
        assertThat(violations(form)).isEmpty();
        form.setReportingDuties("x".repeat(Validator.TEXT_MAX + 1));
        assertThat(violations(form)).containsExactly("reportingDuties:validation.tooLong");
    }

    private static DecisionForm withSecondLineAccepted(String accepted) {
        DecisionForm form = positive();
        AcceptedCostLine travel = form.getCostLines().get(1);
        form.setCostLines(List.of(form.getCostLines().get(0),
                travel.withAccepted(accepted == null ? null : new BigDecimal(accepted), travel.note())));
        return form;
    }

    @Test
    void aLineIsAcceptedInFullOrCutButNeverBelowZeroOrAboveTheAppliedAmount() {
        assertThat(violations(withSecondLineAccepted("10000"))).as("accepted in full").isEmpty();
        assertThat(violations(withSecondLineAccepted("0"))).as("cut to nothing").isEmpty();
        assertThat(violations(withSecondLineAccepted("10000.01"))).containsExactly("costLines.1:decision.costLine.accepted.overApplied");
        assertThat(violations(withSecondLineAccepted("-0.01"))).containsExactly("costLines.1:decision.costLine.accepted.negative");
        assertThat(violations(withSecondLineAccepted(null))).containsExactly("costLines.1:decision.costLine.accepted.missing");
        assertThat(violations(withSecondLineAccepted("5000.001"))).containsExactly("costLines.1:validation.cents");
    }

    @Test
    void theOverAppliedMessageNamesTheAppliedAmount() {
        assertThatThrownBy(() -> DecisionRules.propose(withSecondLineAccepted("12000"), MAX_GRANT, new Validator())
                .throwIfInvalid()).isInstanceOfSatisfying(ValidationFailedException.class, invalid ->
                assertThat(invalid.violations().get(0).arguments()).containsExactly(Money.format(Money.euros("10000"))));
    }

    @Test
    void aLineWhoseApplicationDataIsBrokenIsRefused() {
        DecisionForm form = positive();
        form.setCostLines(List.of(form.getCostLines().get(0), new AcceptedCostLine(" ", 2027, null, null, BigDecimal.ZERO, null)));
        assertThat(violations(form)).containsExactly("costLines.1:decision.costLine.invalid");
        form.setCostLines(List.of(form.getCostLines().get(0), new AcceptedCostLine("TRAVEL", 2027, null,
                new BigDecimal("-1"), BigDecimal.ZERO, "x".repeat(AcceptedCostLine.TEXT_MAX + 1))));
        assertThat(violations(form)).containsExactly("costLines.1:decision.costLine.invalid", "costLines.1:validation.tooLong");
    }

    @Test
    void theGrantStaysWithinTheAcceptedCosts() {
        DecisionForm form = withSecondLineAccepted("0");
        form.setCostLines(List.of(form.getCostLines().get(0).withAccepted(Money.euros("39999.99"), "Palkka liian suuri"),
                form.getCostLines().get(1)));
        assertThat(violations(form)).containsExactly("grantedAmount:decision.granted.overAccepted");
        form.setCostLines(List.of(form.getCostLines().get(0).withAccepted(Money.euros("40000"), null),
                form.getCostLines().get(1)));
        assertThat(violations(form)).as("exactly the accepted costs").isEmpty();
    }

    @Test
    void theFinalReportIsDueOnOrAfterTheEndOfTheUsagePeriod() {
        DecisionForm form = positive();
        form.setFinalReportDue(USAGE_END.minusDays(1));
        assertThat(violations(form)).containsExactly("finalReportDue:decision.finalReportDue.beforeUsageEnd");
        form.setFinalReportDue(USAGE_END);
        assertThat(violations(form)).isEmpty();
    }

    private static List<String> withInterimReports(LocalDate... dates) {
        DecisionForm form = positive();
        form.setInterimReports(java.util.Arrays.asList(dates));
        return violations(form);
    }

    @Test
    void interimReportsFallWithinTheUsagePeriodEarliestFirstAndOnce() {
        assertThat(withInterimReports()).as("none").isEmpty();
        assertThat(withInterimReports(USAGE_START, LocalDate.of(2027, 1, 31), USAGE_END)).as("both ends included").isEmpty();
        assertThat(withInterimReports(USAGE_START.minusDays(1))).containsExactly("interimReports:decision.interimReport.outsideUsage");
        assertThat(withInterimReports(USAGE_END.plusDays(1))).containsExactly("interimReports:decision.interimReport.outsideUsage");
        assertThat(withInterimReports(LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 31)))
                .containsExactly("interimReports:decision.interimReports.order");
        assertThat(withInterimReports(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31)))
                .containsExactly("interimReports:decision.interimReport.duplicate");
        assertThat(withInterimReports(LocalDate.of(2026, 12, 31), null)).containsExactly("interimReports:decision.interimReport.missing");
    }

    @Test
    void theGrantStaysWithinTheRequestedSumAndTheCallsMaximum() {
        DecisionForm overRequested = positive();
        overRequested.setGrantedAmount(Money.euros("45000.01"));
        overRequested.setInstalments(List.of(new Instalment(LocalDate.of(2026, 8, 15), Money.euros("45000.01"))));
        assertThat(violations(overRequested)).containsExactly("grantedAmount:decision.granted.overRequested");

        DecisionForm overMax = positive();
        overMax.setRequestedAmount(Money.euros("60000"));
        overMax.setCostLines(List.of(AcceptedCostLine.asApplied("STAFF", 2026, null, Money.euros("80000"))));
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
        refusal.setCostLines(List.of());
        refusal.setFinalReportDue(null);
        refusal.setInterimReports(List.of(LocalDate.of(2020, 1, 1)));
        refusal.setUsageStart(null);
        refusal.setUsageEnd(null);
        assertThat(violations(refusal)).as("a refusal has no costs or schedule to check").isEmpty();

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
