package fi.avustus.approval.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting's minutes as written: kept byte for byte, never rewritten. */
@Entity
@Table(name = "approval_minutes")
public class StoredMinutes {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected StoredMinutes() {
    }

    public StoredMinutes(long meetingId, String language, byte[] pdf, Instant createdAt, String createdBy) {
        this.meetingId = meetingId;
        this.language = language;
        this.pdf = pdf.clone();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
