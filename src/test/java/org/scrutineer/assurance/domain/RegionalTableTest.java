package org.scrutineer.assurance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionalTableTest {
    @Test
    void englandMustBeTheSumOfTheRegionsAndRatingsMustAddUpToCompleted() {
        var a = new RegionalTable.Region("A", 10, 4, 0, 3, 1, 0);
        var b = new RegionalTable.Region("B", 5, 2, 1, 1, 0, 0);
        assertThat(new RegionalTable(List.of(a, b), new RegionalTable.Region("England", 15, 6, 1, 4, 1, 0)).check())
                .isEmpty();
        var broken = new RegionalTable(
                List.of(a, new RegionalTable.Region("B", 5, 3, 1, 1, 0, 0)),
                new RegionalTable.Region("England", 15, 6, 1, 4, 1, 0));
        assertThat(broken.check())
                .extracting(
                        RegionalTable.Finding::row,
                        RegionalTable.Finding::column,
                        RegionalTable.Finding::printed,
                        RegionalTable.Finding::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("England", "Completed and published", 6, 7),
                        org.assertj.core.groups.Tuple.tuple("B", "Completed and published", 3, 2));
    }
}
