package fi.avustus.recovery;

/**
 * Where a recovery claim is. It stays open while anything is outstanding, whatever was paid or
 * reduced on the way, and is settled by whichever brought the outstanding sum to zero.
 */
public enum ClaimStatus {
    OPEN,
    /** The last of the outstanding sum was paid. */
    PAID,
    /** The last of the outstanding sum was waived by a justified reduction. */
    REDUCED;

    public boolean isSettled() {
        return this != OPEN;
    }
}
