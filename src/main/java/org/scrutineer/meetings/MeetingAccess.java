package org.scrutineer.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.security.Access;
import org.springframework.stereotype.Component;

/**
 * What the person asking may see of a meeting, for every page, pack, feed, search and JSON answer: the public see Part I
 * items once the agenda is published; who else sees an agenda before then, or Part II items, is {@link Access}'s rule
 * (members of the meeting's board, officers and admins).
 */
@Component
public class MeetingAccess {
    private final Clock clock;
    private final Access access;

    public MeetingAccess(Clock clock, Access access) {
        this.clock = clock;
        this.access = access;
    }

    public record View(boolean agendaVisible, boolean exemptVisible, List<AgendaItem> items) {}

    public View view(Meeting m) {
        boolean agenda = m.agendaIsPublic(LocalDate.now(clock)) || access.mayReadDrafts(m.boardCode());
        boolean exempt = access.mayReadExempt(m.boardCode());
        if (!agenda) {
            return new View(false, exempt, List.of());
        }
        return new View(true, exempt, exempt ? m.items() : m.publicItems());
    }

    /** Whether the person may see that an item is on a meeting's agenda, by the rule of {@link #view(Meeting)}. */
    public boolean mayRead(Meetings.ItemRef i) {
        return mayRead(i.agendaPublishedOn(), i.boardId(), i.part());
    }

    public boolean mayRead(Meetings.DocumentFile d) {
        return mayRead(d.agendaPublishedOn(), d.boardId(), d.part());
    }

    /** An item, or a paper of it, of a meeting of the board whose agenda is published on that day (or not yet). */
    private boolean mayRead(LocalDate agendaPublishedOn, long boardId, AgendaItem.Part part) {
        boolean agenda =
                Meeting.agendaIsPublic(agendaPublishedOn, LocalDate.now(clock)) || access.mayReadDrafts(boardId);
        return agenda && (part.isPublic() || access.mayReadExempt(boardId));
    }
}
