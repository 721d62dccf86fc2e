package fi.avustus.recovery.internal;

import fi.avustus.shared.letter.LetterOfRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A recovery claim's letter as it was sent, rendered once with the claim. */
@Entity
@Table(name = "recovery_letter")
public class StoredRecoveryLetter extends LetterOfRecord {

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    protected StoredRecoveryLetter() {
    }

    public StoredRecoveryLetter(long claimId, String language, byte[] pdf, Instant createdAt) {
        super(language, pdf, createdAt);
        this.claimId = claimId;
    }
}
