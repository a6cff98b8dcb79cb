package org.scrutineer.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.meetings.ItemConsiderations;
import org.scrutineer.meetings.MeetingAccess;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.Meetings.ItemRef;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a board considered an indicator or a quarter's Priority Based Report: an agenda item of one of its meetings
 * (Scrutineer's own or one brought in from ModernGov). Officers record it from the indicator or the draft report; the
 * meeting page lists it under the item ({@link ItemConsiderations}), to those who may read what it links to.
 */
@Service
public class Considerations implements ItemConsiderations {
    /** How far back and ahead the agenda items offered to choose from reach. */
    static final int MONTHS_BACK = 24;

    static final int MONTHS_AHEAD = 6;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final MeetingAccess meetingAccess;
    private final PerformanceAccess performanceAccess;
    private final PerformanceRepository repository;
    private final Access access;
    private final AuditTrail audit;
    private final Clock clock;

    Considerations(
            JdbcClient jdbc,
            Meetings meetings,
            MeetingAccess meetingAccess,
            PerformanceAccess performanceAccess,
            PerformanceRepository repository,
            Access access,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.meetingAccess = meetingAccess;
        this.performanceAccess = performanceAccess;
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The items that considered something, and the items an officer may choose from to add one. */
    public record Page(List<ItemRef> considered, List<ItemRef> choices) {
        /** The choices under their meetings, latest meeting first, for the form's option groups. */
        public Map<String, List<ItemRef>> choicesByMeeting() {
            Map<String, List<ItemRef>> groups = new LinkedHashMap<>();
            choices.forEach(i -> groups.computeIfAbsent(
                            i.boardName() + ", " + org.scrutineer.platform.web.LondonTime.date(i.date()),
                            k -> new ArrayList<>())
                    .add(i));
            return groups;
        }
    }

    /** A choice that is no agenda item the person may see. */
    public static class NoSuchItem extends org.scrutineer.platform.web.NotFound {
        private static final long serialVersionUID = 1L;

        NoSuchItem() {
            super("Select the agenda item at which the board considered it");
        }
    }

    @Transactional(readOnly = true)
    public Page ofIndicator(Indicator indicator) {
        List<Long> ids = jdbc.sql("select agenda_item_id from indicator_consideration where indicator_id = :i")
                .param("i", indicator.id())
                .query(Long.class)
                .list();
        return page(ids);
    }

    @Transactional(readOnly = true)
    public Page ofReport(Board board, Period quarter) {
        List<Long> ids = jdbc.sql(
                        "select agenda_item_id from report_consideration where board_id = :b and quarter = :q")
                .param("b", board.id())
                .param("q", quarter.label())
                .query(Long.class)
                .list();
        return page(ids);
    }

    /** Records that the board considered the indicator at the item; recording it again changes nothing. */
    @Transactional
    public void consider(Indicator indicator, Long itemId) {
        ItemRef item = visibleItem(itemId);
        repository.lockIndicator(indicator.id());
        int added = jdbc.sql("""
                        insert into indicator_consideration (indicator_id, agenda_item_id, linked_by)
                        values (:i, :item, :by) on conflict do nothing""")
                .param("i", indicator.id())
                .param("item", itemId)
                .param("by", CurrentUser.name())
                .update();
        if (added > 0) {
            audit.created(Figures.scope(indicator), "indicator_consideration", key(item), describe(item));
        }
    }

    @Transactional
    public void forget(Indicator indicator, long itemId) {
        ItemRef item = visibleItem(itemId);
        repository.lockIndicator(indicator.id());
        int removed = jdbc.sql("delete from indicator_consideration where indicator_id = :i and agenda_item_id = :item")
                .param("i", indicator.id())
                .param("item", itemId)
                .update();
        if (removed > 0) {
            audit.deleted(Figures.scope(indicator), "indicator_consideration", key(item), describe(item));
        }
    }

    @Transactional
    public void consider(Board board, Period quarter, Long itemId) {
        ItemRef item = visibleItem(itemId);
        int added = jdbc.sql("""
                        insert into report_consideration (board_id, quarter, agenda_item_id, linked_by)
                        values (:b, :q, :item, :by) on conflict do nothing""")
                .param("b", board.id())
                .param("q", quarter.label())
                .param("item", itemId)
                .param("by", CurrentUser.name())
                .update();
        if (added > 0) {
            audit.created(reportScope(board, quarter), "report_consideration", key(item), describe(item));
        }
    }

    @Transactional
    public void forget(Board board, Period quarter, long itemId) {
        ItemRef item = visibleItem(itemId);
        int removed = jdbc.sql("""
                        delete from report_consideration
                        where board_id = :b and quarter = :q and agenda_item_id = :item""")
                .param("b", board.id())
                .param("q", quarter.label())
                .param("item", itemId)
                .update();
        if (removed > 0) {
            audit.deleted(reportScope(board, quarter), "report_consideration", key(item), describe(item));
        }
    }

    static String reportScope(Board board, Period quarter) {
        return "report:" + board.code() + ":" + quarter.label();
    }

    /**
     * Under each item of the meeting: the indicators considered there that the person may read, and the quarter's
     * report, published (to everyone) or as a draft (to those who may read the board's drafts).
     */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<Considered>> byItem(Meeting meeting) {
        List<Long> items = meeting.items().stream().map(i -> i.id()).toList();
        Map<Long, List<Considered>> byItem = new HashMap<>();
        if (items.isEmpty()) {
            return byItem;
        }
        List<Map.Entry<Long, String>> indicators = jdbc.sql("""
                        select c.agenda_item_id, i.ref from indicator_consideration c join indicator i on i.id = c.indicator_id
                        where c.agenda_item_id in (:items) order by i.position, i.ref""")
                .param("items", items)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
        if (!indicators.isEmpty()) {
            // the indicators the person may read, looked up once rather than one by one
            Map<String, Indicator> readable = new HashMap<>();
            performanceAccess.indicators().forEach(i -> readable.put(i.ref(), i));
            indicators.forEach(e -> Optional.ofNullable(readable.get(e.getValue()))
                    .ifPresent(i -> byItem.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(new Considered(
                                    "Indicator " + i.ref() + ": " + i.measure(), "/indicators/" + i.ref()))));
        }
        record ReportRow(
                long itemId, long boardId, String boardCode, String boardName, String quarter, boolean published) {}
        jdbc.sql("""
                        select c.agenda_item_id, b.id, b.code, b.name, c.quarter,
                               exists (select 1 from published_report r where r.board_id = c.board_id and r.quarter = c.quarter) as published
                        from report_consideration c join board b on b.id = c.board_id
                        where c.agenda_item_id in (:items) order by c.quarter""")
                .param("items", items)
                .query((rs, n) -> new ReportRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean("published")))
                .list()
                .forEach(r -> {
                    String slug = QuarterSlug.of(r.quarter());
                    String what = "Priority Based Report, " + r.boardName() + ", " + r.quarter();
                    if (r.published()) {
                        byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>())
                                .add(new Considered(what, "/reports/" + r.boardCode() + "/" + slug));
                    } else if (access.mayReadDrafts(r.boardId())) {
                        byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>())
                                .add(new Considered(what + " (draft)", "/drafts/" + r.boardCode() + "/" + slug));
                    }
                });
        return byItem;
    }

    private Page page(List<Long> ids) {
        List<ItemRef> considered = meetings.items(ids).stream()
                .filter(meetingAccess::mayRead)
                .sorted(java.util.Comparator.comparing(ItemRef::date).reversed())
                .toList();
        LocalDate today = LocalDate.now(clock);
        List<ItemRef> choices =
                meetings.itemsBetween(today.minusMonths(MONTHS_BACK), today.plusMonths(MONTHS_AHEAD)).stream()
                        .filter(meetingAccess::mayRead)
                        .filter(i -> !ids.contains(i.itemId()))
                        .toList();
        return new Page(considered, choices);
    }

    /** The item chosen, if the person may see it; none chosen is the same answer as one that is not there. */
    private ItemRef visibleItem(Long itemId) {
        if (itemId == null) {
            throw new NoSuchItem();
        }
        return meetings.items(List.of(itemId)).stream()
                .filter(meetingAccess::mayRead)
                .findFirst()
                .orElseThrow(NoSuchItem::new);
    }

    private static String key(ItemRef item) {
        return item.meetingKey() + "#" + item.itemId();
    }

    private static Map<String, Object> describe(ItemRef item) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("meeting", item.meetingKey());
        value.put("board", item.boardName());
        value.put("date", item.date().toString());
        value.put("item", item.title());
        return value;
    }
}
