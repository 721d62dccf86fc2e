package fi.avustus.shared.letter;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A letter as it was sent: rendered once and kept byte for byte, so that later changes to names
 * or texts never alter a letter of record. Each module's letter table adds the id of its case.
 */
@MappedSuperclass
public abstract class LetterOfRecord {

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false)
    private byte[] pdf;

    protected LetterOfRecord() {
    }

    protected LetterOfRecord(String language, byte[] pdf, Instant createdAt) {
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
