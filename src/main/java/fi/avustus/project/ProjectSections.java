package fi.avustus.project;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * A section of a project's page that another module contributes (reports, payments, change
 * requests, recovery), so that the page shows everything about the project without the project
 * module knowing those modules. Provide it as a bean; the page calls every bean in {@link #order()}.
 * The page has checked that the user may see the project; a section checks whatever more its
 * own facade needs and shows its own empty state.
 */
public interface ProjectSections {

    /** The section's place on the page, smallest first; the project's own facts come before any. */
    int order();

    /** The section for this project, built for the current user in their language. */
    Component section(ProjectSummary project, Locale locale);

    /** The route of a project's page, for sections and messages that lead back to it. */
    static String pagePath(long projectId) {
        return "projects/" + projectId;
    }
}
