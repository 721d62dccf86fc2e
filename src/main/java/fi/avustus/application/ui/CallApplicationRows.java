package fi.avustus.application.ui;

import fi.avustus.application.ApplicationSummary;
import fi.avustus.review.ScoreSummary;
import fi.avustus.shared.Csv;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A call's applications with their assessment progress and scores as text: the same wording on
 * the officials' list and in its CSV export.
 */
final class CallApplicationRows {

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
        Stream<List<String>> header = Stream.of(Stream.of("application.id", "application.projectName",
                "application.organisation", "application.status", "application.submittedAt",
                "application.ofCall.assessments", "application.ofCall.score").map(texts).toList());
        Stream<List<String>> rows = applications.stream().map(application -> Arrays.asList(String.valueOf(application.id()),
                application.projectName(), application.organisationName(locale),
                texts.apply("application.status." + application.status().name()),
                application.lastSubmittedAt() == null ? "" : TIME.format(application.lastSubmittedAt().atZone(Time.HELSINKI)),
                assessments(scores.get(application.id())), score(scores.get(application.id()), locale)));
        return Csv.file(Stream.concat(header, rows));
    }
}
