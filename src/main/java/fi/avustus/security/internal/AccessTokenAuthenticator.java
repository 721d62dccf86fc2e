package fi.avustus.security.internal;

import fi.avustus.security.InvalidAccessTokenException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the user a bearer token stands for, by the hash of the token, and loads them as a
 * password login would, so that a disabled or locked account, or a change of roles, counts from
 * the next request on. The token's last use is written at most once a minute: an integration
 * calling many times a second does not write a row each time.
 */
@Component
class AccessTokenAuthenticator {

    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final DatabaseUserDetailsService userDetails;
    private final Clock clock;
    private final AccountStatusUserDetailsChecker statusChecker = new AccountStatusUserDetailsChecker();

    AccessTokenAuthenticator(AccessTokenRepository tokens, UserAccountRepository accounts,
                             DatabaseUserDetailsService userDetails, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.clock = clock;
    }

    /** @throws InvalidAccessTokenException whatever the reason the token lets no one in */
    @Transactional
    Authentication authenticate(String presented) {
        TokenSecret secret = TokenSecret.parse(presented)
                .orElseThrow(() -> new InvalidAccessTokenException("not an access token"));
        Instant now = clock.instant();
        AccessToken token = tokens.findBySecretHash(secret.hash())
                .orElseThrow(() -> new InvalidAccessTokenException("unknown access token"));
        if (token.isRevoked()) {
            throw new InvalidAccessTokenException("revoked access token " + token.getId());
        }
        if (token.isExpired(now)) {
            throw new InvalidAccessTokenException("expired access token " + token.getId());
        }
        UserAccount owner = accounts.findById(token.getUserId())
                .orElseThrow(() -> new InvalidAccessTokenException("no owner for access token " + token.getId()));
        UserDetails user = userDetails.details(owner);
        try {
            statusChecker.check(user);
        } catch (AccountStatusException unusable) {
            throw new InvalidAccessTokenException("the owner of access token " + token.getId() + " cannot log in");
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
            tokens.recordUse(token.getId(), now, now.minus(USE_RECORDED_EVERY));
        }
        // The password hash has no business in the request's security context.
        UserDetails principal = User.withUserDetails(user).password("").build();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
