package fi.avustus.consistency;

import java.time.Instant;
import java.util.List;

/** The result of one consistency check: every rule, in the order of {@link ConsistencyRule}. */
public record ConsistencyReport(Instant checkedAt, List<RuleResult> rules) {

    public ConsistencyReport {
        rules = List.copyOf(rules);
    }

    public boolean clean() {
        return rules.stream().allMatch(RuleResult::holds);
    }

    public long violations() {
        return rules.stream().mapToLong(RuleResult::violations).sum();
    }

    public RuleResult result(ConsistencyRule rule) {
        return rules.stream().filter(result -> result.rule() == rule).findFirst().orElseThrow();
    }
}
