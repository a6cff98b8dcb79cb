package org.scrutineer.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalYearTest {
    @ParameterizedTest
    @CsvSource({
        "2025-06-24, 2025/26",
        "2026-04-30, 2025/26",
        "2026-05-01, 2026/27",
        "2026-11-25, 2026/27",
        "1999-12-01, 1999/00"
    })
    void theYearRunsFromMay(LocalDate day, String year) {
        assertThat(MunicipalYear.of(day)).isEqualTo(year);
    }
}
