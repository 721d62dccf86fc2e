package fi.avustus.report;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How final reports are picked for audit in one programme: a random share, or every report that
 * shows one of the chosen risks.
 *
 * @param percent          for a random sample: the share of the candidates, rounded up
 * @param risks            for a sample by risk: the risks that pick a report
 * @param largeGrantFrom   a grant of at least this sum is large
 * @param deviationPercent reported costs this many per cent above or below the grant deviate
 */
public record AuditSampling(long programmeId, Integer percent, Set<AuditReason> risks, BigDecimal largeGrantFrom,
                            Integer deviationPercent) {

    public AuditSampling {
        risks = risks == null ? Set.of() : Set.copyOf(risks);
    }

    public boolean random() {
        return risks.isEmpty();
    }
}
