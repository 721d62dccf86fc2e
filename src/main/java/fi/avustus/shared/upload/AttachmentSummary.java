package fi.avustus.shared.upload;

import java.time.Instant;

/** An attachment without its bytes: enough to list it and offer a download. */
public record AttachmentSummary(long id, String fileName, String contentType, long size, Instant uploadedAt,
                                String uploadedBy) {
}
