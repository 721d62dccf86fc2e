package fi.avustus.application.ui;

import fi.avustus.application.ApplicationSummary;
import fi.avustus.review.ScoreSummary;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A call's applications with their assessment progress and scores as text: the same wording on
 * the officials' list and in its CSV export.
 */
final class CallApplicationRows {

    /** Semicolons: spreadsheets in Finnish and Swedish locales read decimal commas, so commas cannot separate. */
    private static final String SEPARATOR = ";";
    /** Lets spreadsheets recognise UTF-8 (ä, ö, å). */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CallApplicationRows() {
    }

    /** "submitted / assigned" reviewers, without those who declared a conflict; blank when none is assigned. */
    static String assessments(ScoreSummary score) {
        return score == null || score.assigned() == 0 ? "" : score.submitted() + " / " + score.assigned();
    }

    /** The mean weighted total with two decimals; blank while none is in or while hidden from the viewer. */
    static String score(ScoreSummary score, Locale locale) {
        if (score == null || score.averageWeightedTotal() == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(score.averageWeightedTotal());
    }

    /** The mean for sorting: no score ranks below every score, so a descending sort ends with the unscored. */
    static BigDecimal sortableScore(ScoreSummary score) {
        return score == null ? null : score.averageWeightedTotal();
    }

    /**
     * The rows as CSV, one application a line under a header row.
     *
     * @param texts translates a message key into the viewer's language
     */
    static byte[] csv(List<ApplicationSummary> applications, Map<Long, ScoreSummary> scores, Locale locale,
                      UnaryOperator<String> texts) {
        Stream<String> header = Stream.of(line(Stream.of("application.id", "application.projectName",
                "application.organisation", "application.status", "application.submittedAt",
                "application.ofCall.assessments", "application.ofCall.score").map(texts)));
        Stream<String> rows = applications.stream().map(application -> line(Stream.of(String.valueOf(application.id()),
                application.projectName(), application.organisationName(locale),
                texts.apply("application.status." + application.status().name()),
                application.lastSubmittedAt() == null ? "" : TIME.format(application.lastSubmittedAt().atZone(Time.HELSINKI)),
                assessments(scores.get(application.id())), score(scores.get(application.id()), locale))));
        return (BYTE_ORDER_MARK + Stream.concat(header, rows).collect(Collectors.joining("\r\n", "", "\r\n")))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Stream<String> cells) {
        return cells.map(CallApplicationRows::cell).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * Quotes a cell when needed, and defuses text that a spreadsheet would run as a formula
     * (applicants write project names).
     */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(SEPARATOR) || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
