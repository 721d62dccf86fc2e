package fi.avustus.notification.internal;

import fi.avustus.notification.MailStatus;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);

    @Modifying
    @Query("delete from OutboxMail mail where mail.status = fi.avustus.notification.MailStatus.SENT and mail.sentAt < :before")
    int deleteSentBefore(@Param("before") Instant before);

    /** The sent or given-up e-mails of in-app messages created before the moment; pending ones stay. */
    @Modifying
    @Query("""
            delete from OutboxMail mail
            where mail.status in (fi.avustus.notification.MailStatus.SENT, fi.avustus.notification.MailStatus.FAILED)
              and mail.userMessageId in (select message.id from UserMessage message where message.createdAt < :before)
            """)
    int deleteFinishedOfMessagesBefore(@Param("before") Instant before);
}
