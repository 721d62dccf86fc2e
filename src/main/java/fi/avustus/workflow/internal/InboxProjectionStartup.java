package fi.avustus.workflow.internal;

import fi.avustus.workflow.internal.InboxProjection.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the inbox projection up to date at start-up: on a database whose tasks predate the
 * projection it fills the table; otherwise it finds nothing to do, unless the engine's tables were
 * changed behind its back (by SQL, or at a history level too low to see every change).
 */
@Component
@Order(6)
class InboxProjectionStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InboxProjectionStartup.class);

    private final InboxProjection projection;

    InboxProjectionStartup(InboxProjection projection) {
        this.projection = projection;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Reconciliation reconciliation = projection.reconcile();
        if (reconciliation.changedAnything()) {
            LOG.info("Task inbox projection reconciled with the engine in {} ms: {} rows removed, {} added",
                    (System.nanoTime() - started) / 1_000_000, reconciliation.removed(), reconciliation.added());
        }
    }
}
