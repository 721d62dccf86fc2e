package fi.avustus.report.process;

import fi.avustus.project.Projects;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.security.SystemUser;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Letters at a project's end speak the language its decision letter was written in. */
@Component
public class LetterLanguages {

    private final Projects projects;
    private final Decisions decisions;

    LetterLanguages(Projects projects, Decisions decisions) {
        this.projects = projects;
        this.decisions = decisions;
    }

    public Locale of(long projectId) {
        return SystemUser.call(() -> projects.find(projectId).flatMap(project -> decisions.find(project.decisionId())))
                .map(DecisionSummary::language).map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("fi"));
    }
}
