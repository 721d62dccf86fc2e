package fi.avustus.workflow.internal;

import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the inbox from its projection ({@link InboxProjection}). A user sees the tasks assigned to
 * them, and the unclaimed tasks offered to one of their staff groups or, for an applicant, to the
 * applicants of one of their organisations. Every query runs along an index in the inbox's order,
 * so a page costs the same whatever the number of open tasks (docs/PERFORMANCE.md).
 */
@Repository
public class InboxQueries {

    private static final String ROW = "t.task_id, t.process_key, t.element, t.business_key, t.call_id, t.assignee, "
            + "t.created, t.due_date";

    private final NamedParameterJdbcTemplate jdbc;

    InboxQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whose inbox: the user, their staff groups (candidate groups they belong to), and, when they
     * are an applicant, the applicants' group and their organisations.
     */
    public record Viewer(String username, List<String> staffGroups, String applicantGroup, List<Long> organisationIds) {

        public Viewer {
            staffGroups = List.copyOf(staffGroups);
            organisationIds = List.copyOf(organisationIds);
        }

        private boolean offeredAnything() {
            return !staffGroups.isEmpty() || applicantGroup != null && !organisationIds.isEmpty();
        }
    }

    /**
     * One page of the viewer's active tasks narrowed to a call (null: any) and task types (empty:
     * any): the tasks assigned to them first, then the unclaimed; each by due date (none last),
     * then age.
     */
    public List<InboxTask> page(Viewer viewer, Long callId, Collection<TaskType> types, int offset, int limit) {
        PageQuery query = pageQuery(viewer, callId, types, offset, limit);
        return jdbc.query(query.sql(), query.parameters(), (row, index) -> task(row, viewer));
    }

    /** The SQL of a {@link #page}, e.g. to explain its plan. */
    public PageQuery pageQuery(Viewer viewer, Long callId, Collection<TaskType> types, int offset, int limit) {
        MapSqlParameterSource parameters = parameters(viewer).addValue("end", offset + limit)
                .addValue("offset", offset).addValue("limit", limit);
        StringBuilder narrowed = new StringBuilder(" and not suspended");
        if (callId != null) {
            narrowed.append(" and call_id = :call");
            parameters.addValue("call", callId);
        }
        if (!types.isEmpty()) {
            narrowed.append(" and (process_key, element) in (:types)");
            parameters.addValue("types", types.stream().map(type -> new Object[] {type.processKey(), type.element()}).toList());
        }
        // Each branch reads only the sort columns, from an index that holds its filters; the
        // page's rows are read once it is known which they are.
        String mine = "select task_id, due_date, created, true as mine from avustus.inbox_task "
                + "where assignee = :user" + narrowed + " order by due_date, created, task_id limit :end";
        String offered = "select task_id, due_date, created, false from avustus.inbox_task "
                + "where assignee is null and " + offeredTo(viewer) + narrowed + " order by due_date, created, task_id limit :end";
        String branches = viewer.offeredAnything() ? "(" + mine + ") union all (" + offered + ")" : mine;
        return new PageQuery("with page as (" + branches + " order by mine desc, due_date, created, task_id "
                + "offset :offset limit :limit) select " + ROW + " from page join avustus.inbox_task t on t.task_id = page.task_id "
                + "order by page.mine desc, page.due_date, page.created, page.task_id", parameters);
    }

    /** An SQL query with its named parameters. */
    public record PageQuery(String sql, MapSqlParameterSource parameters) {
    }

    /** The task, if it is the viewer's or offered to them unclaimed (suspended or not). */
    public Optional<InboxTask> visible(Viewer viewer, String taskId) {
        String offered = viewer.offeredAnything() ? " or assignee is null and " + offeredTo(viewer) : "";
        return jdbc.query("select " + ROW + " from avustus.inbox_task t where task_id = :task and (assignee = :user"
                + offered + ")", parameters(viewer).addValue("task", taskId), (row, index) -> task(row, viewer))
                .stream().findFirst();
    }

    private static MapSqlParameterSource parameters(Viewer viewer) {
        return new MapSqlParameterSource().addValue("user", viewer.username()).addValue("staff", viewer.staffGroups())
                .addValue("applicants", viewer.applicantGroup()).addValue("organisations", viewer.organisationIds());
    }

    private static String offeredTo(Viewer viewer) {
        String staff = "candidate_groups && array[:staff]::varchar(255)[]";
        String applicants = ":applicants = any(candidate_groups) and organisation_id in (:organisations)";
        if (viewer.applicantGroup() == null || viewer.organisationIds().isEmpty()) {
            return staff;
        }
        return viewer.staffGroups().isEmpty() ? applicants : "(" + staff + " or " + applicants + ")";
    }

    private static InboxTask task(ResultSet row, Viewer viewer) throws SQLException {
        String assignee = row.getString("assignee");
        return new InboxTask(row.getString("task_id"), row.getString("process_key"), row.getString("element"),
                row.getString("business_key"), row.getObject("call_id", Long.class), assignee,
                row.getTimestamp("created").toInstant(), instant(row.getTimestamp("due_date")),
                viewer.username().equals(assignee));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
