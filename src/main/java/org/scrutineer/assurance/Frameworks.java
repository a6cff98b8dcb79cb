package org.scrutineer.assurance;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RatingRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Versions of the assessment framework in PostgreSQL. */
@Repository
public class Frameworks {
    private final JdbcClient jdbc;

    public Frameworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void save(Framework f, RatingRule rule) {
        jdbc.sql("insert into framework (version, title, rating_rule) values (:v, :t, :r)")
                .param("v", f.version())
                .param("t", f.title())
                .param("r", rule.version())
                .update();
        for (Framework.Theme t : f.themes()) {
            jdbc.sql("insert into framework_theme (framework_version, number, name) values (:v, :n, :name)")
                    .param("v", f.version())
                    .param("n", t.number())
                    .param("name", t.name())
                    .update();
            for (Framework.QualityStatement s : t.statements()) {
                jdbc.sql("""
                                insert into quality_statement (framework_version, number, theme_number, name, aliases, we_statement, i_statements)
                                values (:v, :n, :t, :name, :a, :we, :i)""")
                        .param("v", f.version())
                        .param("n", s.number())
                        .param("t", t.number())
                        .param("name", s.name())
                        .param("a", s.aliases().toArray(new String[0]))
                        .param("we", s.weStatement())
                        .param("i", s.iStatements().toArray(new String[0]))
                        .update();
                int position = 0;
                for (String topic : s.topics()) {
                    jdbc.sql(
                                    "insert into quality_statement_topic (framework_version, statement_number, position, name) values (:v, :s, :p, :n)")
                            .param("v", f.version())
                            .param("s", s.number())
                            .param("p", ++position)
                            .param("n", topic)
                            .update();
                }
            }
        }
    }

    /**
     * The framework in force when none is named: the one the latest published regulator assessment was made under, else
     * the latest version held (versions are named by year). Empty when no framework is held.
     */
    public Optional<String> currentVersion() {
        return jdbc.sql("""
                        select f.version from framework f
                        left join (select framework_version, max(published) as published from assessment
                                   where kind = 'REGULATOR' and status = 'PUBLISHED' group by framework_version) a
                               on a.framework_version = f.version
                        order by a.published desc nulls last, f.version desc limit 1""").query(String.class).optional();
    }

    public RatingRule ruleOf(String version) {
        return RatingRule.byVersion(jdbc.sql("select rating_rule from framework where version = :v")
                .param("v", version)
                .query(String.class)
                .single());
    }

    public Optional<Framework> byVersion(String version) {
        Optional<String> title = jdbc.sql("select title from framework where version = :v")
                .param("v", version)
                .query(String.class)
                .optional();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        List<Framework.Theme> themes = new ArrayList<>();
        List<Object[]> themeRows = jdbc.sql(
                        "select number, name from framework_theme where framework_version = :v order by number")
                .param("v", version)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2)})
                .list();
        for (Object[] t : themeRows) {
            int theme = (Integer) t[0];
            List<Framework.QualityStatement> statements = jdbc
                    .sql("""
                            select number, name, aliases, we_statement, i_statements from quality_statement
                            where framework_version = :v and theme_number = :t order by number""")
                    .param("v", version)
                    .param("t", theme)
                    .query((rs, n) -> new Framework.QualityStatement(
                            rs.getInt("number"),
                            theme,
                            rs.getString("name"),
                            strings(rs.getArray("aliases")),
                            rs.getString("we_statement"),
                            strings(rs.getArray("i_statements")),
                            List.of()))
                    .list()
                    .stream()
                    // topics are read after the statements, so a request never holds two pooled connections
                    .map(s -> new Framework.QualityStatement(
                            s.number(),
                            s.themeNumber(),
                            s.name(),
                            s.aliases(),
                            s.weStatement(),
                            s.iStatements(),
                            topics(version, s.number())))
                    .toList();
            themes.add(new Framework.Theme(theme, (String) t[1], statements));
        }
        return Optional.of(new Framework(version, title.get(), themes));
    }

    private List<String> topics(String version, int statement) {
        return jdbc.sql(
                        "select name from quality_statement_topic where framework_version = :v and statement_number = :s order by position")
                .param("v", version)
                .param("s", statement)
                .query(String.class)
                .list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
