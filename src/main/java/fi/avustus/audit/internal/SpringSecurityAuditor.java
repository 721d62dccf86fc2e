package fi.avustus.audit.internal;

import java.util.Optional;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

/** Fills created_by / modified_by from the same source as the revision's user. */
@Component("auditor")
class SpringSecurityAuditor implements AuditorAware<String> {

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(AuditRevisionListener.Auditor.currentUsername());
    }
}
