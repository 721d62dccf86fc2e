package fi.avustus.deadline;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source's one JPQL query, narrowed by whatever parts of the {@link DeadlineQuery} are set:
 * each {@code and...} adds its condition only when its value is given, so that a source states
 * what it can narrow by and nothing more.
 */
public final class DeadlineJpql {

    private final StringBuilder jpql;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private DeadlineJpql(String selectWhere) {
        this.jpql = new StringBuilder(selectWhere);
    }

    /** The query up to its first condition, e.g. {@code "select a from Application a where a.status = :status"}. */
    public static DeadlineJpql of(String selectWhere) {
        return new DeadlineJpql(selectWhere);
    }

    /** A parameter of the query's first part. */
    public DeadlineJpql with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** A condition with one parameter, always added. */
    public DeadlineJpql and(String condition, String parameter, Object value) {
        jpql.append(" and ").append(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** {@code path in (values)}, unless the values are null (no limit); no values match nothing. */
    public DeadlineJpql andIn(String path, String parameter, Collection<?> values) {
        if (values == null) {
            return this;
        }
        if (values.isEmpty()) {
            jpql.append(" and 1 = 0");
            return this;
        }
        return and(path + " in :" + parameter, parameter, values);
    }

    /** {@code path >= value}, unless the value is null. */
    public DeadlineJpql andFrom(String path, String parameter, Object value) {
        return value == null ? this : and(path + " >= :" + parameter, parameter, value);
    }

    /** {@code path <= value}, unless the value is null. */
    public DeadlineJpql andTo(String path, String parameter, Object value) {
        return value == null ? this : and(path + " <= :" + parameter, parameter, value);
    }

    /** {@code path < value}, unless the value is null. */
    public DeadlineJpql andBefore(String path, String parameter, Object value) {
        return value == null ? this : and(path + " < :" + parameter, parameter, value);
    }

    public <T> List<T> list(EntityManager entityManager, Class<T> type) {
        TypedQuery<T> query = entityManager.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}
