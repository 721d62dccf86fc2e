package fi.avustus.programme;

import fi.avustus.organisation.Organisations;
import fi.avustus.programme.internal.Programme;
import fi.avustus.programme.internal.ProgrammeRepository;
import fi.avustus.programme.internal.ProgrammeRules;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Money;
import fi.avustus.shared.TranslatedName;
import fi.avustus.shared.Validator;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Funding programmes: staff search and read them; administrators create, edit and archive them. */
@Service
@Transactional(readOnly = true)
public class Programmes {

    private final ProgrammeRepository repository;
    private final Organisations organisations;

    Programmes(ProgrammeRepository repository, Organisations organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Page<ProgrammeSummary> search(String search, boolean archived, Pageable pageable) {
        return repository.search(search == null ? "" : search.strip(), archived, pageable).map(Programmes::summary);
    }

    /** Programmes that are not archived, for choosers; staff only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public List<ProgrammeSummary> active() {
        return repository.findByArchivedFalse(Sort.by("name.fi")).stream().map(Programmes::summary).toList();
    }

    /** Programmes are public information (their calls are advertised), so any logged-in user may read one. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgrammeSummary> find(long id) {
        return repository.findById(id).map(Programmes::summary);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeSummary create(ProgrammeForm form) {
        validate(form);
        Programme programme = new Programme();
        apply(form, programme);
        return summary(repository.saveAndFlush(programme));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeSummary update(long id, ProgrammeForm form) {
        Programme programme = repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
        programme.requireVersion(form.getVersion());
        validate(form);
        apply(form, programme);
        return summary(repository.saveAndFlush(programme));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void archive(long id, boolean archived) {
        repository.findById(id).orElseThrow(() -> new DomainException("notFound")).setArchived(archived);
    }

    private void validate(ProgrammeForm form) {
        Validator validator = ProgrammeRules.check(form, new Validator());
        if (form.getFunderId() != null && organisations.findAll(Set.of(form.getFunderId())).isEmpty()) {
            validator.reject("funderId", "programme.funder.unknown");
        }
        validator.throwIfInvalid();
    }

    private static void apply(ProgrammeForm form, Programme programme) {
        programme.setFunderId(form.getFunderId());
        programme.setName(new TranslatedName(form.getNameFi(), form.getNameSv(), form.getNameEn()));
        programme.setDescription(new TranslatedName(form.getDescriptionFi(), form.getDescriptionSv(), form.getDescriptionEn()));
        programme.setTotalBudget(Money.normalise(form.getTotalBudget()));
        programme.setPeriodStart(form.getPeriodStart());
        programme.setPeriodEnd(form.getPeriodEnd());
        programme.setThemes(form.getThemes().stream().map(String::strip).filter(theme -> !theme.isEmpty()).distinct().toList());
        programme.setInterimReportsPerYear(form.getInterimReportsPerYear());
        programme.setReminderDaysBefore(ProgrammeRules.normaliseReminderDays(form.getReminderDaysBefore()));
        programme.setEscalationDaysAfter(form.getEscalationDaysAfter());
        programme.setChangeThresholdPercent(form.getChangeThresholdPercent());
        programme.setRecoveryThreshold(Money.normalise(form.getRecoveryThreshold()));
        programme.setReferenceRatePercent(form.getReferenceRatePercent().setScale(2, RoundingMode.HALF_UP));
    }

    static ProgrammeSummary summary(Programme programme) {
        TranslatedName description = programme.getDescription() == null
                ? new TranslatedName(null, null, null) : programme.getDescription();
        return new ProgrammeSummary(programme.getId(), programme.getFunderId(), programme.getName(), description,
                programme.getTotalBudget(), programme.getPeriodStart(), programme.getPeriodEnd(),
                List.copyOf(programme.getThemes()), programme.getInterimReportsPerYear(),
                programme.getReminderDaysBefore(), programme.getEscalationDaysAfter(),
                new FundingRules(programme.getChangeThresholdPercent(), programme.getRecoveryThreshold(),
                        programme.getReferenceRatePercent()),
                programme.isArchived(),
                programme.getVersion());
    }
}
