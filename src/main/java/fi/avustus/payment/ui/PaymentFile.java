package fi.avustus.payment.ui;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.shared.Spreadsheet;
import fi.avustus.shared.Spreadsheet.Column;
import fi.avustus.shared.Spreadsheet.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The file the finance system pays from: the approved instalments not yet paid, each with its
 * reference number, recipient and amount, as CSV or XLSX (amounts and dates as numbers and dates,
 * so that the finance system's import and a spreadsheet sum them).
 */
final class PaymentFile {

    private final Spreadsheet table;

    /**
     * @param organisations the recipients by id
     * @param texts         translates a message key into the viewer's language
     */
    PaymentFile(List<PaymentSummary> payments, Map<Long, OrganisationSummary> organisations, Locale locale,
                UnaryOperator<String> texts) {
        List<Column> columns = List.of(new Column(texts.apply("payment.reference"), Kind.TEXT),
                new Column(texts.apply("payment.organisation"), Kind.TEXT),
                new Column(texts.apply("payment.businessId"), Kind.TEXT),
                new Column(texts.apply("payment.amount"), Kind.EUROS),
                new Column(texts.apply("payment.dueDate"), Kind.DATE));
        table = new Spreadsheet(columns, payments.stream().filter(payment -> payment.status() == PaymentStatus.APPROVED)
                .map(payment -> {
                    OrganisationSummary recipient = organisations.get(payment.organisationId());
                    return List.<Object>of(payment.reference(), recipient.name(locale), recipient.businessId(),
                            payment.amount(), payment.dueDate());
                }).toList());
    }

    byte[] csv() {
        return table.csv();
    }

    byte[] xlsx(String sheetName) {
        return table.xlsx(sheetName);
    }
}
