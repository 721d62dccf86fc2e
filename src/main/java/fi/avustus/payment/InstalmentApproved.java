package fi.avustus.payment;

/** An official approved an instalment for payment: a process waiting for that approval moves on. */
public record InstalmentApproved(long instalmentId, long projectId, int sequence) {
}
