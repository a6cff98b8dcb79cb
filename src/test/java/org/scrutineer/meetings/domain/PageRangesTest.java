package org.scrutineer.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRangesTest {
    @Test
    void theSeedsRangesFollowFromItsDocumentsPageCounts() {
        // items 1, 2 (no pages), 3, 4(A)…4(G), 5(A): pages 5, 0, 3, 21, 24, 135, 98, 9, 3, 8, 30
        List<PageRanges.Range> ranges = PageRanges.of(Arrays.asList(5, 0, 3, 21, 24, 135, 98, 9, 3, 8, 30));
        assertThat(ranges).extracting(r -> r == null ? "" : r.toString()).containsExactly(
                "1 - 5", "", "6 - 8", "9 - 29", "30 - 53", "54 - 188", "189 - 286", "287 - 295", "296 - 298", "299 - 306", "307 - 336");
    }

    @Test
    void aOnePageItemIsOnePageAndABadCountIsRefused() {
        assertThat(PageRanges.of(List.of(1, 2))).extracting(PageRanges.Range::toString).containsExactly("1", "2 - 3");
        assertThatThrownBy(() -> PageRanges.of(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesThatWouldRunPastTheLargestNumberHaveNoRangeInsteadOfOverflowing() {
        // two papers stored before counts were checked, each claiming 2 billion pages
        var claiming = new AgendaItem.Document(1, "a", "REPORT", "a.pdf", 2_000_000_000, 1);
        var item = new AgendaItem(1, 1, "", "Paper", AgendaItem.Part.I, null, "REPORT", true, null, "", "", "", null, "", List.of(), null,
                List.of(claiming, claiming));
        assertThat(item.pages()).isEqualTo(Integer.MAX_VALUE);
        assertThat(PageRanges.of(List.of(3, item.pages(), 2))).extracting(r -> r == null ? "" : r.toString()).containsExactly("1 - 3", "", "");
    }

    @Test
    void exemptItemsAreNeverPublic() {
        var open = new AgendaItem(1, 1, "", "Minutes", AgendaItem.Part.I, null, "MINUTES", true, "10", "", "", "", null, "", List.of(), null, List.of());
        var exempt = new AgendaItem(2, 2, "", "Contract award", AgendaItem.Part.II, 3, "REPORT", true, "11", "", "", "", null, "", List.of(), null, List.of());
        var meeting = new Meeting(1, "m", "B", "Board", java.time.LocalDate.of(2025, 9, 23), null, null, "", Meeting.Status.HELD,
                "2025/26", java.time.LocalDate.of(2025, 9, 15), List.of(), List.of(open, exempt));
        assertThat(meeting.publicItems()).containsExactly(open);
        assertThat(AgendaItem.Part.II.isPublic()).isFalse();
        // an item imported as restricted from ModernGov has no paragraph of Schedule 12A, and is still never public
        assertThat(new AgendaItem(3, 3, "", "x", AgendaItem.Part.II, null, "REPORT", true, null, "", "", "", null, "",
                List.of(), null, List.of()).isPublic()).isFalse();
        assertThat(meeting.agendaIsPublic(java.time.LocalDate.of(2025, 9, 14))).isFalse();
        assertThat(meeting.agendaIsPublic(java.time.LocalDate.of(2025, 9, 15))).isTrue();
    }
}
