package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.DocumentContent;
import fi.avustus.actionplan.DocumentDetails;
import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.actionplan.DocumentSummary;
import fi.avustus.actionplan.FrozenVersion;
import fi.avustus.actionplan.VersionSummary;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.TranslatedName;
import java.util.List;
import org.springframework.stereotype.Component;

/** Documents and their versions as the facade hands them out, for a user the caller has let in. */
@Component
public class DocumentViews {

    private final PlanDocumentVersionRepository versions;
    private final DocumentAccess access;
    private final Governance governance;

    DocumentViews(PlanDocumentVersionRepository versions, DocumentAccess access, Governance governance) {
        this.versions = versions;
        this.access = access;
        this.governance = governance;
    }

    public DocumentSummary summary(PlanDocument document) {
        TranslatedName networkName = governance.network(document.getNetworkId()).map(NetworkSummary::name)
                .orElseThrow();
        return new DocumentSummary(document.getId(), document.getType(), document.getNetworkId(), networkName,
                document.getYear(), document.getStatus(), document.getSubmittedVersions(),
                document.getApprovedVersionNumber(), document.getModifiedAt());
    }

    /** The draft for the network's own people and staff; for the steering group, what was last sent to it. */
    public DocumentDetails details(PlanDocument document) {
        List<PlanDocumentVersion> frozen = versions.findByDocumentIdOrderByNumberAsc(document.getId());
        boolean draft = access.canReadDraft(document.getNetworkId());
        String json = draft || frozen.isEmpty() ? document.getContent() : frozen.get(frozen.size() - 1).getContent();
        boolean coordinator = access.isCoordinator(document.getNetworkId());
        return new DocumentDetails(summary(document), ContentJson.read(document.getType(), json), draft,
                document.getVersion(), coordinator && document.getStatus().editable(),
                coordinator && document.getStatus() == DocumentStatus.APPROVED,
                frozen.stream().map(version -> summary(document, version)).toList());
    }

    public FrozenVersion frozen(PlanDocument document, int number) {
        PlanDocumentVersion version = versions.findByDocumentIdAndNumber(document.getId(), number)
                .orElseThrow(() -> new DomainException("notFound"));
        return new FrozenVersion(summary(document, version), content(document, version));
    }

    public static DocumentContent content(PlanDocument document, PlanDocumentVersion version) {
        return ContentJson.read(document.getType(), version.getContent());
    }

    private static VersionSummary summary(PlanDocument document, PlanDocumentVersion version) {
        return new VersionSummary(version.getId(), version.getNumber(), version.getSubmittedAt(), version.getSubmittedBy(),
                version.getOutcome(), version.getRoundId(),
                version.getId().equals(document.getApprovedVersionId()));
    }
}
