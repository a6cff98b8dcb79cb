package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who sits on a board, in what role, from when to when; and the board's contact officer. */
@Repository
class Memberships {
    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum Role {
        CHAIR("Chair"),
        VICE_CHAIR("Vice-Chair"),
        MEMBER("Member"),
        CO_OPTEE("Co-optee"),
        SUBSTITUTE("Substitute");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Member(String name, String party, Role role, String organisation, LocalDate from, LocalDate to) {
        /** Serving on the given day: no dates means serving throughout. */
        public boolean servingOn(LocalDate day) {
            return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
        }
    }

    public record Contact(String name, String phone, String email) {}

    public void add(long boardId, Member m) {
        jdbc.sql("""
                        insert into board_member (board_id, name, party, role, organisation, from_date, to_date)
                        values (:b, :n, :p, :r, :o, :f, :t)""")
                .param("b", boardId)
                .param("n", m.name())
                .param("p", m.party())
                .param("r", m.role().name())
                .param("o", m.organisation())
                .param("f", m.from())
                .param("t", m.to())
                .update();
    }

    /** Members serving on the day, chair and vice-chair first, then by name; co-optees and substitutes last. */
    public List<Member> serving(String boardCode, LocalDate day) {
        return jdbc
                .sql("""
                        select m.name, m.party, m.role, m.organisation, m.from_date, m.to_date from board_member m join board b on b.id = m.board_id
                        where b.code = :b order by case m.role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'MEMBER' then 2
                                                               when 'CO_OPTEE' then 3 else 4 end, m.id""")
                .param("b", boardCode)
                .query((rs, n) -> new Member(
                        rs.getString(1),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list()
                .stream()
                .filter(m -> m.servingOn(day))
                .toList();
    }

    public void setContact(long boardId, Contact c, String minutePrefix) {
        jdbc.sql(
                        "update board set contact_name = :n, contact_phone = :p, contact_email = :e, minute_prefix = :x where id = :b")
                .param("n", c.name())
                .param("p", c.phone())
                .param("e", c.email())
                .param("x", minutePrefix)
                .param("b", boardId)
                .update();
    }

    public Contact contact(String boardCode) {
        return jdbc.sql("select contact_name, contact_phone, contact_email from board where code = :b")
                .param("b", boardCode)
                .query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    public String minutePrefix(String boardCode) {
        return jdbc.sql("select minute_prefix from board where code = :b")
                .param("b", boardCode)
                .query(String.class)
                .single();
    }
}
