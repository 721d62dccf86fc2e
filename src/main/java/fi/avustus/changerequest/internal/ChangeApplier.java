package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeLine;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.SystemUser;
import org.springframework.stereotype.Component;

/**
 * Applies an accepted change request to its project, with the decided values. The project module
 * takes changes only from the system user: the decision was checked here, the project checks its
 * own rules once more (and refuses a closed project), in the same transaction.
 */
@Component
public class ChangeApplier {

    private final Projects projects;

    ChangeApplier(Projects projects) {
        this.projects = projects;
    }

    public ProjectSummary apply(ChangeRequest request) {
        long projectId = request.getProjectId();
        return SystemUser.call(() -> switch (request.getKind()) {
            case EXTENSION -> projects.extendUsage(projectId, request.getDecidedUsageEnd());
            case REALLOCATION -> projects.reallocate(projectId, ChangeRules.budget(projects.find(projectId).orElseThrow(),
                    request.getLines().stream().map(ChangeLine::decided).toList()));
            case CONTACT -> projects.changeContact(projectId, request.getContact());
        });
    }
}
