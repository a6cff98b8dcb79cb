package org.scrutineer.meetings;

import java.util.List;
import java.util.Map;
import org.scrutineer.meetings.domain.Meeting;

/**
 * Links another feature puts beside an agenda item's papers on the meeting page (finance: the statements and checks of
 * the budget papers published with the pack). Meetings owns this door so that it need not know the features behind it:
 * finance depends on meetings, never the other way round.
 */
public interface PaperLinks {
    /** Each item's links, by item id; none when the feature has nothing for the meeting. */
    Map<Long, List<Link>> byItem(Meeting meeting);

    record Link(String subject, String href) {}
}
