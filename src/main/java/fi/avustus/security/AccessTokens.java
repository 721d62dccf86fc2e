package fi.avustus.security;

import fi.avustus.security.internal.AccessToken;
import fi.avustus.security.internal.AccessTokenRepository;
import fi.avustus.security.internal.TokenSecret;
import fi.avustus.security.internal.UserAccount;
import fi.avustus.security.internal.UserAccountRepository;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import fi.avustus.shared.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API: each user creates, lists and revokes their own;
 * administrators list and revoke anyone's. A token acts as its owner with the owner's roles and
 * organisations as they are at each request. It stops working at the start of the day it expires
 * on (Helsinki time), which the owner chooses, at most a year ahead.
 */
@Service
@Transactional(readOnly = true)
public class AccessTokens {

    public static final int DEFAULT_VALIDITY_DAYS = 90;
    public static final int MAX_VALIDITY_YEARS = 1;

    private final AccessTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The change history of a token (created, revoked) is the history of this entity. */
    public static Class<?> auditedType() {
        return AccessToken.class;
    }

    /** The day a new token expires on unless its owner chooses another. */
    public LocalDate defaultExpiry() {
        return today().plusDays(DEFAULT_VALIDITY_DAYS);
    }

    /** The first and the last day a new token may expire on. */
    public LocalDate earliestExpiry() {
        return today().plusDays(1);
    }

    public LocalDate latestExpiry() {
        return today().plusYears(MAX_VALIDITY_YEARS);
    }

    /** Creates a token for the current user; the answer carries the secret, which is never shown again. */
    @Transactional
    public CreatedAccessToken create(String name, LocalDate expiresOn) {
        UserAccount owner = currentAccount();
        Validator validator = new Validator().requiredText("name", name, Validator.NAME_MAX).required("expiresOn", expiresOn);
        if (expiresOn != null) {
            validator.check(!expiresOn.isBefore(earliestExpiry()), "expiresOn", "token.expiresTooSoon",
                            Time.formatDate(earliestExpiry()))
                    .check(!expiresOn.isAfter(latestExpiry()), "expiresOn", "token.expiresTooLate",
                            Time.formatDate(latestExpiry()));
        }
        validator.throwIfInvalid();
        TokenSecret secret = TokenSecret.generate();
        Instant expiresAt = expiresOn.atStartOfDay(Time.HELSINKI).toInstant();
        AccessToken token = tokens.saveAndFlush(new AccessToken(owner.getId(), name.strip(), secret, expiresAt));
        return new CreatedAccessToken(summary(token), secret.value());
    }

    /** The current user's tokens, newest first. */
    public List<AccessTokenSummary> mine() {
        return tokens.findByUserIdOrderByIdDesc(currentAccount().getId()).stream().map(this::summary).toList();
    }

    /** A user's tokens, newest first, for the administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccessTokenSummary> ofUser(long userId) {
        return tokens.findByUserIdOrderByIdDesc(userId).stream().map(this::summary).toList();
    }

    /** Revokes a token at once; its owner may revoke it, and so may an administrator. */
    @Transactional
    public AccessTokenSummary revoke(long tokenId) {
        AccessToken token = tokens.findById(tokenId).orElseThrow(() -> new DomainException("notFound"));
        if (!currentUser.hasRole(Role.ADMIN) && token.getUserId() != currentAccount().getId()) {
            throw new AccessDeniedException("access token " + tokenId);
        }
        token.revoke(clock.instant());
        return summary(tokens.saveAndFlush(token));
    }

    private UserAccount currentAccount() {
        String username = currentUser.requireUsername();
        return accounts.findByUsername(username).orElseThrow(() -> new AccessDeniedException("no user account: " + username));
    }

    private LocalDate today() {
        return Time.now(clock).toLocalDate();
    }

    private AccessTokenSummary summary(AccessToken token) {
        AccessTokenStatus status = token.isRevoked() ? AccessTokenStatus.REVOKED
                : token.isExpired(clock.instant()) ? AccessTokenStatus.EXPIRED : AccessTokenStatus.ACTIVE;
        return new AccessTokenSummary(token.getId(), token.getUserId(), token.getName(), token.getPrefix(),
                token.getCreatedAt(), token.getCreatedBy(), token.getExpiresAt(), token.getLastUsedAt(),
                token.getRevokedAt(), status);
    }
}
