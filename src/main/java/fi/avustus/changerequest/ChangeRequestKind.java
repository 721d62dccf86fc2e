package fi.avustus.changerequest;

/** What a change request asks for. */
public enum ChangeRequestKind {
    /** A later end of the usage period (the report due dates not yet passed move with it). */
    EXTENSION,
    /** New amounts for the accepted budget lines, with the same total. */
    REALLOCATION,
    /** A new contact person. */
    CONTACT
}
