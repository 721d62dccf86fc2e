package fi.avustus.application.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A submitted version, frozen: the whole content as JSON as it was when submitted. Never updated
 * (Hibernate treats it as immutable and a database trigger refuses updates and deletes).
 */
@Entity
@Immutable
@Table(name = "application_version")
public class ApplicationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private Long applicationId;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "content", nullable = false, columnDefinition = "text")
    private String content;

    protected ApplicationVersion() {
    }

    public ApplicationVersion(long applicationId, int number, Instant submittedAt, String submittedBy, String content) {
        this.applicationId = applicationId;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.content = content;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getContent() {
        return content;
    }
}
