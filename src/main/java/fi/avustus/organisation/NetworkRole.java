package fi.avustus.organisation;

/** What an organisation does in a network. */
public enum NetworkRole {
    COORDINATOR,
    MEMBER,
    PARTNER
}
