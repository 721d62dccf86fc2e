package fi.avustus.api;

import fi.avustus.consistency.ConsistencyReport;
import fi.avustus.consistency.ConsistencyRule;
import fi.avustus.consistency.RuleResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The consistency check's report. */
@Schema(name = "ConsistencyReport", description = "Every consistency rule with how many cases break it; clean when none does.")
public record ConsistencyReportDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant checkedAt,
        @Schema(description = "True when every rule holds.", requiredMode = Schema.RequiredMode.REQUIRED) boolean clean,
        @Schema(description = "The cases breaking any rule, added up.", requiredMode = Schema.RequiredMode.REQUIRED) long violations,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Rule> rules) {

    @Schema(name = "ConsistencyRuleResult", description = "One rule: how many cases break it, and the first of them.")
    public record Rule(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ConsistencyRule rule,
            @Schema(description = "The rule's name in the caller's language.", requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long violations,
            @Schema(description = "The first few offending cases: ids, or for a process instance its process, business key "
                    + "and instance id.", requiredMode = Schema.RequiredMode.REQUIRED) List<String> examples) {
    }

    static ConsistencyReportDto of(ConsistencyReport report, Function<String, String> text) {
        return new ConsistencyReportDto(report.checkedAt(), report.clean(), report.violations(), report.rules().stream()
                .map(result -> rule(result, text)).toList());
    }

    private static Rule rule(RuleResult result, Function<String, String> text) {
        return new Rule(result.rule(), text.apply(result.rule().titleKey()), result.violations(), result.examples());
    }
}
