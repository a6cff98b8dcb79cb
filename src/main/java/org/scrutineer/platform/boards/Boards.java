package org.scrutineer.platform.boards;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

@NamedInterface("boards")
@Repository
public class Boards {
    private final JdbcClient jdbc;

    public Boards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Board> all() {
        return jdbc.sql("select id, code, name, short_name from board order by name")
                .query((rs, n) -> new Board(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<Board> byCode(String code) {
        return jdbc.sql("select id, code, name, short_name from board where code = :c")
                .param("c", code)
                .query((rs, n) -> new Board(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public long create(String code, String name, String shortName) {
        return jdbc.sql("insert into board (code, name, short_name) values (:c, :n, :s) returning id")
                .param("c", code)
                .param("n", name)
                .param("s", shortName)
                .query(Long.class)
                .single();
    }
}
