package fi.avustus.recovery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A claim's letter as it was sent: rendered once with the claim and kept byte for byte, so that
 * later changes to names or texts never alter a letter of record.
 */
@Entity
@Table(name = "recovery_letter")
public class StoredRecoveryLetter {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false)
    private byte[] pdf;

    protected StoredRecoveryLetter() {
    }

    public StoredRecoveryLetter(long claimId, String language, byte[] pdf, Instant createdAt) {
        this.claimId = claimId;
        this.language = language;
        this.pdf = pdf.clone();
        this.createdAt = createdAt;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }
}
