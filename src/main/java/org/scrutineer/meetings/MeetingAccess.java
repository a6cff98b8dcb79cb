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
        boolean agenda = Meeting.agendaIsPublic(i.agendaPublishedOn(), LocalDate.now(clock))
                || access.mayReadDrafts(i.boardCode());
        return agenda && (!i.exempt() || access.mayReadExempt(i.boardCode()));
    }

    public boolean mayRead(Meetings.DocumentFile d) {
        boolean agenda = Meeting.agendaIsPublic(d.agendaPublishedOn(), LocalDate.now(clock))
                || access.mayReadDrafts(d.boardId());
        return agenda && (d.part().isPublic() || access.mayReadExempt(d.boardId()));
    }
}
