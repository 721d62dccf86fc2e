package fi.avustus.changerequest.internal;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.shared.letter.LetterPdf;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import fi.avustus.shared.Time;
import fi.avustus.ui.ModularTranslations;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes and keeps the letter of an official's decision on a change request, in the language of
 * the grant's own decision letter.
 */
@Component
public class ChangeLetters {

    private final StoredChangeLetterRepository letters;
    private final Projects projects;
    private final Decisions decisions;
    private final Calls calls;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Users users;
    private final ModularTranslations translations;
    private final Clock clock;

    ChangeLetters(StoredChangeLetterRepository letters, Projects projects, Decisions decisions, Calls calls,
                  Programmes programmes, Organisations organisations, Users users, ModularTranslations translations,
                  Clock clock) {
        this.letters = letters;
        this.projects = projects;
        this.decisions = decisions;
        this.calls = calls;
        this.programmes = programmes;
        this.organisations = organisations;
        this.users = users;
        this.translations = translations;
        this.clock = clock;
    }

    /** Renders and stores the letter, once the decision (and an accepted change) is in place. */
    public void writeFor(ChangeRequest request) {
        LetterContent content = SystemUser.call(() -> content(request));
        Locale locale = Locale.forLanguageTag(content.language());
        byte[] pdf = LetterPdf.render(LetterTemplate.xhtml(content,
                (key, arguments) -> translations.getTranslation(key, locale, arguments)));
        letters.save(new StoredChangeLetter(request.getId(), content.language(), pdf, clock.instant()));
    }

    private LetterContent content(ChangeRequest request) {
        ProjectSummary project = projects.find(request.getProjectId()).orElseThrow();
        DecisionSummary decision = decisions.find(project.decisionId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(decision.language());
        CallSummary call = calls.find(project.callId()).orElseThrow();
        ProgrammeSummary programme = programmes.find(call.programmeId()).orElseThrow();
        Map<Long, OrganisationSummary> parties = organisations.findAll(List.of(programme.funderId(), project.organisationId()))
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        OrganisationSummary applicant = parties.get(project.organisationId());
        String official = users.find(request.summary().decidedBy()).map(UserSummary::displayName)
                .orElse(request.summary().decidedBy());
        return new LetterContent(decision.language(), Time.now(clock).toLocalDate(), request.summary(), project,
                parties.get(programme.funderId()).name(locale), applicant.name(locale), applicant.businessId(),
                programme.name(locale), call.title(locale), official);
    }
}
