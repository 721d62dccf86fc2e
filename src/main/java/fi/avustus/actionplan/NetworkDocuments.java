package fi.avustus.actionplan;

import fi.avustus.actionplan.internal.ContentJson;
import fi.avustus.actionplan.internal.DocumentAccess;
import fi.avustus.actionplan.internal.DocumentLifecycle;
import fi.avustus.actionplan.internal.DocumentViews;
import fi.avustus.actionplan.internal.Drafts;
import fi.avustus.actionplan.internal.Governance;
import fi.avustus.actionplan.internal.PlanDocument;
import fi.avustus.actionplan.internal.PlanDocumentRepository;
import fi.avustus.actionplan.internal.PlanDocumentVersion;
import fi.avustus.actionplan.internal.PlanDocumentVersionRepository;
import fi.avustus.organisation.NetworkMember;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.FieldChange;
import fi.avustus.shared.JsonDifference;
import fi.avustus.shared.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's yearly documents: the coordinator creates and edits drafts and starts a revision of
 * an approved document; the network's organisations, staff and the steering group read them,
 * their frozen versions and the differences between any two. Submission and the group's outcome
 * go through the document's process ({@code actionplan.process.DocumentFlow}).
 */
@Service
@Transactional(readOnly = true)
public class NetworkDocuments {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final PlanDocumentRepository repository;
    private final PlanDocumentVersionRepository versions;
    private final DocumentAccess access;
    private final DocumentViews views;
    private final Drafts drafts;
    private final Governance governance;

    NetworkDocuments(PlanDocumentRepository repository, PlanDocumentVersionRepository versions, DocumentAccess access,
              DocumentViews views, Drafts drafts, Governance governance) {
        this.repository = repository;
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.drafts = drafts;
        this.governance = governance;
    }

    /** The networks whose documents the user may see: all for staff, otherwise their organisations' and their groups'. */
    @PreAuthorize("isAuthenticated()")
    public List<NetworkSummary> networks() {
        List<NetworkSummary> active = governance.activeNetworks();
        if (access.isStaff()) {
            return active;
        }
        Set<Long> governed = access.userId().map(userId -> governance.groupsOfUser(userId).stream()
                .map(group -> group.networkId()).filter(id -> id != null).collect(Collectors.toSet())).orElse(Set.of());
        return active.stream().filter(network -> governed.contains(network.id()) || network.members().stream()
                .map(NetworkMember::organisationId).anyMatch(access.organisationIds()::contains)).toList();
    }

    /** The network's documents, newest year first; its steering group sees only those sent to it. */
    @PreAuthorize("isAuthenticated()")
    public List<DocumentSummary> ofNetwork(long networkId) {
        if (!access.canReadDraft(networkId) && !access.governsNetwork(networkId)) {
            throw new AccessDeniedException("network " + networkId);
        }
        return repository.findByNetworkIdOrderByYearDescTypeAsc(networkId).stream().filter(access::canRead)
                .map(views::summary).toList();
    }

    /** Whether the current user writes this network's documents. */
    @PreAuthorize("isAuthenticated()")
    public boolean writes(long networkId) {
        return access.isCoordinator(networkId);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<DocumentDetails> find(long id) {
        return access.readable(id).map(views::details);
    }

    /**
     * Starts the network's document of a type for a year. A plan starts from the latest approved plan
     * of an earlier year, if any; a report is pre-filled from the year's approved plans, which it needs.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long create(DocumentType type, long networkId, int year) {
        access.requireCoordinator(networkId);
        requireYear(year);
        if (repository.findByNetworkIdAndYearAndType(networkId, year, type).isPresent()) {
            throw new DomainException("actionplan.document.exists", String.valueOf(year));
        }
        return repository.saveAndFlush(new PlanDocument(type, networkId, year,
                ContentJson.write(drafts.start(type, networkId, year)))).getId();
    }

    /**
     * An administrator brings in a network's existing document (e.g. written on paper before, or the
     * demo data) as a draft for the coordinator to submit; the draft rules apply as to any save.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long importDraft(DocumentType type, long networkId, int year, DocumentContent content) {
        governance.network(networkId).orElseThrow(() -> new DomainException("notFound"));
        requireYear(year);
        if (repository.findByNetworkIdAndYearAndType(networkId, year, type).isPresent()) {
            throw new DomainException("actionplan.document.exists", String.valueOf(year));
        }
        PlanDocument document = repository.saveAndFlush(new PlanDocument(type, networkId, year,
                ContentJson.write(ContentJson.empty(type))));
        document.setContent(ContentJson.write(drafts.check(document, content)));
        return repository.saveAndFlush(document).getId();
    }

    /** Saves what was typed with the draft rules only; returns the version for the next save. */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long saveDraft(long id, long lockVersion, DocumentContent content) {
        PlanDocument document = access.requireOwnForUpdate(id);
        DocumentLifecycle.requireEditable(document);
        document.requireVersion(lockVersion);
        document.setContent(ContentJson.write(drafts.check(document, content)));
        return repository.saveAndFlush(document).getVersion();
    }

    /**
     * Starts a new revision of the approved version: the draft becomes editable again, starting from
     * what was approved, which stays the baseline until a new version is approved.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long startRevision(long id) {
        PlanDocument document = access.requireOwnForUpdate(id);
        if (document.getStatus() != DocumentStatus.APPROVED) {
            throw new DomainException("actionplan.revision.notApproved");
        }
        document.setContent(versions.findById(document.getApprovedVersionId()).orElseThrow().getContent());
        document.setStatus(DocumentStatus.DRAFT);
        return repository.saveAndFlush(document).getVersion();
    }

    /**
     * Moves an annual report onto the action and financial plans approved now, after a new version of
     * either was approved; what was written is kept wherever the plans still match.
     */
    @Transactional
    @PreAuthorize("hasRole('APPLICANT')")
    public long rebaseReport(long id) {
        PlanDocument document = access.requireOwnForUpdate(id);
        DocumentLifecycle.requireEditable(document);
        if (document.getType() != DocumentType.ANNUAL_REPORT) {
            throw new DomainException("actionplan.content.wrongType");
        }
        AnnualReportContent written = (AnnualReportContent) ContentJson.read(document.getType(), document.getContent());
        document.setContent(ContentJson.write(drafts.rebase(written, document.getNetworkId(), document.getYear())));
        return repository.saveAndFlush(document).getVersion();
    }

    @PreAuthorize("isAuthenticated()")
    public FrozenVersion version(long id, int number) {
        return views.frozen(access.requireReadable(id), number);
    }

    /** What changed from one submitted version to another, field by field; any two, in either order. */
    @PreAuthorize("isAuthenticated()")
    public List<FieldChange> difference(long id, int fromVersion, int toVersion) {
        long documentId = access.requireReadable(id).getId();
        return JsonDifference.between(frozenJson(documentId, fromVersion), frozenJson(documentId, toVersion));
    }

    /** The approved version in force of a network's document for a year, if the user may read it. */
    @PreAuthorize("isAuthenticated()")
    public Optional<FrozenVersion> baseline(long networkId, int year, DocumentType type) {
        return repository.findByNetworkIdAndYearAndType(networkId, year, type).filter(access::canRead)
                .filter(document -> document.getApprovedVersionNumber() != null)
                .map(document -> views.frozen(document, document.getApprovedVersionNumber()));
    }

    private static void requireYear(int year) {
        new Validator().check(year >= MIN_YEAR && year <= MAX_YEAR, "year", "actionplan.year.range",
                String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR)).throwIfInvalid();
    }

    private String frozenJson(long documentId, int number) {
        return versions.findByDocumentIdAndNumber(documentId, number).map(PlanDocumentVersion::getContent)
                .orElseThrow(() -> new DomainException("notFound"));
    }
}
