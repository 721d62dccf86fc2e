package fi.avustus.report.internal;

import fi.avustus.report.ReportContent.CostLine;
import fi.avustus.report.ReportStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a project's reports together say it spent: only reports submitted or accepted count. */
public final class ReportCosts {

    public static final Set<ReportStatus> REPORTED = EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    private ReportCosts() {
    }

    /** Each budget line's costs in the project's reports other than this one that were submitted or accepted. */
    public static List<BigDecimal> spentBefore(Report report, List<Report> projectReports) {
        List<BigDecimal> totals = new ArrayList<>();
        for (Report earlier : projectReports) {
            if (earlier.getId().equals(report.getId()) || !REPORTED.contains(earlier.getStatus())) {
                continue;
            }
            List<CostLine> lines = ReportJson.read(earlier.getContent()).costs();
            for (int i = 0; i < lines.size(); i++) {
                BigDecimal spent = lines.get(i).spent() == null ? BigDecimal.ZERO : lines.get(i).spent();
                if (i < totals.size()) {
                    totals.set(i, totals.get(i).add(spent));
                } else {
                    totals.add(spent);
                }
            }
        }
        return totals;
    }
}
