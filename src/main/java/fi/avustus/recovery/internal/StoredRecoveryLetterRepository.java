package fi.avustus.recovery.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredRecoveryLetterRepository extends JpaRepository<StoredRecoveryLetter, Long> {
}
