package org.scrutineer.meetings;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declarations of interest made at a meeting, per member and item. */
@Repository
class Declarations {
    private final JdbcClient jdbc;

    Declarations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds of interest the council's code names (and the agenda's reminder lists). */
    public enum Type {
        DISCLOSABLE_PECUNIARY("Disclosable Pecuniary Interest"),
        OTHER_DISCLOSABLE("Other Disclosable Interest"),
        PARTY_WHIP("Party whip declaration");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Declaration(long itemId, String member, Type type, String note) {}

    public void add(long meetingId, Declaration d) {
        jdbc.sql("insert into declaration (meeting_id, item_id, member, type, note) values (:m, :i, :who, :t, :n)")
                .param("m", meetingId)
                .param("i", d.itemId())
                .param("who", d.member())
                .param("t", d.type().name())
                .param("n", d.note())
                .update();
    }

    public List<Declaration> ofMeeting(long meetingId) {
        return jdbc.sql("select item_id, member, type, note from declaration where meeting_id = :m order by id")
                .param("m", meetingId)
                .query((rs, n) ->
                        new Declaration(rs.getLong(1), rs.getString(2), Type.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }
}
