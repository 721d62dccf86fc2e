package fi.avustus.actionplan.internal;

import fi.avustus.actionplan.DocumentStatus;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A network's document of one type for one year, as its coordinator edits it: the draft content
 * as JSON, where it stands, and which frozen version is the approved baseline. Submitted content
 * lives in {@link PlanDocumentVersion}. Plain accessors: the facade and rule classes decide.
 */
@Entity
@Audited
@Table(name = "plan_document")
public class PlanDocument extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false)
    private DocumentType type;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status = DocumentStatus.DRAFT;

    @Column(nullable = false, columnDefinition = "text")
    private String content;

    @Column(name = "submitted_versions", nullable = false)
    private int submittedVersions;

    @Column(name = "approved_version_id")
    private Long approvedVersionId;

    @Column(name = "approved_version_number")
    private Integer approvedVersionNumber;

    protected PlanDocument() {
    }

    public PlanDocument(DocumentType type, long networkId, int year, String content) {
        this.type = type;
        this.networkId = networkId;
        this.year = year;
        this.content = content;
    }

    public DocumentType getType() {
        return type;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public int getYear() {
        return year;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public void setStatus(DocumentStatus status) {
        this.status = status;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public int getSubmittedVersions() {
        return submittedVersions;
    }

    public void setSubmittedVersions(int submittedVersions) {
        this.submittedVersions = submittedVersions;
    }

    public Long getApprovedVersionId() {
        return approvedVersionId;
    }

    public Integer getApprovedVersionNumber() {
        return approvedVersionNumber;
    }

    public void setApproved(Long versionId, Integer versionNumber) {
        this.approvedVersionId = versionId;
        this.approvedVersionNumber = versionNumber;
    }
}
