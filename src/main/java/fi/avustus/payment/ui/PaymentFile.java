package fi.avustus.payment.ui;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.shared.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The file the finance system pays from: the approved instalments not yet paid, each with its
 * reference number, recipient and amount, as CSV or XLSX. Dates are ISO (yyyy-MM-dd), so that no
 * reader guesses the day and month order.
 */
final class PaymentFile {

    private static final List<String> HEADERS = List.of("payment.reference", "payment.organisation",
            "payment.businessId", "payment.amount", "payment.dueDate");
    private static final int AMOUNT = 3;
    private static final int DUE_DATE = 4;

    private final List<List<Object>> rows;
    private final List<String> header;

    /**
     * @param organisations the recipients by id
     * @param texts         translates a message key into the viewer's language
     */
    PaymentFile(List<PaymentSummary> payments, Map<Long, OrganisationSummary> organisations, Locale locale,
                UnaryOperator<String> texts) {
        header = HEADERS.stream().map(texts).toList();
        rows = payments.stream().filter(payment -> payment.status() == PaymentStatus.APPROVED).map(payment -> {
            OrganisationSummary recipient = organisations.get(payment.organisationId());
            return List.<Object>of(payment.reference(), recipient.name(locale), recipient.businessId(), payment.amount(),
                    payment.dueDate());
        }).toList();
    }

    byte[] csv() {
        return Csv.file(Stream.concat(Stream.of(header), rows.stream().map(row -> row.stream().map(PaymentFile::text).toList())));
    }

    /** Amounts and dates as numbers and dates, so that the finance system's import and a spreadsheet sum them. */
    byte[] xlsx(String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Avustus", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < rows.size(); row++) {
                List<Object> cells = rows.get(row);
                sheet.value(row + 1, 0, (String) cells.get(0));
                sheet.value(row + 1, 1, (String) cells.get(1));
                sheet.value(row + 1, 2, (String) cells.get(2));
                sheet.value(row + 1, AMOUNT, (BigDecimal) cells.get(AMOUNT));
                sheet.style(row + 1, AMOUNT).format("#,##0.00").set();
                sheet.value(row + 1, DUE_DATE, (LocalDate) cells.get(DUE_DATE));
                sheet.style(row + 1, DUE_DATE).format("yyyy-mm-dd").set();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object cell) {
        return cell instanceof BigDecimal amount ? Csv.euros(amount) : cell.toString();
    }
}
