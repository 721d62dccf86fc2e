package fi.avustus.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserMessageRepository extends JpaRepository<UserMessage, Long> {

    List<UserMessage> findTop200ByUsernameOrderByCreatedAtDesc(String username);

    long countByUsernameAndReadAtIsNull(String username);

    /** In-app messages created before the moment that no e-mail refers to any more. */
    @Modifying
    @Query("""
            delete from UserMessage message where message.createdAt < :before
              and not exists (select 1 from OutboxMail mail where mail.userMessageId = message.id)
            """)
    int deleteWithoutMailBefore(@Param("before") Instant before);
}
