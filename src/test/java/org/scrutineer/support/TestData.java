package org.scrutineer.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Boards, service areas and indicators that a test makes for itself, so tests never disturb the demo data or each other. */
@Component
public class TestData {
    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long board(String code) {
        return jdbc.sql(
                        "insert into board (code, name, short_name) values (:c, :n, :c) on conflict (code) do update set name = excluded.name returning id")
                .param("c", code)
                .param("n", "Test board " + code)
                .query(Long.class)
                .single();
    }

    /** A councillor's account (a MEMBER) sitting on the board: members read their boards' drafts. */
    public String member(String username, String boardCode) {
        long board = board(boardCode);
        jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role) values (:u, :u, '{noop}unused', 'MEMBER')
                        on conflict (username) do nothing""").param("u", username).update();
        jdbc.sql("""
                        insert into board_access (board_id, user_id) select :b, id from app_user where username = :u
                        on conflict do nothing""").param("b", board).param("u", username).update();
        return username;
    }

    public long serviceArea(String boardCode, String code) {
        long board = board(boardCode);
        return jdbc.sql("""
                        insert into service_area (code, name, board_id) values (:c, :n, :b)
                        on conflict (code) do update set name = excluded.name returning id""")
                .param("c", code)
                .param("n", "Test area " + code)
                .param("b", board)
                .query(Long.class)
                .single();
    }

    public long indicator(String areaCode, String ref, String polarity) {
        long area = jdbc.sql("select id from service_area where code = :c")
                .param("c", areaCode)
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        insert into indicator (ref, service_area_id, measure, unit, polarity)
                        values (:r, :a, :m, 'PERCENT', :p)
                        on conflict (ref) do update set measure = excluded.measure returning id""")
                .param("r", ref)
                .param("a", area)
                .param("m", "Test measure " + ref)
                .param("p", polarity)
                .query(Long.class)
                .single();
    }
}
