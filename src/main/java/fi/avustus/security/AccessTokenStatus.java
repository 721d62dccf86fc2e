package fi.avustus.security;

/** Whether a personal access token still lets its owner in. */
public enum AccessTokenStatus {
    ACTIVE, EXPIRED, REVOKED
}
