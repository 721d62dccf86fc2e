package fi.avustus.consistency.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The consistency rules' side in the process engine, through its public query API only. */
@Component
public class ProcessInstances {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;

    ProcessInstances(RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    /**
     * How long the engine keeps a finished instance of the process in its history (the latest
     * definition's time to live), or empty if for ever.
     */
    public Optional<Duration> historyTimeToLive(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        return Optional.ofNullable(latest).map(ProcessDefinition::getHistoryTimeToLive).map(Duration::ofDays);
    }

    /** The running instances of a process, all versions of its definition. */
    public List<ProcessInstance> running(String processKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).list();
    }

    /**
     * The business keys of every instance of a process that was ever started: running ones and,
     * from the history, finished ones (the history also holds the running ones, unless its level
     * is "none", so both are asked).
     */
    public Set<String> businessKeysEverStarted(String processKey) {
        Set<String> keys = new HashSet<>();
        running(processKey).stream().map(ProcessInstance::getBusinessKey).forEach(keys::add);
        history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .map(HistoricProcessInstance::getBusinessKey).forEach(keys::add);
        return keys;
    }
}
