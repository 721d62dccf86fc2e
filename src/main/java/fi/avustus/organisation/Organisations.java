package fi.avustus.organisation;

import fi.avustus.organisation.internal.Organisation;
import fi.avustus.organisation.internal.OrganisationRepository;
import fi.avustus.security.CurrentUser;
import fi.avustus.shared.BusinessId;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: search, create, edit and archive (administrators); look up by id (everyone, own only for applicants). */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private final OrganisationRepository repository;
    private final CurrentUser currentUser;

    Organisations(OrganisationRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public Page<OrganisationSummary> search(String search, boolean archived, Pageable pageable) {
        return repository.search(search == null ? "" : search.strip(), archived, pageable).map(Organisations::summary);
    }

    /** All active organisations, for choosers; staff only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL', 'DECISION_MAKER', 'STEERING_GROUP')")
    public List<OrganisationSummary> active() {
        return repository.search("", false, Pageable.unpaged(Sort.by("nameFi"))).map(Organisations::summary).toList();
    }

    public Optional<OrganisationSummary> find(long id) {
        if (!currentUser.canAccessOrganisation(id) && !currentUser.hasRole(fi.avustus.security.Role.STEERING_GROUP)) {
            throw new AccessDeniedException("organisation " + id);
        }
        return repository.findById(id).map(Organisations::summary);
    }

    /**
     * Organisations by id, without an access check, because everything in the summary (names,
     * business ID, type, region) is public in the trade register; applicants need partners' names.
     */
    public List<OrganisationSummary> findAll(Collection<Long> ids) {
        return repository.withIds(ids).stream().map(Organisations::summary).toList();
    }

    public Optional<OrganisationSummary> findByBusinessId(String businessId) {
        return repository.findByBusinessId(businessId).map(Organisations::summary);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary create(OrganisationForm form) {
        validate(form, null);
        Organisation organisation = new Organisation();
        apply(form, organisation);
        return summary(repository.saveAndFlush(organisation));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationSummary update(long id, OrganisationForm form) {
        Organisation organisation = repository.findById(id).orElseThrow(() -> new DomainException("notFound"));
        organisation.requireVersion(form.getVersion());
        validate(form, id);
        apply(form, organisation);
        return summary(repository.saveAndFlush(organisation));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void archive(long id, boolean archived) {
        repository.findById(id).orElseThrow(() -> new DomainException("notFound")).setArchived(archived);
    }

    private void validate(OrganisationForm form, Long id) {
        Validator validator = new Validator()
                .requiredText("nameFi", form.getNameFi(), Validator.NAME_MAX)
                .requiredText("nameSv", form.getNameSv(), Validator.NAME_MAX)
                .required("type", form.getType())
                .maxLength("region", form.getRegion(), Validator.NAME_MAX)
                .required("businessId", form.getBusinessId());
        String businessId = form.getBusinessId() == null ? "" : form.getBusinessId().strip();
        if (!businessId.isEmpty()) {
            if (!BusinessId.isValid(businessId)) {
                validator.reject("businessId", "businessId.invalid", businessId);
            } else if (repository.findByBusinessId(businessId).filter(other -> !other.getId().equals(id)).isPresent()) {
                validator.reject("businessId", "businessId.taken", businessId);
            }
        }
        validator.throwIfInvalid();
    }

    private static void apply(OrganisationForm form, Organisation organisation) {
        organisation.setNameFi(form.getNameFi().strip());
        organisation.setNameSv(form.getNameSv().strip());
        organisation.setBusinessId(form.getBusinessId().strip());
        organisation.setType(form.getType());
        organisation.setRegion(form.getRegion() == null || form.getRegion().isBlank() ? null : form.getRegion().strip());
    }

    static OrganisationSummary summary(Organisation organisation) {
        return new OrganisationSummary(organisation.getId(), organisation.getNameFi(), organisation.getNameSv(),
                organisation.getBusinessId(), organisation.getType(), organisation.getRegion(), organisation.isArchived(),
                organisation.getVersion());
    }
}
