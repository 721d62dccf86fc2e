package fi.avustus.recovery;

import static fi.avustus.programme.ProgrammeFixtures.actAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustus.IntegrationTest;
import fi.avustus.audit.AuditLog;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.payment.ReferenceNumber;
import fi.avustus.recovery.internal.RecoveryClaim;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.letter.PdfText;
import fi.avustus.ui.ModularTranslations;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Settling funded projects at their end: nothing reclaimed up to the programme's threshold, a
 * claim with interest per payment above it; claims paid in parts or reduced with a reason until
 * settled. The projects' 40 000 € grants are paid as 24 000 € and 16 000 € (see RecoveryFixtures).
 */
@IntegrationTest
@RecordApplicationEvents
class RecoveriesIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Recoveries recoveries;
    @Autowired
    Payments payments;
    @Autowired
    AuditLog auditLog;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    private RecoveryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RecoveryFixtures(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void unusedFundsBelowOrAtTheThresholdAreNotReclaimed() {
        for (String accepted : List.of("39900.01", "39900.00", "45000")) {
            long projectId = fixtures.paidProject(300, 100);
            Settlement settlement = fixtures.settle(projectId, accepted);

            BigDecimal unused = Money.euros("40000").subtract(new BigDecimal(accepted)).max(Money.euros("0"));
            assertThat(settlement).as(accepted).isEqualTo(new Settlement(projectId, Money.euros("40000"),
                    Money.euros(accepted), unused, false, null));
            actAs(users, "admin");
            assertThat(recoveries.ofProject(projectId)).isEmpty();
            assertThat(recoveries.settlementOf(projectId)).contains(settlement);
            assertThat(recoveries.settlements()).contains(settlement);
        }
    }

    @Test
    void unusedFundsOverTheThresholdBecomeAClaimDueInThirtyDays() {
        long projectId = fixtures.paidProject(300, 73);
        Settlement settlement = fixtures.settle(projectId, "39899.99");

        assertThat(settlement.reclaimed()).isTrue();
        assertThat(settlement.unused()).isEqualByComparingTo("100.01");
        actAs(users, "virkailija");
        ClaimSummary claim = recoveries.ofProject(projectId).get(0);
        assertThat(claim.id()).isEqualTo(settlement.claimId());
        // All of it came from the second instalment: 100.01 × 5 % × 73 / 365 = 1.0001 → 1.00.
        assertThat(claim.interestLines()).containsExactly(new InterestLine(2, fixtures.today().minusDays(73),
                Money.euros("16000"), Money.euros("100.01"), 73, Money.euros("1.00")));
        assertThat(claim.total()).isEqualByComparingTo("101.01");
        assertThat(claim.outstanding()).isEqualByComparingTo("101.01");
        assertThat(claim.status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(claim.decisionDate()).isEqualTo(fixtures.today());
        assertThat(claim.dueDate()).isEqualTo(fixtures.today().plusDays(30));
        assertThat(claim.language()).isEqualTo("fi");
        assertThat(ReferenceNumber.isValid(claim.reference())).isTrue();
        assertThat(payments.ofProject(projectId)).extracting(PaymentSummary::reference).doesNotContain(claim.reference());
        assertThat(recoveries.open()).contains(claim);
    }

    @Test
    void onlyPaidInstalmentsCount() {
        // The second instalment is approved but not paid: 24 000 € paid, 1 000 € unused.
        long projectId = fixtures.paidProject(200);
        actAs(users, "admin");
        PaymentSummary second = payments.ofProject(projectId).get(1);
        payments.approve(second.id(), second.version());
        Settlement settlement = fixtures.settle(projectId, "23000");
        assertThat(settlement.paid()).isEqualByComparingTo("24000");
        assertThat(settlement.unused()).isEqualByComparingTo("1000");
        assertThat(settlement.reclaimed()).isTrue();
    }

    @Test
    void aSecondSettlementReturnsTheFirstUnchanged() {
        long projectId = fixtures.paidProject(300, 100);
        Settlement first = fixtures.settle(projectId, "30000");

        assertThat(fixtures.settle(projectId, "39950")).isEqualTo(first);
        assertThat(fixtures.settle(projectId, "30000")).isEqualTo(first);
        actAs(users, "admin");
        assertThat(recoveries.ofProject(projectId)).hasSize(1);
    }

    @Test
    void settlementsOfOneProjectAtTheSameMomentMakeOneClaim() {
        long projectId = fixtures.paidProject(300, 100);
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Settlement> settled;
        try {
            List<CompletableFuture<Settlement>> attempts = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return fixtures.settle(projectId, "30000");
                    }, threads)).toList();
            settled = attempts.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdown();
        }
        assertThat(settled).hasSize(8).containsOnly(settled.get(0));
        actAs(users, "admin");
        assertThat(recoveries.ofProject(projectId)).singleElement()
                .satisfies(claim -> assertThat(claim.id()).isEqualTo(settled.get(0).claimId()));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void interestRunsFromEachPaymentToTheDecisionOnTheLatestMoneyFirst() throws IOException {
        // Reference rate 4.50 % + 3 = 7.50 %. 20 000 € unused: all 16 000 € of the second
        // instalment (paid 100 days ago) and 4 000 € of the first (300 days ago).
        long projectId = fixtures.paidProject(new BigDecimal("4.50"), 300, 100);
        fixtures.settle(projectId, "20000");

        actAs(users, "hakija");
        ClaimSummary claim = recoveries.ofProject(projectId).get(0);
        assertThat(claim.interestPercent()).isEqualByComparingTo("7.50");
        assertThat(claim.interestLines()).containsExactly(
                // 4 000 × 7.5 % × 300 / 365 = 246.575… → 246.58
                new InterestLine(1, fixtures.today().minusDays(300), Money.euros("24000"), Money.euros("4000"), 300,
                        Money.euros("246.58")),
                // 16 000 × 7.5 % × 100 / 365 = 328.767… → 328.77
                new InterestLine(2, fixtures.today().minusDays(100), Money.euros("16000"), Money.euros("16000"), 100,
                        Money.euros("328.77")));
        assertThat(claim.principal()).isEqualByComparingTo("20000.00");
        assertThat(claim.interest()).isEqualByComparingTo("575.35");
        assertThat(claim.total()).isEqualByComparingTo("20575.35");

        String letter = PdfText.of(recoveries.letter(claim.id()));
        assertThat(letter).contains("Hankkeen numero " + projectId, "Viitenumero " + claim.reference(),
                "328,77 €", "Maksettava yhteensä 20 575,35 €", "vuotuista korkoa 7,50 %");
    }

    @Test
    void swedishLettersStaySwedishAndEnglishOnesAreWrittenInFinnish() throws IOException {
        long swedish = fixtures.paidProject(300, 100);
        long english = fixtures.paidProject(300, 100);
        actAs(users, "virkailija");
        long swedishClaim = recoveries.settle(swedish, Money.euros("30000"), Locale.forLanguageTag("sv")).claimId();
        long englishClaim = recoveries.settle(english, Money.euros("30000"), Locale.ENGLISH).claimId();

        assertThat(PdfText.of(recoveries.letter(swedishClaim))).contains("BESLUT", "Att betala totalt");
        assertThat(PdfText.of(recoveries.letter(englishClaim))).contains("PÄÄTÖS", "Maksettava yhteensä");
    }

    @Test
    void aClaimIsPaidInPartsUntilSettled() {
        ClaimSummary claim = claimOf(fixtures.paidProject(300, 100), "30000");
        BigDecimal total = claim.total();
        actAs(users, "virkailija");
        assertThatThrownBy(() -> recoveries.markPaid(claim.id(), Money.euros("1000"), claim.version()))
                .isInstanceOf(AccessDeniedException.class);

        actAs(users, "admin");
        ClaimSummary part = recoveries.markPaid(claim.id(), Money.euros("1000"), claim.version());
        assertThat(part.status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(part.paid()).isEqualByComparingTo("1000");
        assertThat(part.outstanding()).isEqualByComparingTo(total.subtract(Money.euros("1000")));
        assertThat(events.stream(RecoveryClaimSettled.class)).isEmpty();

        ClaimSummary paid = recoveries.markPaid(claim.id(), part.outstanding(), part.version());
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(paid.paid()).isEqualByComparingTo(total);
        assertThat(paid.outstanding()).isZero();
        assertThat(events.stream(RecoveryClaimSettled.class))
                .containsExactly(new RecoveryClaimSettled(claim.id(), claim.projectId()));
        assertThat(recoveries.open()).extracting(ClaimSummary::id).doesNotContain(claim.id());
        assertThat(recoveries.list(ClaimStatus.PAID)).extracting(ClaimSummary::id).contains(claim.id());
        assertRefused(() -> recoveries.markPaid(claim.id(), Money.euros("1"), paid.version()), "recovery.error.settled");
        assertThat(auditLog.history(RecoveryClaim.class, claim.id())).extracting(entry -> entry.username())
                .containsExactly("admin", "admin", "admin");
    }

    @Test
    void aReductionNeedsAJustificationAndToZeroSettlesTheClaim() {
        ClaimSummary claim = claimOf(fixtures.paidProject(300, 100), "30000");
        actAs(users, "virkailija");
        assertInvalid(() -> recoveries.reduce(claim.id(), Money.euros("500"), " ", claim.version()),
                "justification", "validation.required");
        assertUnchanged(claim);

        ClaimSummary reduced = recoveries.reduce(claim.id(), Money.euros("500"), "Kohtuullistettu: hanke keskeytyi.",
                claim.version());
        assertThat(reduced.reduced()).isEqualByComparingTo("500");
        assertThat(reduced.reductionJustification()).isEqualTo("Kohtuullistettu: hanke keskeytyi.");
        assertThat(reduced.status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(events.stream(RecoveryClaimSettled.class)).isEmpty();

        actAs(users, "admin");
        ClaimSummary waived = recoveries.reduce(claim.id(), reduced.outstanding(), "Loppu jätetään perimättä.",
                reduced.version());
        assertThat(waived.status()).isEqualTo(ClaimStatus.REDUCED);
        assertThat(waived.outstanding()).isZero();
        assertThat(events.stream(RecoveryClaimSettled.class))
                .containsExactly(new RecoveryClaimSettled(claim.id(), claim.projectId()));
        assertThat(auditLog.history(RecoveryClaim.class, claim.id()).get(1).changes())
                .anySatisfy(change -> assertThat(change.after()).isEqualTo("Kohtuullistettu: hanke keskeytyi."));
    }

    @Test
    void applicantsSeeOnlyTheirOwnOrganisationsClaimsAndChangeNone() {
        ClaimSummary claim = claimOf(fixtures.paidProject(300, 100), "30000");
        actAs(users, "hakija");
        assertThat(recoveries.list(null)).extracting(ClaimSummary::id).contains(claim.id());
        assertThat(recoveries.find(claim.id())).contains(claim);
        assertThatThrownBy(() -> recoveries.markPaid(claim.id(), Money.euros("1"), claim.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recoveries.reduce(claim.id(), Money.euros("1"), "Ei makseta.", claim.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recoveries.settle(claim.projectId(), Money.euros("0"), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recoveries.settlements()).isInstanceOf(AccessDeniedException.class);

        actAs(users, "sokande");
        assertThat(recoveries.list(null)).extracting(ClaimSummary::id).doesNotContain(claim.id());
        for (ThrowingCallable refused : List.<ThrowingCallable>of(() -> recoveries.ofProject(claim.projectId()),
                () -> recoveries.find(claim.id()), () -> recoveries.letter(claim.id()),
                () -> recoveries.settlementOf(claim.projectId()))) {
            assertThatThrownBy(refused).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void badSettlementsAreRefusedAndNothingIsStored() {
        long projectId = fixtures.paidProject(300, 100);
        actAs(users, "admin");
        assertInvalid(() -> recoveries.settle(projectId, Money.euros("-0.01"), Locale.ENGLISH),
                "acceptedEligibleCosts", "validation.negative");
        assertInvalid(() -> recoveries.settle(projectId, null, Locale.ENGLISH), "acceptedEligibleCosts", "validation.required");
        assertInvalid(() -> recoveries.settle(projectId, new BigDecimal("100.001"), Locale.ENGLISH),
                "acceptedEligibleCosts", "validation.cents");
        assertRefused(() -> recoveries.settle(Long.MAX_VALUE, Money.euros("1"), Locale.ENGLISH),
                "recovery.error.projectNotFound");
        assertThat(recoveries.settlementOf(projectId)).isEmpty();
        assertThat(recoveries.ofProject(projectId)).isEmpty();
    }

    @Test
    void paymentsAndReductionsBeyondWhatIsOwedAreRefusedAndNothingIsStored() {
        ClaimSummary claim = claimOf(fixtures.paidProject(300, 100), "30000");
        BigDecimal tooMuch = claim.outstanding().add(Money.euros("0.01"));
        actAs(users, "admin");
        assertInvalid(() -> recoveries.markPaid(claim.id(), tooMuch, claim.version()), "amount", "recovery.error.moreThanOwed");
        assertInvalid(() -> recoveries.reduce(claim.id(), tooMuch, "Liikaa.", claim.version()), "amount",
                "recovery.error.belowZero");
        assertInvalid(() -> recoveries.markPaid(claim.id(), Money.euros("0"), claim.version()), "amount",
                "recovery.validation.positive");
        assertInvalid(() -> recoveries.reduce(claim.id(), Money.euros("-5"), "Negatiivinen.", claim.version()), "amount",
                "validation.negative");
        assertInvalid(() -> recoveries.markPaid(claim.id(), null, claim.version()), "amount", "validation.required");
        assertRefused(() -> recoveries.markPaid(claim.id(), Money.euros("1"), claim.version() - 1), "concurrentModification");
        assertUnchanged(claim);
    }

    private ClaimSummary claimOf(long projectId, String acceptedCosts) {
        long claimId = fixtures.settle(projectId, acceptedCosts).claimId();
        actAs(users, "admin");
        ClaimSummary claim = recoveries.find(claimId).orElseThrow();
        SecurityContextHolder.clearContext();
        return claim;
    }

    private void assertUnchanged(ClaimSummary claim) {
        actAs(users, "admin");
        assertThat(recoveries.find(claim.id())).contains(claim);
    }

    /** Refused with a message every language has. */
    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", messageKey);
        assertTranslated(messageKey);
    }

    private static void assertInvalid(ThrowingCallable action, String field, String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ValidationFailedException.class, invalid ->
                assertThat(invalid.violations()).anySatisfy(violation -> {
                    assertThat(violation.field()).isEqualTo(field);
                    assertThat(violation.messageKey()).isEqualTo(messageKey);
                }));
        assertTranslated(messageKey);
    }

    private static void assertTranslated(String messageKey) {
        for (String language : List.of("fi", "sv", "en")) {
            Map<String, String> texts = ModularTranslations.load(language);
            assertThat(texts).as(language).containsKey(messageKey);
        }
    }
}
