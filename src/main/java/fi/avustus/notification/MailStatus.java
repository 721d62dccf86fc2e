package fi.avustus.notification;

/** Where an e-mail in the outbox is: waiting, being sent by one node, sent, or given up. */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED
}
