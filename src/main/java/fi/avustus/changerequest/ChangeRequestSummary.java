package fi.avustus.changerequest;

import fi.avustus.project.ProjectContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A change request as its project's page and the official's task show it.
 *
 * @param late             an extension asked for less than {@link ChangeRequests#LATE_DAYS} days before the usage period ended
 * @param usageEndBefore   the usage period's end when an extension was filed
 * @param lines            a reallocation's lines, empty for other kinds
 * @param contact          a contact change's new contact person, {@link ProjectContact#NONE} for other kinds
 */
public record ChangeRequestSummary(long id, long projectId, long organisationId, ChangeRequestKind kind,
                                   ChangeRequestStatus status, String justification, boolean late,
                                   LocalDate usageEndBefore, LocalDate requestedUsageEnd, LocalDate decidedUsageEnd,
                                   List<ChangeLine> lines, ProjectContact contact, String filedBy, Instant filedAt,
                                   String decidedBy, Instant decidedAt, String decisionJustification, long version) {

    public ChangeRequestSummary {
        lines = List.copyOf(lines);
    }
}
