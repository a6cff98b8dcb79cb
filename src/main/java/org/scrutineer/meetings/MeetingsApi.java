package org.scrutineer.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Open data: meetings and their public agendas and minutes as JSON. */
@RestController
@Tag(name = "Meetings", description = "Meetings of the boards with their public agendas, papers and minutes: open data")
class MeetingsApi {
    private final Meetings meetings;
    private final MeetingAccess access;
    private final AgendaPacks packs;

    MeetingsApi(Meetings meetings, MeetingAccess access, AgendaPacks packs) {
        this.meetings = meetings;
        this.access = access;
        this.packs = packs;
    }

    public record MeetingSummary(
            String key,
            String board,
            String date,
            @Nullable String startTime,
            String venue,
            String status,
            String url) {}

    public record Document(String title, String url, String size, int pages) {}

    public record Item(
            @Nullable String packNumber,
            @Nullable String minuteNumber,
            String title,
            List<Document> documents,
            String minutes,
            List<String> resolutions) {}

    public record MeetingData(
            String key,
            String board,
            String date,
            @Nullable String startTime,
            @Nullable String endTime,
            String venue,
            String status,
            @Nullable String agendaPublishedOn,
            @Nullable String packUrl,
            List<Item> items) {}

    @Operation(operationId = "listMeetings", summary = "All meetings, earliest first")
    @GetMapping("/api/meetings")
    public List<MeetingSummary> all() {
        return meetings.all(null).stream()
                .map(m -> new MeetingSummary(
                        m.key(),
                        m.boardName(),
                        m.date().toString(),
                        m.startTime() == null ? null : m.startTime().toString(),
                        m.venue(),
                        m.status().words(),
                        "/meetings/" + m.key()))
                .toList();
    }

    @Operation(
            operationId = "getMeeting",
            summary = "One meeting with its public agenda, papers and minutes (Part II items are never included)")
    @GetMapping("/api/meetings/{key}")
    public MeetingData meeting(
            @Parameter(description = "The meeting's key", example = "hsc-2025-09-23") @PathVariable String key) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        MeetingAccess.View view = access.view(m);
        List<AgendaPacks.AgendaLine> agenda = packs.agenda(m);
        List<Item> items = view.items().stream()
                .filter(AgendaItem::isPublic)
                .map(i -> new Item(
                        agenda.stream()
                                .filter(l -> l.itemId() == i.id())
                                .map(AgendaPacks.AgendaLine::number)
                                .findFirst()
                                .orElse(null),
                        i.minuteNumber(),
                        i.title(),
                        i.documents().stream()
                                .map(d -> new Document(d.title(), "/documents/" + d.id(), d.sizeWords(), d.pages()))
                                .toList(),
                        i.minutes(),
                        i.resolutions()))
                .toList();
        boolean pack = view.agendaVisible() && packs.latest(m.id()).isPresent();
        return new MeetingData(
                m.key(),
                m.boardName(),
                m.date().toString(),
                m.startTime() == null ? null : m.startTime().toString(),
                m.endTime() == null ? null : m.endTime().toString(),
                m.venue(),
                m.status().words(),
                m.agendaPublishedOn() == null ? null : m.agendaPublishedOn().toString(),
                pack ? "/meetings/" + key + "/pack.pdf" : null,
                items);
    }
}
