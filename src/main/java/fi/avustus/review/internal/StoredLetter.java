package fi.avustus.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The decision letter as it was sent: generated once at approval and kept byte for byte, so that
 * later changes to names or templates never alter a letter of record.
 */
@Entity
@Table(name = "decision_letter")
public class StoredLetter {

    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private byte[] pdf;

    protected StoredLetter() {
    }

    public StoredLetter(long decisionId, String language, byte[] pdf, Instant createdAt) {
        this.decisionId = decisionId;
        this.language = language;
        this.pdf = pdf.clone();
        this.createdAt = createdAt;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public String getLanguage() {
        return language;
    }
}
