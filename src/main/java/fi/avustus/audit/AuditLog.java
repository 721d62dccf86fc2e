package fi.avustus.audit;

import fi.avustus.audit.internal.AuditRevision;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change history of an audited entity, newest first, with field-by-field differences. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final List<String> BOOKKEEPING = List.of("version", "createdAt", "createdBy", "modifiedAt", "modifiedBy");

    private final EntityManager entityManager;

    AuditLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Callers check that the user may see the entity before asking for its history. */
    public List<AuditEntry> history(Class<?> entityType, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            entries.add(new AuditEntry(revision.getId(), Instant.ofEpochMilli(revision.getChangedAt()),
                    revision.getUsername(), kind(type), differences(previous, state)));
            previous = state;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    private static AuditEntry.Kind kind(RevisionType type) {
        return switch (type) {
            case ADD -> AuditEntry.Kind.CREATED;
            case MOD -> AuditEntry.Kind.CHANGED;
            case DEL -> AuditEntry.Kind.DELETED;
        };
    }

    private static List<AuditEntry.FieldChange> differences(Object before, Object after) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (Field field : fields(Hibernate.getClassLazy(after))) {
            String oldValue = before == null ? null : render(read(field, before));
            String newValue = render(read(field, after));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new AuditEntry.FieldChange(field.getName(), oldValue, newValue));
            }
        }
        return changes;
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class;
             current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                boolean skipped = Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(NotAudited.class)
                        || BOOKKEEPING.contains(field.getName()) || "id".equals(field.getName());
                if (!skipped) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            // Sorted, so that a re-ordered load of the same set is not reported as a change.
            TreeSet<String> items = new TreeSet<>();
            collection.forEach(item -> items.add(String.valueOf(item)));
            return String.join(", ", items);
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.toPlainString();
        }
        return String.valueOf(value);
    }
}
