package fi.avustus.database;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Child rows are read by their owner, so a foreign key without an index that leads with its
 * column makes each read scan the whole table once the data grows (V94). Envers' audit tables are
 * read by entity id, which leads their primary key, and are left out.
 */
@IntegrationTest
class ForeignKeyIndexTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyForeignKeyOfTheApplicationsTablesHasAnIndexLeadingWithIt() {
        assertThat(jdbc.queryForList("""
                select t.relname || '.' || a.attname
                from pg_constraint c
                join pg_class t on t.oid = c.conrelid
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = 'avustus'::regnamespace
                  and t.relname not like '%\\_aud'
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1
                """, String.class)).isEmpty();
    }
}
