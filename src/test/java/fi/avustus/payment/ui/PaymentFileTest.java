package fi.avustus.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.ReferenceNumber;
import fi.avustus.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finance system's file: approved, unpaid instalments only, in the spreadsheet-friendly CSV dialect. */
class PaymentFileTest {

    private static final OrganisationSummary RECIPIENT = new OrganisationSummary(7, "Koulutuskuntayhtymä; Gradia",
            "Utbildningssamkommunen Gradia", "0208201-1", OrganisationType.JOINT_MUNICIPAL_AUTHORITY, "Keski-Suomi", false, 0);

    private static final List<PaymentSummary> PAYMENTS = List.of(payment(1, "24000", PaymentStatus.APPROVED),
            payment(2, "1234.5", PaymentStatus.APPROVED), payment(3, "99", PaymentStatus.PAID),
            payment(4, "5", PaymentStatus.PLANNED));

    @TempDir
    Path directory;

    private static PaymentSummary payment(int sequence, String amount, PaymentStatus status) {
        return new PaymentSummary(sequence, 42, 7, sequence, LocalDate.of(2027, 3, sequence), Money.euros(amount), status,
                ReferenceNumber.of(42, sequence), "virkailija", Instant.EPOCH, null, null, 1);
    }

    @Test
    void listsApprovedUnpaidInstalmentsWithReferenceRecipientAndDecimalCommaAmount() {
        List<PaymentSummary> payments = PAYMENTS;

        String csv = new String(new PaymentFile(payments, Map.of(7L, RECIPIENT), Locale.forLanguageTag("sv"),
                key -> "<" + key + ">").csv(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "<payment.reference>;<payment.organisation>;<payment.businessId>;<payment.amount>;<payment.dueDate>",
                ReferenceNumber.of(42, 1) + ";Utbildningssamkommunen Gradia;0208201-1;24000,00;2027-03-01",
                ReferenceNumber.of(42, 2) + ";Utbildningssamkommunen Gradia;0208201-1;1234,50;2027-03-02");
        assertThat(new String(new PaymentFile(payments.subList(0, 1), Map.of(7L, RECIPIENT), Locale.forLanguageTag("fi"),
                key -> key).csv(), StandardCharsets.UTF_8)).contains(";\"Koulutuskuntayhtymä; Gradia\";");
    }

    @Test
    void theWorkbookHoldsTheSameInstalmentsWithNumericAmounts() throws IOException {
        byte[] xlsx = new PaymentFile(PAYMENTS, Map.of(7L, RECIPIENT), Locale.forLanguageTag("fi"), key -> "<" + key + ">")
                .xlsx("Maksatukset");

        Map<String, String> parts = unzip(xlsx);
        assertThat(parts.get("xl/workbook.xml")).contains("name=\"Maksatukset\"");
        String texts = parts.get("xl/sharedStrings.xml");
        assertThat(texts).contains("&lt;payment.reference&gt;", ReferenceNumber.of(42, 1), ReferenceNumber.of(42, 2),
                "; Gradia", "0208201-1").doesNotContain(ReferenceNumber.of(42, 3), ReferenceNumber.of(42, 4));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertThat(sheet).containsPattern("<c r=\"D2\"[^>]*><v>24000(\\.00?)?</v>")
                .containsPattern("<c r=\"D3\"[^>]*><v>1234\\.50?</v>").doesNotContain("r=\"A4\"");
    }

    /** Through the central directory, as spreadsheet programs read it: the entries use data descriptors. */
    private Map<String, String> unzip(byte[] bytes) throws IOException {
        Path file = Files.write(directory.resolve("payments.xlsx"), bytes);
        Map<String, String> parts = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream part = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(part.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
