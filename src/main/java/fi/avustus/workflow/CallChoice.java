package fi.avustus.workflow;

/** A call the inbox can be narrowed to, labelled for the current user's language. */
public record CallChoice(long id, String label) {
}
