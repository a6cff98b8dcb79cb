package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scrutineer.meetings.domain.BoardReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Board reports and their paragraphs in PostgreSQL. */
@Repository
public class BoardReports {
    private final JdbcClient jdbc;

    public BoardReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored report with its id. */
    public record Stored(long id, BoardReport report) {}

    @Transactional
    public long save(Long boardId, BoardReport r) {
        long id = jdbc.sql("""
                        insert into report (slug, board_id, subject, report_to, report_date, reporting_officer, portfolio, wards, source_line)
                        values (:slug, :b, :s, :to, :d, :o, :p, :w, :l) returning id""")
                .param("slug", r.slug())
                .param("b", boardId)
                .param("s", r.subject())
                .param("to", r.reportTo())
                .param("d", r.date())
                .param("o", r.reportingOfficer())
                .param("p", r.portfolio())
                .param("w", r.wards())
                .param("l", r.sourceLine())
                .query(Long.class)
                .single();
        int position = 0;
        for (BoardReport.Paragraph p : r.paragraphs()) {
            jdbc.sql(
                            "insert into report_paragraph (report_id, position, number, text, source_line) values (:r, :p, :n, :t, :l)")
                    .param("r", id)
                    .param("p", ++position)
                    .param("n", p.number())
                    .param("t", p.text())
                    .param("l", p.sourceLine())
                    .update();
        }
        return id;
    }

    /** The agenda item that presents the report (its statements, tables and text are published with the item's pack). */
    public void presentAt(String slug, long itemId) {
        jdbc.sql("update report set agenda_item_id = :i where slug = :s")
                .param("i", itemId)
                .param("s", slug)
                .update();
    }

    /** The reports an agenda item presents. */
    public List<Stored> presentedAt(long itemId) {
        List<Stored> result = new ArrayList<>();
        for (String slug : jdbc.sql("select slug from report where agenda_item_id = :i order by id")
                .param("i", itemId)
                .query(String.class)
                .list()) {
            bySlug(slug).ifPresent(result::add);
        }
        return result;
    }

    /** The reports a meeting's items present, in agenda order. */
    public List<Stored> presentedAtMeeting(long meetingId) {
        List<Stored> result = new ArrayList<>();
        for (String slug :
                jdbc.sql("""
                        select r.slug from report r join agenda_item i on i.id = r.agenda_item_id where i.meeting_id = :m
                        order by i.position, r.id""").param("m", meetingId).query(String.class).list()) {
            bySlug(slug).ifPresent(result::add);
        }
        return result;
    }

    /** Every report with its paragraphs, in two queries whatever their number. */
    public List<Stored> all() {
        java.util.Map<Long, List<BoardReport.Paragraph>> paragraphs = new java.util.HashMap<>();
        jdbc.sql("select report_id, number, text, source_line from report_paragraph order by report_id, position")
                .query(rs -> {
                    paragraphs
                            .computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>())
                            .add(paragraph(rs));
                });
        return jdbc.sql(
                        "select id, slug, subject, report_to, report_date, reporting_officer, portfolio, wards, source_line from report order by id")
                .query((rs, n) ->
                        stored(rs, rs.getString("slug"), paragraphs.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The one mapping of a report row; its paragraphs are read apart, so a request never holds two pooled connections. */
    private static Stored stored(java.sql.ResultSet rs, String slug, List<BoardReport.Paragraph> paragraphs)
            throws java.sql.SQLException {
        return new Stored(
                rs.getLong("id"),
                new BoardReport(
                        slug,
                        rs.getString("subject"),
                        rs.getString("report_to"),
                        rs.getObject("report_date", LocalDate.class),
                        rs.getString("reporting_officer"),
                        rs.getString("portfolio"),
                        rs.getString("wards"),
                        (Integer) rs.getObject("source_line"),
                        paragraphs));
    }

    private static BoardReport.Paragraph paragraph(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new BoardReport.Paragraph(
                rs.getString("number"), rs.getString("text"), (Integer) rs.getObject("source_line"));
    }

    /** Each report's board (null: a council-wide paper, no one board's), for deciding who may read it. */
    public java.util.Map<String, String> boardCodes() {
        java.util.Map<String, String> boards = new java.util.HashMap<>();
        jdbc.sql("select r.slug, b.code from report r left join board b on b.id = r.board_id")
                .query(rs -> {
                    boards.put(rs.getString(1), rs.getString(2));
                });
        return boards;
    }

    public Optional<Stored> bySlug(String slug) {
        return jdbc.sql(
                        "select id, subject, report_to, report_date, reporting_officer, portfolio, wards, source_line from report where slug = :s")
                .param("s", slug)
                .query((rs, n) -> stored(rs, slug, List.of()))
                .optional()
                .map(s -> new Stored(
                        s.id(),
                        new BoardReport(
                                s.report().slug(),
                                s.report().subject(),
                                s.report().reportTo(),
                                s.report().date(),
                                s.report().reportingOfficer(),
                                s.report().portfolio(),
                                s.report().wards(),
                                s.report().sourceLine(),
                                paragraphs(s.id()))));
    }

    private List<BoardReport.Paragraph> paragraphs(long reportId) {
        return jdbc.sql("select number, text, source_line from report_paragraph where report_id = :r order by position")
                .param("r", reportId)
                .query((rs, n) -> paragraph(rs))
                .list();
    }
}
