package fi.avustus.security;

import java.time.Instant;

/** A personal access token as its owner and administrators see it: never its secret. */
public record AccessTokenSummary(long id, long userId, String name, String prefix, Instant createdAt, String createdBy,
                                 Instant expiresAt, Instant lastUsedAt, Instant revokedAt, AccessTokenStatus status) {
}
