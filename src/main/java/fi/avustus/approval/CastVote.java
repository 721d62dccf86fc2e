package fi.avustus.approval;

import java.time.Instant;

/** One member's vote as it may be shown. */
public record CastVote(String personName, VoteChoice choice, String comment, Instant castAt) {
}
