package org.scrutineer.finance;

import java.util.List;
import java.util.Optional;
import org.scrutineer.meetings.AgendaPackPublished;
import org.scrutineer.meetings.AgendaPacks;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.PaperLinks;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finance of a published agenda pack, frozen with it: when a pack is published, the statements, tables, savings
 * and text checks of the papers its Part I items present, and the comparison of what those papers both state, are
 * kept as they stand (migration V11 refuses any change). Residents read them at stable addresses; an officer's later
 * correction of a line shows in the next published version of the pack, never in this one. Part II items' papers are
 * never kept.
 */
@Service
class PublishedFinance implements PaperLinks {
    private final Meetings meetings;
    private final AgendaPacks packs;
    private final BoardReports reports;
    private final FinancePapers papers;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public PublishedFinance(
            Meetings meetings,
            AgendaPacks packs,
            BoardReports reports,
            FinancePapers papers,
            JdbcClient jdbc,
            JsonMapper json) {
        this.meetings = meetings;
        this.packs = packs;
        this.reports = reports;
        this.papers = papers;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What residents read: the pack's version and date, its papers' finance and what two papers both state. */
    public record Snapshot(
            String meetingKey,
            String boardName,
            String meetingDate,
            int version,
            String publishedOn,
            List<FinancePapers.Paper> papers,
            FinancePapers.CrossPaper crossPaper) {
        public FinancePapers.Paper paper(String slug) {
            return papers.stream()
                    .filter(p -> p.slug().equals(slug))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** Keeps the finance of the pack's Part I papers, in the transaction that publishes the pack. */
    @EventListener
    public void packPublished(AgendaPackPublished published) {
        Meeting meeting = meetings.byKey(published.meetingKey()).orElseThrow();
        List<AgendaPacks.AgendaLine> agenda = packs.agenda(meeting);
        List<FinancePapers.Paper> held = new java.util.ArrayList<>();
        List<BoardReports.Stored> presented = new java.util.ArrayList<>();
        for (AgendaItem item : meeting.publicItems()) {
            String number = agenda.stream()
                    .filter(l -> l.itemId() == item.id())
                    .map(AgendaPacks.AgendaLine::number)
                    .findFirst()
                    .orElse("");
            for (BoardReports.Stored report : reports.presentedAt(item.id())) {
                presented.add(report);
                held.add(papers.paper(report, item.id(), number, item.title()));
            }
        }
        if (held.isEmpty()) {
            return;
        }
        String on = jdbc.sql("select published_at from agenda_pack where id = :p")
                .param("p", published.packId())
                .query(java.sql.Timestamp.class)
                .optional()
                .map(t -> LondonTime.dateTime(t.toInstant()))
                .orElse("");
        Snapshot snapshot = new Snapshot(
                meeting.key(),
                meeting.boardName(),
                LondonTime.date(meeting.date()),
                published.version(),
                on,
                held,
                papers.crossCheck(presented));
        jdbc.sql("insert into published_finance (agenda_pack_id, snapshot) values (:p, cast(:s as jsonb))")
                .param("p", published.packId())
                .param("s", json.writeValueAsString(snapshot))
                .update();
    }

    /** The finance published with a meeting's pack: the given version, or the latest that has any. */
    public Optional<Snapshot> of(long meetingId, Integer version) {
        return jdbc.sql("""
                        select f.snapshot::text from published_finance f join agenda_pack p on p.id = f.agenda_pack_id
                        where p.meeting_id = :m and (cast(:v as int) is null or p.version = :v) order by p.version desc limit 1""")
                .param("m", meetingId)
                .param("v", version)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, Snapshot.class));
    }

    /** The pack versions of a meeting that carry published finance, oldest first. */
    public List<Integer> versions(long meetingId) {
        return jdbc.sql("""
                        select p.version from published_finance f join agenda_pack p on p.id = f.agenda_pack_id
                        where p.meeting_id = :m order by p.version""").param("m", meetingId).query(Integer.class).list();
    }

    /** For the meeting page: each item's papers whose finance was published with the latest pack, by item. */
    @Override
    public java.util.Map<Long, List<Link>> byItem(Meeting meeting) {
        java.util.Map<Long, List<Link>> links = new java.util.HashMap<>();
        of(meeting.id(), null)
                .ifPresent(s -> s.papers()
                        .forEach(p -> links.computeIfAbsent(p.itemId(), k -> new java.util.ArrayList<>())
                                .add(new Link(
                                        p.subject(),
                                        "/meetings/" + meeting.key() + "/finance/" + p.slug() + "?version="
                                                + s.version()))));
        return links;
    }
}
