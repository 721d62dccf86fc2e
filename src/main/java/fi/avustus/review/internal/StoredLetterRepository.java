package fi.avustus.review.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredLetterRepository extends JpaRepository<StoredLetter, Long> {
}
