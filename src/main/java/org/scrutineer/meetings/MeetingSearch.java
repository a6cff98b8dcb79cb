package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.List;
import org.scrutineer.platform.security.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Full-text search (PostgreSQL, English stemming) across agenda items, their minutes and their papers' text. The public
 * search reads only Part I items of meetings whose agenda is published; unpublished agendas and Part II items are
 * searched for those {@link Access} lets see them (members of the meeting's board, officers and admins). What one search may
 * cost is bounded: it matches and ranks on the search vectors stored with each row (V17), makes extracts for the results
 * shown only and from the first {@value #EXTRACT_FROM} characters of each text, takes at most {@value #MAX_WORDS} words,
 * and is stopped after {@value #TIMEOUT}; anonymous visitors search at the pace {@link SearchAllowance} sets.
 */
@Repository
class MeetingSearch {
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final Access access;

    MeetingSearch(JdbcClient jdbc, java.time.Clock clock, Access access) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Result(
            String meetingKey,
            String boardName,
            LocalDate date,
            String itemTitle,
            String where,
            Snippet snippet,
            Long documentId) {}

    /**
     * The longest search, in characters and in words. Each word is looked up in the index and marked in every extract;
     * a dozen words is more than anyone types into a search box.
     */
    static final int MAX_CHARACTERS = 200;

    static final int MAX_WORDS = 12;
    /** At most this many results, each with an extract. */
    static final int MAX_RESULTS = 50;
    /**
     * An extract is made from this much of its paper's text at most: making one costs time in proportion to the text it
     * reads, and a word found further on still finds the paper, whose extract is then its opening words.
     */
    static final int EXTRACT_FROM = 50_000;
    /** Longer than any search should take, so a search that does is stopped instead of holding a connection and a core. */
    static final String TIMEOUT = "3s";

    /** Why these words cannot be searched for, or null when they can. */
    public static String refusal(String words) {
        if (words.length() > MAX_CHARACTERS) {
            return "Enter " + MAX_CHARACTERS + " characters or fewer to search for";
        }
        if (words.trim().split("\\s+").length > MAX_WORDS) {
            return "Enter " + MAX_WORDS + " words or fewer to search for";
        }
        return null;
    }

    /** A search stopped at {@link #TIMEOUT}. */
    public static class TooSlow extends RuntimeException {
        TooSlow(Throwable cause) {
            super("The search took too long", cause);
        }
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<Result> find(String words) {
        if (refusal(words) != null) {
            throw new IllegalArgumentException(refusal(words));
        }
        Access.BoardSet drafts = access.draftBoards();
        Access.BoardSet exempt = access.exemptBoards();
        jdbc.sql("set local statement_timeout = '" + TIMEOUT + "'").update();
        try {
            return jdbc.sql("""
                        with q as (select websearch_to_tsquery('english', :w) as query),
                        visible as (
                            select i.id, i.title, i.search_vector, m.key, m.meeting_date, b.name as board_name from agenda_item i
                            join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id
                            where (m.agenda_published_on <= :today or :allDrafts or m.board_id = any(cast(:drafts as bigint[])))
                              and (i.part = 'I' or :allExempt or m.board_id = any(cast(:exempt as bigint[])))),
                        hits as (
                            select v.key, v.board_name, v.meeting_date, v.title, 'Agenda and minutes' as where_found, v.id as item_id,
                                   cast(null as bigint) as document_id, ts_rank(v.search_vector, q.query) as rank
                            from visible v, q where v.search_vector @@ q.query
                            union all
                            select v.key, v.board_name, v.meeting_date, v.title, d.title, v.id, d.id, ts_rank(d.search_vector, q.query)
                            from item_document d join visible v on v.id = d.item_id, q
                            where d.search_vector @@ q.query),
                        top as (select key, board_name, meeting_date, title, where_found, item_id, document_id, rank from hits order by rank desc, meeting_date desc limit :limit)
                        select t.key, t.board_name, t.meeting_date, t.title, t.where_found, t.document_id, t.rank, ts_headline('english', translate(left(case when t.document_id is null then i.title || ' ' || i.minutes
                                                                              else d.text end, :extractFrom), :marks, ''), q.query, :options) as snippet
                        from top t join agenda_item i on i.id = t.item_id left join item_document d on d.id = t.document_id, q
                        order by t.rank desc, t.meeting_date desc""")
                    .param("w", words)
                    .param("marks", Snippet.MARKS)
                    .param("options", Snippet.HEADLINE_OPTIONS)
                    .param("today", LocalDate.now(clock))
                    .param("allDrafts", drafts.all())
                    .param("drafts", drafts.array())
                    .param("allExempt", exempt.all())
                    .param("exempt", exempt.array())
                    .param("limit", MAX_RESULTS)
                    .param("extractFrom", EXTRACT_FROM)
                    .query((rs, n) -> new Result(
                            rs.getString("key"),
                            rs.getString("board_name"),
                            rs.getObject("meeting_date", LocalDate.class),
                            rs.getString("title"),
                            rs.getString("where_found"),
                            Snippet.of(rs.getString("snippet")),
                            (Long) rs.getObject("document_id")))
                    .list();
        } catch (org.springframework.dao.QueryTimeoutException e) {
            throw new TooSlow(e);
        } catch (org.springframework.dao.DataAccessException e) {
            if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                throw new TooSlow(e); // query_canceled: the statement timeout
            }
            throw e;
        }
    }
}
