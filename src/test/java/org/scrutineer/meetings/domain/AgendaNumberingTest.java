package org.scrutineer.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaNumberingTest {
    private static final String POLICY = "Development of policy issues";
    private static final String PERFORMANCE = "Performance monitoring";

    @Test
    void theSeedsPackNumbering() {
        List<String> headings =
                Arrays.asList("", "", "", POLICY, POLICY, POLICY, POLICY, POLICY, POLICY, POLICY, PERFORMANCE);
        assertThat(AgendaNumbering.packNumbers(headings))
                .containsExactly("1", "2", "3", "4(A)", "4(B)", "4(C)", "4(D)", "4(E)", "4(F)", "4(G)", "5(A)");
    }

    @Test
    void aHeadingThatReturnsAfterAnotherItemStartsANewNumber() {
        assertThat(AgendaNumbering.packNumbers(Arrays.asList(POLICY, "", POLICY, null)))
                .containsExactly("1(A)", "2", "3(A)", "4");
        assertThatThrownBy(() -> AgendaNumbering.packNumbers(Collections.nCopies(27, POLICY)))
                .hasMessageContaining("More than 26");
    }

    @Test
    void minutesRunThroughTheMunicipalYearSkippingItemsNotMinuted() {
        // 23 September 2025: the June meeting used 1–9; declarations were not minuted; item 20 follows 5(A)
        List<Boolean> minuted = Arrays.asList(true, false, true, true, true, true, true, true, true, true, true, true);
        assertThat(AgendaNumbering.minuteNumbers(10, minuted))
                .containsExactly(10, null, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20);
    }
}
