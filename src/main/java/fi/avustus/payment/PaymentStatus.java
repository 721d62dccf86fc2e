package fi.avustus.payment;

/** Where an instalment is on its way to the recipient's account; it only moves forward, or is cancelled unpaid. */
public enum PaymentStatus {
    PLANNED,
    APPROVED,
    PAID,
    /** Not needed after all: the final report's accepted costs were covered by the earlier instalments. */
    CANCELLED
}
