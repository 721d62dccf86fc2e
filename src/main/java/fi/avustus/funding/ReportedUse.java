package fi.avustus.funding;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What projects have reported of their use of the grant. Implemented by the module that holds the
 * reports; with no implementation nothing is reported, and the overview says so. Several
 * implementations add up.
 */
public interface ReportedUse {

    /**
     * The eligible costs reported so far, in euros, by project; a project that has reported nothing
     * may be missing or zero.
     */
    Map<Long, BigDecimal> spentByProject(Collection<Long> projectIds);

    /** The reported actuals of the projects' indicators against their targets. */
    List<IndicatorActual> indicatorActuals(Collection<Long> projectIds);
}
