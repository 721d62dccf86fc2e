package fi.avustus.application;

import java.util.List;
import java.util.Map;

/** The applications of one call for staff, with how many are in each status (drafts are the applicants' own business). */
public record CallApplications(List<ApplicationSummary> applications, Map<ApplicationStatus, Long> countsByStatus) {

    public CallApplications {
        applications = List.copyOf(applications);
        countsByStatus = Map.copyOf(countsByStatus);
    }
}
