package fi.avustus.review.internal;

import fi.avustus.shared.letter.LetterOfRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The decision letter as it was sent, generated once at approval. */
@Entity
@Table(name = "decision_letter")
public class StoredLetter extends LetterOfRecord {

    @Id
    @Column(name = "decision_id")
    private Long decisionId;

    protected StoredLetter() {
    }

    public StoredLetter(long decisionId, String language, byte[] pdf, Instant createdAt) {
        super(language, pdf, createdAt);
        this.decisionId = decisionId;
    }
}
