package fi.avustus.application;

import fi.avustus.shared.TranslatedName;
import java.time.Instant;
import java.util.List;

/**
 * Everything the case page and the editor show of one application.
 *
 * @param content       the current content (the draft, or what was last submitted), with its version
 * @param callOpenUntil when the call closes, for the applicant's "submit by" reminder
 */
public record ApplicationDetails(ApplicationSummary summary, ApplicationForm content, Instant callOpenUntil,
                                 String completionMessage, String withdrawalReason, Instant submittedAt,
                                 List<AttachmentSummary> attachments, List<SubmittedVersion> versions) {

    public ApplicationDetails {
        attachments = List.copyOf(attachments);
        versions = List.copyOf(versions);
    }

    public long id() {
        return summary.id();
    }

    public ApplicationStatus status() {
        return summary.status();
    }

    public TranslatedName callTitle() {
        return summary.callTitle();
    }
}
