package fi.avustus.security.internal;

import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A personal access token of one user: its name, the visible start of its secret and the hash of
 * the secret. Only the columns that changed are written, so that revoking a token never puts back
 * a last-used time that a request wrote in the meantime.
 */
@Entity
@Audited
@DynamicUpdate
@Table(name = "access_token")
public class AccessToken extends AuditedEntity {

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String prefix;

    @NotAudited
    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @NotAudited
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    public AccessToken(long userId, String name, TokenSecret secret, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.prefix = secret.prefix();
        this.secretHash = secret.hash();
        this.expiresAt = expiresAt;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    /** Revoking twice keeps the first time: that is when the token stopped working. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
