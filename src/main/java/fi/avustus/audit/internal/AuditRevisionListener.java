package fi.avustus.audit.internal;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the logged-in user; work without one is the system's. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(Auditor.currentUsername());
    }

    static final class Auditor {
        private Auditor() {
        }

        static String currentUsername() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? "system" : authentication.getName();
        }
    }
}
