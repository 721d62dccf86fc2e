package fi.avustus.application.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.application.ApplicationStatus;
import fi.avustus.application.ApplicationSummary;
import fi.avustus.review.ScoreSummary;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallApplicationRowsTest {

    private static final Locale FINNISH = Locale.forLanguageTag("fi");

    @Test
    void theCsvHasAHeaderAndOneLinePerApplicationInTheViewersLanguage() {
        ApplicationSummary scored = application(11, "Yhteinen; ohjaus \"2026\"", ApplicationStatus.IN_ASSESSMENT);
        ApplicationSummary waiting = application(12, "=HYPERLINK(\"x\")", ApplicationStatus.SUBMITTED);
        Map<Long, ScoreSummary> scores = Map.of(11L, new ScoreSummary(2, 2, 1, new BigDecimal("3.30")),
                12L, new ScoreSummary(0, 0, 0, null));

        String csv = new String(CallApplicationRows.csv(List.of(scored, waiting), scores, FINNISH, key -> "<" + key + ">"),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "<application.id>;<application.projectName>;<application.organisation>;<application.status>;"
                        + "<application.submittedAt>;<application.ofCall.assessments>;<application.ofCall.score>",
                "11;\"Yhteinen; ohjaus \"\"2026\"\"\";Lappia;<application.status.IN_ASSESSMENT>;2026-03-02 12:30;2 / 2;3,30",
                "12;\"'=HYPERLINK(\"\"x\"\")\";Lappia;<application.status.SUBMITTED>;2026-03-02 12:30;;");
    }

    @Test
    void scoresReadInTheViewersLanguageAndAreBlankWhenHidden() {
        ScoreSummary scored = new ScoreSummary(3, 3, 0, new BigDecimal("4.5"));
        assertThat(CallApplicationRows.score(scored, FINNISH)).isEqualTo("4,50");
        assertThat(CallApplicationRows.score(scored, Locale.ENGLISH)).isEqualTo("4.50");
        assertThat(CallApplicationRows.score(new ScoreSummary(3, 1, 0, null), FINNISH)).isEmpty();
        assertThat(CallApplicationRows.assessments(new ScoreSummary(3, 1, 0, null))).isEqualTo("1 / 3");
    }

    private static ApplicationSummary application(long id, String projectName, ApplicationStatus status) {
        return new ApplicationSummary(id, 1, null, 2, "Lappia", "Lappia", projectName, status, 1,
                Instant.parse("2026-03-02T10:30:00Z"), null, null);
    }
}
