package fi.avustus.consistency;

import java.util.List;

/**
 * How many cases break one rule, with the first few of them (ids, or for process instances
 * the process key, business key and instance id) to start looking from.
 */
public record RuleResult(ConsistencyRule rule, long violations, List<String> examples) {

    public RuleResult {
        examples = List.copyOf(examples);
    }

    public boolean holds() {
        return violations == 0;
    }
}
