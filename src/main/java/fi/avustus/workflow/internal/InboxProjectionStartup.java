package fi.avustus.workflow.internal;

import fi.avustus.workflow.internal.InboxProjection.Reconciliation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the inbox projection at start-up when it lacks rows or has too many: on a database whose
 * tasks predate the projection, or after the engine's tables were changed behind its back. A full
 * comparison of every row costs seconds at 100 000 tasks (docs/PERFORMANCE.md), so start-up only
 * counts; {@link InboxProjection#inconsistencies()} and {@link InboxProjection#reconcile()} check
 * and repair everything on demand.
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
        if (projection.countsAgree()) {
            return;
        }
        long started = System.nanoTime();
        Reconciliation reconciliation = projection.reconcile();
        if (reconciliation.changedAnything()) {
            LOG.info("Task inbox projection reconciled with the engine in {} ms: {} rows removed, {} added",
                    (System.nanoTime() - started) / 1_000_000, reconciliation.removed(), reconciliation.added());
        }
    }
}
