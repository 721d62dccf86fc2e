package fi.avustus.changerequest.internal;

import fi.avustus.shared.letter.LetterOfRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The decision letter on a change request as it was sent. */
@Entity
@Table(name = "change_request_letter")
public class StoredChangeLetter extends LetterOfRecord {

    @Id
    @Column(name = "change_request_id")
    private Long changeRequestId;

    protected StoredChangeLetter() {
    }

    public StoredChangeLetter(long changeRequestId, String language, byte[] pdf, Instant createdAt) {
        super(language, pdf, createdAt);
        this.changeRequestId = changeRequestId;
    }
}
