package fi.avustus.review.internal;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Time;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Writes the letter of an approved decision: gathers the parties' names, renders and keeps the PDF. */
@Component
public class DecisionLetters {

    private final Calls calls;
    private final Programmes programmes;
    private final Organisations organisations;
    private final PersonNames names;
    private final StoredLetterRepository letters;

    DecisionLetters(Calls calls, Programmes programmes, Organisations organisations, PersonNames names,
                    StoredLetterRepository letters) {
        this.calls = calls;
        this.programmes = programmes;
        this.organisations = organisations;
        this.names = names;
        this.letters = letters;
    }

    /** Renders and stores the letter; call once the decision is approved, in the same transaction. */
    public void writeFor(Decision decision) {
        byte[] pdf = LetterRenderer.pdf(content(decision));
        letters.save(new StoredLetter(decision.getId(), decision.getLanguage(), pdf, decision.getDecidedAt()));
    }

    public byte[] read(long decisionId) {
        return letters.findById(decisionId).map(StoredLetter::getPdf).orElseThrow(() -> new DomainException("decision.noLetter"));
    }

    LetterContent content(Decision decision) {
        Locale locale = Locale.forLanguageTag(decision.getLanguage());
        CallSummary call = calls.find(decision.getCallId()).orElseThrow(() -> new DomainException("notFound"));
        ProgrammeSummary programme = programmes.find(call.programmeId()).orElseThrow(() -> new DomainException("notFound"));
        Map<Long, OrganisationSummary> parties = organisations.findAll(List.of(programme.funderId(), decision.getOrganisationId()))
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        OrganisationSummary funder = parties.get(programme.funderId());
        OrganisationSummary applicant = parties.get(decision.getOrganisationId());
        if (funder == null || applicant == null) {
            throw new DomainException("notFound");
        }
        return new LetterContent(decision.getLanguage(), decision.getId(), decision.getApplicationId(),
                decision.getDecidedAt().atZone(Time.HELSINKI).toLocalDate(), funder.name(locale), applicant.name(locale),
                applicant.businessId(), programme.name(locale), call.title(locale), decision.isPositive(),
                decision.getRequestedAmount(), decision.getGrantedAmount(), decision.getCostLines(),
                decision.getUsageStart(), decision.getUsageEnd(), decision.getConditions(),
                decision.getReportingSchedule(), decision.getReportingDuties(), decision.getInstalments(),
                decision.getJustification(), names.of(decision.getPresenter()), names.of(decision.getDecisionMaker()));
    }
}
