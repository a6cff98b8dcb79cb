package org.scrutineer.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * What the person asking may see of a meeting, decided in one place for every page, pack, feed, search and JSON answer:
 * the public see Part I items once the agenda is published; members and officers also see drafts and Part II items.
 */
@Component
public class MeetingAccess {
    private final Clock clock;

    public MeetingAccess(Clock clock) {
        this.clock = clock;
    }

    public record View(boolean agendaVisible, boolean exemptVisible, List<AgendaItem> items) {
    }

    public View view(Meeting m) {
        boolean member = CurrentUser.hasRole(Role.MEMBER);
        boolean published = m.agendaIsPublic(LocalDate.now(clock));
        if (member) {
            return new View(true, true, m.items());
        }
        return new View(published, false, published ? m.publicItems() : List.of());
    }

    public boolean mayRead(Meetings.DocumentFile d) {
        if (CurrentUser.hasRole(Role.MEMBER)) {
            return true;
        }
        return d.part().isPublic() && d.agendaPublishedOn() != null && !d.agendaPublishedOn().isAfter(LocalDate.now(clock));
    }
}
