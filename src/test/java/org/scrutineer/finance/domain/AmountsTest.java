package org.scrutineer.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void aLineAsEnteredHasItsVarianceWorkedOutAsBudgetToDateLessActualSpend() {
        assertThat(Amounts.entered(11_881, 729, 732, -333)).isEqualTo(Amounts.of(11_881, 729, 732, -3, -333));
    }

    @Test
    void anUnderspendIsPositiveAndIncomeIsNegative() {
        assertThat(Amounts.entered(-11_881, -729, -732, 0).variance()).isEqualTo(3);
    }
}
