package fi.avustus.changerequest.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredChangeLetterRepository extends JpaRepository<StoredChangeLetter, Long> {
}
