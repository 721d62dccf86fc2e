package fi.avustus.consistency;

/**
 * A rule the data must keep. Its title and explanation are the translation keys
 * {@code consistency.rule.<NAME>} and {@code consistency.rule.<NAME>.description}.
 */
public enum ConsistencyRule {
    /** A submitted (non-draft) application whose grant-application process never ran, neither running nor in history. */
    APPLICATION_WITHOUT_PROCESS,
    /** A running instance of one of the product's processes whose case (application, project, change request, document, approval round) does not exist. */
    PROCESS_WITHOUT_CASE,
    /** A project whose approved and paid instalments add up to more than its granted sum. */
    PAYMENTS_OVER_GRANT,
    /** An e-mail that no sender will deliver: given up (failed), or marked as being sent without a lease to run out. */
    MAIL_LOST,
    /** An in-app message with more than one e-mail copy: its recipient would be told twice. */
    MESSAGE_MAILED_TWICE;

    public String titleKey() {
        return "consistency.rule." + name();
    }

    public String descriptionKey() {
        return titleKey() + ".description";
    }
}
