package fi.avustus.review;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V45 on decisions written before it: their free-text accepted costs move to the end of
 * the conditions, labelled in the decision's language, in the current rows and in their history.
 * Run in a schema of its own, so the application's schema stays as it is.
 */
@IntegrationTest
class AcceptedCostsMigrationTest {

    private static final String SCHEMA = "migration_v45";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true)
                .locations("classpath:db/migration").target(target).load();
    }

    @AfterEach
    void dropSchema() {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void freeTextAcceptedCostsMoveToTheConditions() {
        flyway("20").migrate();
        // Only the decision's own columns matter here, not the call and organisation it refers to.
        jdbc.execute("alter table " + SCHEMA + ".decision drop constraint fk_decision_call, "
                + "drop constraint fk_decision_organisation");
        jdbc.execute("insert into " + SCHEMA + ".audit_revision (id, changed_at, username) values (1, 0, 'virkailija')");
        insert(1, "fi", "Ehto A", "Henkilöstökulut ja matkat");
        insert(2, "sv", null, "Personalkostnader");
        insert(3, "fi", "Vain ehdot", " ");

        flyway("45").migrate();

        for (String table : List.of("decision", "decision_aud")) {
            Map<Long, String> conditions = conditions(table);
            assertThat(conditions.get(1L)).as(table).isEqualTo("Ehto A\n\nHyväksyttävät kustannukset: Henkilöstökulut ja matkat");
            assertThat(conditions.get(2L)).as(table).isEqualTo("Godtagbara kostnader: Personalkostnader");
            assertThat(conditions.get(3L)).as(table).isEqualTo("Vain ehdot");
        }
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ? "
                + "and column_name = 'accepted_costs'", Integer.class, SCHEMA)).isZero();
    }

    private void insert(long id, String language, String conditions, String acceptedCosts) {
        jdbc.update("insert into " + SCHEMA + ".decision (id, positive, requested_amount, application_id, call_id, "
                + "organisation_id, version, justification, language, presenter, status, conditions, accepted_costs) "
                + "values (?, true, 100, ?, 1, 1, 0, 'Perustelu', ?, 'virkailija', 'PROPOSED', ?, ?)",
                id, id, language, conditions, acceptedCosts);
        jdbc.update("insert into " + SCHEMA + ".decision_aud (id, rev, revtype, language, conditions, accepted_costs) "
                + "values (?, 1, 0, ?, ?, ?)", id, language, conditions, acceptedCosts);
    }

    private Map<Long, String> conditions(String table) {
        Map<Long, String> found = new HashMap<>();
        jdbc.query("select id, conditions from " + SCHEMA + "." + table,
                row -> { found.put(row.getLong("id"), row.getString("conditions")); });
        return found;
    }
}
