package fi.avustus.approval;

import java.time.Instant;

/**
 * A document on a meeting's agenda, with its round as it stands.
 *
 * @param outcome empty while the round is in progress
 */
public record AgendaItem(long roundId, String documentTitle, String documentRoute, RoundStatus status,
                         ApprovalOutcome outcome, Instant deadline) {
}
