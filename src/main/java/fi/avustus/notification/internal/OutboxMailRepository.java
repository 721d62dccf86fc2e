package fi.avustus.notification.internal;

import fi.avustus.notification.MailStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);
}
