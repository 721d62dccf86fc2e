package fi.avustus.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.ReferenceNumber;
import fi.avustus.shared.Money;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The finance system's file: approved, unpaid instalments only, in the spreadsheet-friendly CSV dialect. */
class PaymentFileTest {

    private static final OrganisationSummary RECIPIENT = new OrganisationSummary(7, "Koulutuskuntayhtymä; Gradia",
            "Utbildningssamkommunen Gradia", "0208201-1", OrganisationType.JOINT_MUNICIPAL_AUTHORITY, "Keski-Suomi", false, 0);

    private static PaymentSummary payment(int sequence, String amount, PaymentStatus status) {
        return new PaymentSummary(sequence, 42, 7, sequence, LocalDate.of(2027, 3, sequence), Money.euros(amount), status,
                ReferenceNumber.of(42, sequence), "virkailija", Instant.EPOCH, null, null, 1);
    }

    @Test
    void listsApprovedUnpaidInstalmentsWithReferenceRecipientAndDecimalCommaAmount() {
        List<PaymentSummary> payments = List.of(payment(1, "24000", PaymentStatus.APPROVED),
                payment(2, "1234.5", PaymentStatus.APPROVED), payment(3, "99", PaymentStatus.PAID),
                payment(4, "5", PaymentStatus.PLANNED));

        String csv = new String(PaymentFile.csv(payments, Map.of(7L, RECIPIENT), Locale.forLanguageTag("sv"),
                key -> "<" + key + ">"), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "<payment.reference>;<payment.organisation>;<payment.businessId>;<payment.amount>;<payment.dueDate>",
                ReferenceNumber.of(42, 1) + ";Utbildningssamkommunen Gradia;0208201-1;24000,00;2027-03-01",
                ReferenceNumber.of(42, 2) + ";Utbildningssamkommunen Gradia;0208201-1;1234,50;2027-03-02");
        assertThat(new String(PaymentFile.csv(payments.subList(0, 1), Map.of(7L, RECIPIENT), Locale.forLanguageTag("fi"),
                key -> key), StandardCharsets.UTF_8)).contains(";\"Koulutuskuntayhtymä; Gradia\";");
    }
}
