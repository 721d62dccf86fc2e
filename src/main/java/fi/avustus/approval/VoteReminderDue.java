package fi.avustus.approval;

import java.time.Instant;
import java.util.List;

/**
 * The deadline of a round is near and these members have not voted: the notification module may
 * leave them a message. Published in the process step's transaction.
 *
 * @param usernames the members who have not voted yet
 */
public record VoteReminderDue(long roundId, String documentType, long documentId, long documentVersionId,
                              List<String> usernames, Instant deadline) {

    public VoteReminderDue {
        usernames = List.copyOf(usernames);
    }
}
