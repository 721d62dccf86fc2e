package fi.avustus.payment;

/** Where an instalment is on its way to the recipient's account; it only moves forward. */
public enum PaymentStatus {
    PLANNED,
    APPROVED,
    PAID
}
