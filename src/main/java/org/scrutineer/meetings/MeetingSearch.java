package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.List;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search (PostgreSQL, English stemming) across agenda items, their minutes and their papers' text. The public
 * search reads only Part I items of meetings whose agenda is published; members search everything.
 */
@Repository
public class MeetingSearch {
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    public MeetingSearch(JdbcClient jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public record Result(String meetingKey, String boardName, LocalDate date, String itemTitle, String where, String snippet, Long documentId) {
    }

    public List<Result> find(String words) {
        boolean member = CurrentUser.hasRole(Role.MEMBER);
        return jdbc.sql("""
                        with q as (select websearch_to_tsquery('english', :w) as query),
                        visible as (
                            select i.*, m.key, m.meeting_date, b.name as board_name from agenda_item i
                            join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id
                            where :member or (i.part = 'I' and m.agenda_published_on is not null and m.agenda_published_on <= :today)),
                        hits as (
                            select v.key, v.board_name, v.meeting_date, v.title, 'Agenda and minutes' as where_found,
                                   ts_headline('english', v.title || ' ' || v.minutes, q.query, 'MaxWords=30, MinWords=12') as snippet,
                                   cast(null as bigint) as document_id,
                                   ts_rank(to_tsvector('english', v.title || ' ' || v.minutes), q.query) as rank
                            from visible v, q where to_tsvector('english', v.title || ' ' || v.minutes) @@ q.query
                            union all
                            select v.key, v.board_name, v.meeting_date, v.title, d.title,
                                   ts_headline('english', d.text, q.query, 'MaxWords=30, MinWords=12'), d.id,
                                   ts_rank(to_tsvector('english', d.title || ' ' || d.text), q.query)
                            from item_document d join visible v on v.id = d.item_id, q
                            where to_tsvector('english', d.title || ' ' || d.text) @@ q.query)
                        select * from hits order by rank desc, meeting_date desc limit 50""")
                .param("w", words).param("member", member).param("today", LocalDate.now(clock))
                .query((rs, n) -> new Result(rs.getString("key"), rs.getString("board_name"), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("title"), rs.getString("where_found"), rs.getString("snippet"), (Long) rs.getObject("document_id")))
                .list();
    }
}
