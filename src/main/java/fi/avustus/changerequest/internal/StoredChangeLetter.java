package fi.avustus.changerequest.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The decision letter on a change request as it was sent, kept byte for byte. */
@Entity
@Table(name = "change_request_letter")
public class StoredChangeLetter {

    @Id
    @Column(name = "change_request_id")
    private Long changeRequestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false)
    private byte[] pdf;

    protected StoredChangeLetter() {
    }

    public StoredChangeLetter(long changeRequestId, String language, byte[] pdf, Instant createdAt) {
        this.changeRequestId = changeRequestId;
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
