package fi.avustus.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.report.ReportContent;
import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.ReportContent.ObjectiveProgress;
import fi.avustus.shared.ValidationFailedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRulesTest {

    private static List<String> draftViolations(ReportContent content) {
        try {
            ReportRules.forDraft(content).throwIfInvalid();
            return List.of();
        } catch (ValidationFailedException invalid) {
            return invalid.violations().stream().map(violation -> violation.field() + ":" + violation.messageKey()).toList();
        }
    }

    private static ReportContent with(List<ObjectiveProgress> objectives, List<CostLine> costs) {
        return new ReportContent(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "Yhteenveto", objectives, List.of(), costs);
    }

    @Test
    void aDraftWithThePlansTextsSaves() {
        assertThat(draftViolations(with(List.of(new ObjectiveProgress("Tavoite", "Edistynyt")),
                List.of(new CostLine("PERSONNEL", 2026, "Palkat", new BigDecimal("1000.00"), new BigDecimal("10.00"))))))
                .isEmpty();
    }

    /** The plan's texts come back with the report; what PostgreSQL cannot keep as it is must be refused, not garbled. */
    @Test
    void textsSentBackWithTheReportThatTheDatabaseCannotKeepAreRefused() {
        assertThat(draftViolations(with(List.of(new ObjectiveProgress("\uD800", "Edistynyt")),
                List.of(new CostLine("PERSONNEL", 2026, "Pal\0kat", new BigDecimal("1000.00"), null)))))
                .containsExactly("objectives.0:validation.characters", "costs.0:validation.characters");
    }
}
