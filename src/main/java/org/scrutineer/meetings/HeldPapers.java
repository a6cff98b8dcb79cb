package org.scrutineer.meetings;

import java.util.Optional;

/**
 * A paper another feature prints from the records it holds, for the demo meetings' agenda items (finance: the
 * council-wide spending report). Owned by meetings so that meetings need not know finance.
 */
public interface HeldPapers {
    /** The paper for an agenda item of this title, if this feature prints it. */
    Optional<byte[]> paperFor(String itemTitle);
}
