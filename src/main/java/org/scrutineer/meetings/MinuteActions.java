package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Actions arising from minutes: tracked until done, and carried to the board's next meeting while open. */
@Repository
class MinuteActions {
    private final JdbcClient jdbc;

    MinuteActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Action(
            long id,
            long itemId,
            String meetingKey,
            String meetingDate,
            String minuteNumber,
            String itemTitle,
            String text,
            String owner,
            LocalDate due,
            LocalDate doneOn) {
        public boolean open() {
            return doneOn == null;
        }
    }

    public long add(long itemId, String text, String owner, LocalDate due) {
        return jdbc.sql("insert into minute_action (item_id, text, owner, due) values (:i, :t, :o, :d) returning id")
                .param("i", itemId)
                .param("t", text)
                .param("o", owner)
                .param("d", due)
                .query(Long.class)
                .single();
    }

    /** Marks an open action done; false when it was done already. */
    public boolean done(long id, LocalDate on) {
        return jdbc.sql("update minute_action set done_on = :d where id = :id and done_on is null")
                        .param("d", on)
                        .param("id", id)
                        .update()
                > 0;
    }

    /** The code of the board whose meeting an action arose at, if there is such an action. */
    public java.util.Optional<String> boardOf(long id) {
        return jdbc.sql("""
                        select b.code from minute_action a join agenda_item i on i.id = a.item_id join meeting m on m.id = i.meeting_id
                        join board b on b.id = m.board_id where a.id = :id""").param("id", id).query(String.class).optional();
    }

    /** A board's actions from Part I items, open ones first, oldest meeting first. */
    public List<Action> ofBoard(String boardCode) {
        return jdbc.sql("""
                        select a.id, a.item_id, m.key, to_char(m.meeting_date, 'FMDD FMMonth YYYY'), i.minute_number, i.title, a.text, a.owner, a.due, a.done_on
                        from minute_action a join agenda_item i on i.id = a.item_id join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id
                        where b.code = :b and i.part = 'I' order by a.done_on is not null, m.meeting_date, i.position, a.id""")
                .param("b", boardCode)
                .query((rs, n) -> new Action(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class)))
                .list();
    }
}
