package fi.avustus.consistency.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.consistency.ConsistencyReport;
import fi.avustus.consistency.ConsistencyRule;
import fi.avustus.consistency.RuleResult;
import fi.avustus.ui.ModularTranslations;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command prints a line per rule and exits 0 only when every rule holds. */
class ConsistencyCommandTest {

    private final ConsistencyCommand command = new ConsistencyCommand(null, new ModularTranslations(), null);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void aCleanReportExitsZero() {
        int status = command.print(report(0), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ConsistencyCommand.CLEAN);
        assertThat(output()).contains("Consistency check at 23.11.2026 20:30", "       0  Payments over the granted sum",
                "Every rule holds.").doesNotContain("first:");
    }

    @Test
    void aBrokenRuleExitsOneAndNamesTheCases() {
        int status = command.print(report(2), new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(ConsistencyCommand.BROKEN);
        assertThat(output()).contains("       2  Payments over the granted sum", "first: 7, 9", "2 cases break the rules.");
    }

    private static ConsistencyReport report(long paymentsOverGrant) {
        List<RuleResult> results = Arrays.stream(ConsistencyRule.values())
                .map(rule -> rule == ConsistencyRule.PAYMENTS_OVER_GRANT && paymentsOverGrant > 0
                        ? new RuleResult(rule, paymentsOverGrant, List.of("7", "9"))
                        : new RuleResult(rule, 0, List.of()))
                .toList();
        return new ConsistencyReport(Instant.parse("2026-11-23T18:30:00Z"), results);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
