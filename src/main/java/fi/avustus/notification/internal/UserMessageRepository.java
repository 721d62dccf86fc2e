package fi.avustus.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserMessageRepository extends JpaRepository<UserMessage, Long> {

    List<UserMessage> findTop200ByUsernameOrderByCreatedAtDesc(String username);

    long countByUsernameAndReadAtIsNull(String username);
}
