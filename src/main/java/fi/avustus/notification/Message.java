package fi.avustus.notification;

import java.time.Instant;
import java.util.List;

/** A message as its recipient sees it; the text is the translation of {@code key} with {@code arguments}. */
public record Message(long id, String key, List<String> arguments, String link, Instant createdAt, boolean read) {
}
