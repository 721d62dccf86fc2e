package fi.avustus.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Locks an account for a while after repeated failed logins, so passwords cannot be guessed. */
@Component
class LoginAttempts {

    private final UserAccountRepository repository;
    private final Clock clock;
    private final int limit;
    private final Duration lockFor;

    LoginAttempts(UserAccountRepository repository, Clock clock,
                  @Value("${avustus.security.failed-login-limit:5}") int limit,
                  @Value("${avustus.security.lock-duration:PT15M}") Duration lockFor) {
        this.repository = repository;
        this.clock = clock;
        this.limit = limit;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        repository.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.recordFailedLogin(clock.instant(), limit, lockFor));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        repository.findByUsername(event.getAuthentication().getName())
                .filter(account -> !account.isLocked(clock.instant()))
                .ifPresent(UserAccount::recordSuccessfulLogin);
    }
}
