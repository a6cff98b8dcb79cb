package org.scrutineer.finance.domain;

import java.math.BigDecimal;
import java.util.List;
import org.scrutineer.platform.progress.ProgressStatus;

/** A savings proposal (id 0 until stored): its service area, net budget, the values agreed at each council date (£'000), progress and comments. */
public record SavingProposal(
        long id,
        String department,
        String serviceArea,
        BigDecimal netBudget,
        String description,
        List<BigDecimal> agreedValues,
        ProgressStatus status,
        String comments) {
    public BigDecimal total() {
        return agreedValues.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
