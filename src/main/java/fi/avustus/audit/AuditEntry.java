package fi.avustus.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an entity: when, who, what kind of change, and which fields changed from what
 * to what (empty for the first revision, which lists all its fields as changed from nothing).
 */
public record AuditEntry(long revision, Instant changedAt, String username, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) {
    }
}
