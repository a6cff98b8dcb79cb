package org.scrutineer.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.meetings.domain.MeetingFixtures.aMeeting;
import static org.scrutineer.meetings.domain.MeetingFixtures.anAgendaItem;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRangesTest {
    @Test
    void theSeedsRangesFollowFromItsDocumentsPageCounts() {
        // items 1, 2 (no pages), 3, 4(A)…4(G), 5(A): pages 5, 0, 3, 21, 24, 135, 98, 9, 3, 8, 30
        List<PageRanges.Range> ranges = PageRanges.of(Arrays.asList(5, 0, 3, 21, 24, 135, 98, 9, 3, 8, 30));
        assertThat(ranges)
                .extracting(r -> r == null ? "" : r.toString())
                .containsExactly(
                        "1 - 5",
                        "",
                        "6 - 8",
                        "9 - 29",
                        "30 - 53",
                        "54 - 188",
                        "189 - 286",
                        "287 - 295",
                        "296 - 298",
                        "299 - 306",
                        "307 - 336");
    }

    @Test
    void aOnePageItemIsOnePageAndABadCountIsRefused() {
        assertThat(PageRanges.of(List.of(1, 2)))
                .extracting(PageRanges.Range::toString)
                .containsExactly("1", "2 - 3");
        assertThatThrownBy(() -> PageRanges.of(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesThatWouldRunPastTheLargestNumberHaveNoRangeInsteadOfOverflowing() {
        // two papers stored before counts were checked, each claiming 2 billion pages
        var claiming = new AgendaItem.Document(1, "a", "REPORT", "a.pdf", 2_000_000_000, 1);
        var item = anAgendaItem().withDocuments(claiming, claiming).build();
        assertThat(item.pages()).isEqualTo(Integer.MAX_VALUE);
        assertThat(PageRanges.of(List.of(3, item.pages(), 2)))
                .extracting(r -> r == null ? "" : r.toString())
                .containsExactly("1 - 3", "", "");
    }

    @Test
    void exemptItemsAreNeverPublic() {
        var open =
                anAgendaItem().titled("Minutes").ofKind("MINUTES").minuted("10").build();
        var exempt = anAgendaItem()
                .numbered(2, 2)
                .titled("Contract award")
                .exemptUnderParagraph(3)
                .minuted("11")
                .build();
        var meeting = aMeeting()
                .on(java.time.LocalDate.of(2025, 9, 23))
                .agendaPublishedOn(java.time.LocalDate.of(2025, 9, 15))
                .withItems(open, exempt)
                .build();
        assertThat(meeting.publicItems()).containsExactly(open);
        assertThat(AgendaItem.Part.II.isPublic()).isFalse();
        // an item imported as restricted from ModernGov has no paragraph of Schedule 12A, and is still never public
        assertThat(anAgendaItem()
                        .numbered(3, 3)
                        .titled("x")
                        .exemptUnderParagraph(null)
                        .build()
                        .isPublic())
                .isFalse();
        assertThat(meeting.agendaIsPublic(java.time.LocalDate.of(2025, 9, 14))).isFalse();
        assertThat(meeting.agendaIsPublic(java.time.LocalDate.of(2025, 9, 15))).isTrue();
    }
}
