package fi.avustus.workflow.internal;

import fi.avustus.workflow.TaskType;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The kinds of user task, read from the deployed process models (latest versions) so that a new
 * process or task needs no list kept by hand. The engine caches the parsed models.
 */
@Component
public class UserTaskTypes {

    private final RepositoryService repository;

    UserTaskTypes(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * The user tasks that can reach someone in these groups: those offered to one of them, and
     * those given to a person by the process (an assignee or candidate users instead of groups).
     */
    public List<TaskType> receivableBy(Collection<String> groups) {
        Set<TaskType> types = new LinkedHashSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                if (receivable(task.getCamundaCandidateGroups(), groups)) {
                    types.add(new TaskType(definition.getKey(), task.getId()));
                }
            }
        }
        return List.copyOf(types);
    }

    private static boolean receivable(String candidateGroups, Collection<String> groups) {
        return candidateGroups == null || candidateGroups.isBlank()
                || Arrays.stream(candidateGroups.split(",")).map(String::strip).anyMatch(groups::contains);
    }
}
