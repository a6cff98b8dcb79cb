package org.scrutineer.meetings;

import java.util.List;
import java.util.Map;
import org.scrutineer.meetings.domain.Meeting;

/**
 * What another feature says an agenda item considered (performance: an indicator, a quarter's Priority Based Report),
 * listed under the item on the meeting page. Meetings owns this door so that it need not know the features behind it.
 */
public interface ItemConsiderations {
    /** Each item's subjects that the person asking may see, by item id; none when the feature has nothing for it. */
    Map<Long, List<Considered>> byItem(Meeting meeting);

    record Considered(String what, String href) {}
}
