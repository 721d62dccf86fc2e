package fi.avustus.payment.ui;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.shared.Csv;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The file the finance system pays from: the approved instalments not yet paid, each with its
 * reference number, recipient and amount. Dates are ISO (yyyy-MM-dd), so that no reader guesses
 * the day and month order.
 */
final class PaymentFile {

    private PaymentFile() {
    }

    /**
     * @param organisations the recipients by id
     * @param texts         translates a message key into the viewer's language
     */
    static byte[] csv(List<PaymentSummary> payments, Map<Long, OrganisationSummary> organisations, Locale locale,
                      UnaryOperator<String> texts) {
        Stream<List<String>> header = Stream.of(Stream.of("payment.reference", "payment.organisation",
                "payment.businessId", "payment.amount", "payment.dueDate").map(texts).toList());
        Stream<List<String>> rows = payments.stream().filter(payment -> payment.status() == PaymentStatus.APPROVED)
                .map(payment -> {
                    OrganisationSummary recipient = organisations.get(payment.organisationId());
                    return List.of(payment.reference(), recipient.name(locale), recipient.businessId(),
                            Csv.euros(payment.amount()), payment.dueDate().toString());
                });
        return Csv.file(Stream.concat(header, rows));
    }
}
