package fi.avustus.recovery;

/** Nothing is outstanding on a recovery claim any more: it was paid in full or reduced to zero. */
public record RecoveryClaimSettled(long claimId, long projectId) {
}
