package fi.avustus.deadline;

import java.util.List;

/**
 * Implemented by each module that owns deadlines, over its own tables: the registry asks every
 * source at query time and keeps no copy, so that a moved or met deadline shows as such at once.
 * <p>
 * A source answers with one query (or a fixed few), never one per case, and narrows it with
 * what the query says: the types and statuses asked for ({@link DeadlineQuery#wants}), the dates,
 * the calls of the chosen programme, and above all the owners the asking user may see
 * ({@link DeadlineQuery#organisationIds()}, {@link DeadlineQuery#steeringGroupIds()}: null means
 * any, empty means none). The registry checks every answer against the query again, so a source
 * that cannot narrow by something in its query may answer more, never less.
 * Sources are called in the asking user's security context; they read their own tables directly
 * and need no role check of their own.
 */
public interface DeadlineSource {

    List<Deadline> deadlines(DeadlineQuery query);
}
