package org.scrutineer.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names the papers give one division or department ("ASC" in the Adult Social Care report, "Adult Social Care" in
 * the council-wide statements), so that a figure two papers both state is compared. A name not held is not compared.
 */
@Repository
class Divisions {
    private final JdbcClient jdbc;

    public Divisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String name, String division) {
        jdbc.sql(
                        "insert into division_name (name, division) values (:n, :d) on conflict (name) do update set division = :d")
                .param("n", name)
                .param("d", division)
                .update();
    }

    /** Name as printed to the division it names. */
    public Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select name, division from division_name order by division, name")
                .query(rs -> {
                    names.put(rs.getString("name"), rs.getString("division"));
                });
        return names;
    }
}
