package fi.avustus.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to one person: a translation key with its arguments, so it reads in their language. */
@Entity
@Table(name = "user_message")
public class UserMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    /** The arguments, separated by the unit separator character, which no argument contains. */
    @Column(length = 4000)
    private String arguments;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected UserMessage() {
    }

    public UserMessage(String username, String messageKey, String arguments, String link, Instant createdAt) {
        this.username = username;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getArguments() {
        return arguments;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void markRead(Instant when) {
        if (readAt == null) {
            readAt = when;
        }
    }
}
