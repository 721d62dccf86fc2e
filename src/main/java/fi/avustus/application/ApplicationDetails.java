package fi.avustus.application;

import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.upload.AttachmentSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Everything the case page and the editor show of one application.
 *
 * @param content       the current content (the draft, or what was last submitted), with its version
 * @param callOpenUntil when the call closes, for the applicant's "submit by" reminder
 * @param callMaxGrant  the call's rules, for the live totals
 */
public record ApplicationDetails(ApplicationSummary summary, ApplicationForm content, Instant callOpenUntil,
                                 BigDecimal callMaxGrant, BigDecimal callMinSelfFinancingPercent,
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
