package fi.avustus.recovery.internal;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.ProgrammeSummary;
import fi.avustus.project.ProjectSummary;
import fi.avustus.recovery.ClaimSummary;
import fi.avustus.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Writes a claim's letter with the parties' names, and keeps the PDF as it was sent. */
@Component
public class RecoveryLetters {

    private final Organisations organisations;
    private final StoredRecoveryLetterRepository letters;
    private final Clock clock;

    RecoveryLetters(Organisations organisations, StoredRecoveryLetterRepository letters, Clock clock) {
        this.organisations = organisations;
        this.letters = letters;
        this.clock = clock;
    }

    /** Renders and stores the letter of a new claim, in the claim's transaction. */
    public void write(ClaimSummary claim, ProjectSummary project, CallSummary call, ProgrammeSummary programme,
                      BigDecimal paid, BigDecimal acceptedCosts) {
        Locale locale = Locale.forLanguageTag(claim.language());
        Map<Long, OrganisationSummary> parties = organisations.findAll(List.of(programme.funderId(), project.organisationId()))
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        OrganisationSummary funder = parties.get(programme.funderId());
        OrganisationSummary recipient = parties.get(project.organisationId());
        byte[] pdf = RecoveryLetterTemplate.pdf(new RecoveryLetterContent(claim, funder.name(locale), recipient.name(locale),
                recipient.businessId(), programme.name(locale), call.title(locale), project.applicationId(),
                project.decisionId(), project.grantedAmount(), paid, acceptedCosts));
        letters.save(new StoredRecoveryLetter(claim.id(), claim.language(), pdf, Instant.now(clock)));
    }

    public byte[] read(long claimId) {
        return letters.findById(claimId).map(StoredRecoveryLetter::getPdf)
                .orElseThrow(() -> new DomainException("recovery.error.noLetter"));
    }
}
