package fi.avustus.security;

/** A user was created, changed or archived; the process engine's identity follows it. */
public record UserChanged(String username) {
}
