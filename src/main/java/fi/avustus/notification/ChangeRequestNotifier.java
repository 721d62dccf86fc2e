package fi.avustus.notification;

import fi.avustus.changerequest.ChangeRequestDecided;
import fi.avustus.project.ProjectSections;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant organisation's people how their change request was decided (accepted
 * automatically, accepted, accepted with changes or rejected), with a link to the project's page
 * where the request and its decision letter are.
 */
@Component
class ChangeRequestNotifier {

    private final UserMessages messages;
    private final Projects projects;
    private final Users users;

    ChangeRequestNotifier(UserMessages messages, Projects projects, Users users) {
        this.messages = messages;
        this.projects = projects;
        this.users = users;
    }

    @EventListener
    void on(ChangeRequestDecided decided) {
        ProjectSummary project = SystemUser.call(() -> projects.find(decided.projectId()).orElseThrow());
        String name = project.name() == null ? String.valueOf(project.id()) : project.name();
        for (UserSummary user : SystemUser.call(() -> users.withRoleIn(Role.APPLICANT, decided.organisationId()))) {
            messages.send(user.username(), key(decided), ProjectSections.pagePath(project.id()), name);
        }
    }

    static String key(ChangeRequestDecided decided) {
        return "changerequest.notification." + decided.status().name();
    }
}
