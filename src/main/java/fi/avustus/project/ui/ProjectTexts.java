package fi.avustus.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fi.avustus.project.ProjectStatus;
import fi.avustus.project.ProjectSummary;
import fi.avustus.shared.Time;
import java.time.LocalDate;

/** How the project screens, and the sections other modules add to them, write a project's name, dates and status. */
public final class ProjectTexts {

    private ProjectTexts() {
    }

    /** The application's project name, or "Project 12" for a project without one. */
    public static String title(Component host, ProjectSummary project) {
        return title(host, project.id(), project.name());
    }

    /** The same for a project known only by its id and name (null when it has none). */
    public static String title(Component host, long projectId, String name) {
        return name == null ? host.getTranslation("project.untitled", String.valueOf(projectId)) : name;
    }

    public static String date(LocalDate date) {
        return Time.formatDate(date);
    }

    public static String period(ProjectSummary project) {
        return date(project.usageStart()) + "–" + date(project.usageEnd());
    }

    public static Span badge(Component host, ProjectStatus status) {
        Span badge = new Span(host.getTranslation("project.status." + status.name()));
        badge.getElement().getThemeList().add(status == ProjectStatus.OPEN ? "badge success" : "badge contrast");
        return badge;
    }

    /** A cost category's name as the decision named it; an unknown code shows as itself. */
    public static String category(Component host, String code) {
        String key = "decision.costCategory." + code;
        String name = host.getTranslation(key);
        return name == null || name.equals("!" + key) ? code : name;
    }
}
