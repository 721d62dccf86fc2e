package fi.avustus.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox projection in step with the engine, in the engine's transaction: every user
 * task's changes ({@link UserTaskChanges}) and the process-level changes that reach its row
 * ({@link ProcessInstanceChanges}) are noted during a command and written when it ends
 * ({@link InboxChanges}). Picked up by the Camunda Spring Boot starter as a bean.
 */
@Component
class InboxProjectionPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(InboxProjectionPlugin.class);

    private final InboxProjection projection;

    InboxProjectionPlugin(InboxProjection projection) {
        this.projection = projection;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        add(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners,
                new UserTaskChanges());
        add(configuration::getCustomHistoryEventHandlers, configuration::setCustomHistoryEventHandlers,
                new ProcessInstanceChanges());
        add(configuration::getCustomSessionFactories, configuration::setCustomSessionFactories,
                new InboxChanges.Factory(projection));
        add(configuration::getCustomPostCommandInterceptorsTxRequired, configuration::setCustomPostCommandInterceptorsTxRequired,
                new InboxChanges.Opening());
        add(configuration::getCustomPostCommandInterceptorsTxRequiresNew,
                configuration::setCustomPostCommandInterceptorsTxRequiresNew, new InboxChanges.Opening());
    }

    private static <T> void add(Supplier<List<T>> current, Consumer<List<T>> replace, T extension) {
        List<T> extensions = current.get() == null ? new ArrayList<>() : new ArrayList<>(current.get());
        extensions.add(extension);
        replace.accept(extensions);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (configuration.getHistoryLevel().getId() < HistoryLevel.HISTORY_LEVEL_AUDIT.getId()) {
            LOG.warn("History level {} is below audit: the task inbox does not see a changed call or organisation variable, "
                    + "business key or suspension until InboxProjection.reconcile() runs",
                    configuration.getHistoryLevel().getName());
        }
    }
}
