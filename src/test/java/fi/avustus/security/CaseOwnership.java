package fi.avustus.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whose a case is, read straight from the tables (not through the facades whose checks are under
 * test): the organisations a case belongs to and the words that would give it away on a page or
 * in an answer (its name and its organisations' names).
 */
public final class CaseOwnership {

    /** The kinds of case a path can name by id, each with the query of its organisations and name. */
    public enum Kind {
        APPLICATION("select a.organisation_id as organisation, a.project_name as name from avustus.application a where a.id = ?",
                "avustus.application", "select id, organisation_id from avustus.application"),
        PROJECT("""
                select p.organisation_id as organisation, a.project_name as name from avustus.project p
                left join avustus.application a on a.id = p.application_id where p.id = ?""", "avustus.project",
                "select id, organisation_id from avustus.project"),
        REPORT("""
                select r.organisation_id as organisation, a.project_name as name from avustus.report r
                left join avustus.project p on p.id = r.project_id left join avustus.application a on a.id = p.application_id
                where r.id = ?""", "avustus.report", "select id, organisation_id from avustus.report"),
        NETWORK("""
                select m.organisation_id as organisation, n.name_fi as name from avustus.network n
                join avustus.network_member m on m.network_id = n.id where n.id = ?
                union select n.coordinator_id, n.name_fi from avustus.network n where n.id = ?""", "avustus.network",
                "select network_id, organisation_id from avustus.network_member union select id, coordinator_id from avustus.network"),
        DOCUMENT("""
                select m.organisation_id as organisation, n.name_fi as name from avustus.plan_document d
                join avustus.network n on n.id = d.network_id join avustus.network_member m on m.network_id = n.id where d.id = ?
                union select n.coordinator_id, n.name_fi from avustus.plan_document d
                join avustus.network n on n.id = d.network_id where d.id = ?""", "avustus.plan_document", """
                select d.id, m.organisation_id from avustus.plan_document d join avustus.network_member m on m.network_id = d.network_id
                union select d.id, n.coordinator_id from avustus.plan_document d join avustus.network n on n.id = d.network_id""");

        private final String query;
        private final String table;
        /** Every case of the kind with each of its organisations, as (id, organisation) rows. */
        private final String owners;

        Kind(String query, String table, String owners) {
            this.query = query;
            this.table = table;
            this.owners = owners;
        }
    }

    /** A case as its owners know it; {@code words} are what must never reach anyone else. */
    public record Case(Kind kind, long id, Set<Long> organisations, Set<String> words) {

        public boolean belongsToAnyOf(Set<Long> organisationIds) {
            return organisations.stream().anyMatch(organisationIds::contains);
        }
    }

    private final JdbcTemplate jdbc;

    public CaseOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<Long> organisationsOf(String username) {
        return new TreeSet<>(jdbc.queryForList("""
                select o.organisation_id from avustus.user_account_organisation o
                join avustus.user_account u on u.id = o.user_account_id where u.username = ?""", Long.class, username));
    }

    public Optional<Case> find(Kind kind, long id) {
        Set<Long> organisations = new TreeSet<>();
        Set<String> words = new TreeSet<>();
        Object[] arguments = kind.query.chars().filter(c -> c == '?').mapToObj(c -> (Object) id).toArray();
        jdbc.query(kind.query, row -> {
            organisations.add(row.getLong("organisation"));
            String name = row.getString("name");
            if (name != null && !name.isBlank()) {
                words.add(name);
            }
        }, arguments);
        if (organisations.isEmpty()) {
            return Optional.empty();
        }
        words.addAll(jdbc.queryForList("select name_fi from avustus.organisation where id in ("
                + String.join(",", organisations.stream().map(String::valueOf).toList()) + ")", String.class));
        return Optional.of(new Case(kind, id, organisations, words));
    }

    /** The ids of cases of this kind that belong to any of these organisations, lowest first. */
    public List<Long> idsOf(Kind kind, Set<Long> organisationIds) {
        Set<Long> ids = new TreeSet<>();
        jdbc.query(kind.owners, row -> {
            if (organisationIds.contains(row.getLong(2))) {
                ids.add(row.getLong(1));
            }
        });
        return new ArrayList<>(ids);
    }

    /** An id past every case of this kind, so certainly nobody's. */
    public long unusedId(Kind kind) {
        Long max = jdbc.queryForObject("select max(id) from " + kind.table, Long.class);
        return (max == null ? 0 : max) + 1_000;
    }

    /**
     * The ids a curious user would try: the neighbours (one and two up and down) of their first
     * and latest two cases, the given cases of others, and one that does not exist; never the
     * user's own. (The shared test database gives the demo applicants many cases; a sample keeps
     * the test short.)
     */
    public Set<Long> guesses(Kind kind, Set<Long> userOrganisations, Set<Long> othersIds) {
        Set<Long> guesses = new TreeSet<>(othersIds);
        List<Long> owned = idsOf(kind, userOrganisations);
        Set<Long> sample = new TreeSet<>(owned.subList(0, Math.min(2, owned.size())));
        sample.addAll(owned.subList(Math.max(0, owned.size() - 2), owned.size()));
        for (long own : sample) {
            for (long step = -2; step <= 2; step++) {
                guesses.add(own + step);
            }
        }
        guesses.add(unusedId(kind));
        guesses.removeIf(id -> id <= 0 || find(kind, id).filter(found -> found.belongsToAnyOf(userOrganisations)).isPresent());
        return guesses;
    }
}
