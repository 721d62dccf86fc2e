package fi.avustus.notification;

import fi.avustus.notification.internal.UserMessage;
import fi.avustus.notification.internal.UserMessageRepository;
import fi.avustus.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's message inbox: read their own, mark them read. */
@Service
@Transactional
public class UserMessages {

    static final String SEPARATOR = "\u001f";

    private final UserMessageRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MailOutbox outbox;

    UserMessages(UserMessageRepository repository, CurrentUser currentUser, Clock clock, MailOutbox outbox) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
        this.outbox = outbox;
    }

    /**
     * Leaves a message for a person, and its e-mail copy in the outbox; called by this module's
     * listeners in the event's transaction, so the event, the message and the e-mail commit together.
     */
    void send(String username, String key, String link, String... arguments) {
        List<String> cleaned = Arrays.stream(arguments).map(argument -> argument == null ? ""
                : argument.replace(SEPARATOR, " ")).toList();
        Instant now = clock.instant();
        UserMessage saved = repository.save(new UserMessage(username, key, String.join(SEPARATOR, cleaned), link, now));
        outbox.enqueue(saved.getId(), username, key, link, cleaned.toArray(), now);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Message> mine() {
        return repository.findTop200ByUsernameOrderByCreatedAtDesc(currentUser.requireUsername()).stream()
                .map(UserMessages::message).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unread() {
        return repository.countByUsernameAndReadAtIsNull(currentUser.requireUsername());
    }

    /** Marks all of the current user's messages read. */
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        repository.findTop200ByUsernameOrderByCreatedAtDesc(currentUser.requireUsername())
                .forEach(message -> message.markRead(clock.instant()));
    }

    private static Message message(UserMessage message) {
        List<String> arguments = message.getArguments() == null || message.getArguments().isEmpty() ? List.of()
                : List.of(message.getArguments().split(SEPARATOR, -1));
        return new Message(message.getId(), message.getMessageKey(), arguments, message.getLink(),
                message.getCreatedAt(), message.getReadAt() != null);
    }
}
