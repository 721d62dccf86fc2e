package fi.avustus.security.internal;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs people in against the user table; archived and inactive users cannot log in. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository repository;
    private final Clock clock;

    DatabaseUserDetailsService(UserAccountRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = repository.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return details(account);
    }

    /** The account as it is now: its roles, and whether it is disabled or locked. */
    UserDetails details(UserAccount account) {
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList())
                .disabled(!account.isActive() || account.isArchived())
                .accountLocked(account.isLocked(clock.instant()))
                .build();
    }
}
