package fi.avustus.approval.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredMinutesRepository extends JpaRepository<StoredMinutes, Long> {
}
