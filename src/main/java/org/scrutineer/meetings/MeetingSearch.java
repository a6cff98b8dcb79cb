package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.List;
import org.scrutineer.platform.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search (PostgreSQL, English stemming) across agenda items, their minutes and their papers' text. The public
 * search reads only Part I items of meetings whose agenda is published; unpublished agendas and Part II items are
 * searched for those {@link Access} lets see them (members of the meeting's board, officers and admins).
 */
@Repository
public class MeetingSearch {
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final Access access;

    public MeetingSearch(JdbcClient jdbc, java.time.Clock clock, Access access) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Result(String meetingKey, String boardName, LocalDate date, String itemTitle, String where, Snippet snippet, Long documentId) {
    }

    public List<Result> find(String words) {
        Access.BoardSet drafts = access.draftBoards();
        Access.BoardSet exempt = access.exemptBoards();
        return jdbc.sql("""
                        with q as (select websearch_to_tsquery('english', :w) as query),
                        visible as (
                            select i.*, m.key, m.meeting_date, b.name as board_name from agenda_item i
                            join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id
                            where (m.agenda_published_on <= :today or :allDrafts or m.board_id = any(cast(:drafts as bigint[])))
                              and (i.part = 'I' or :allExempt or m.board_id = any(cast(:exempt as bigint[])))),
                        hits as (
                            select v.key, v.board_name, v.meeting_date, v.title, 'Agenda and minutes' as where_found,
                                   ts_headline('english', translate(v.title || ' ' || v.minutes, :marks, ''), q.query, :options) as snippet,
                                   cast(null as bigint) as document_id,
                                   ts_rank(to_tsvector('english', v.title || ' ' || v.minutes), q.query) as rank
                            from visible v, q where to_tsvector('english', v.title || ' ' || v.minutes) @@ q.query
                            union all
                            select v.key, v.board_name, v.meeting_date, v.title, d.title,
                                   ts_headline('english', translate(d.text, :marks, ''), q.query, :options), d.id,
                                   ts_rank(to_tsvector('english', d.title || ' ' || d.text), q.query)
                            from item_document d join visible v on v.id = d.item_id, q
                            where to_tsvector('english', d.title || ' ' || d.text) @@ q.query)
                        select * from hits order by rank desc, meeting_date desc limit 50""")
                .param("w", words).param("marks", Snippet.MARKS).param("options", Snippet.HEADLINE_OPTIONS).param("today", LocalDate.now(clock))
                .param("allDrafts", drafts.all()).param("drafts", drafts.array()).param("allExempt", exempt.all()).param("exempt", exempt.array())
                .query((rs, n) -> new Result(rs.getString("key"), rs.getString("board_name"), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("title"), rs.getString("where_found"), Snippet.of(rs.getString("snippet")), (Long) rs.getObject("document_id")))
                .list();
    }
}
