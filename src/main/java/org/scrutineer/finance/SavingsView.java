package org.scrutineer.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.SavingProposal;
import org.scrutineer.platform.progress.ProgressStatus;

/**
 * The savings programme: proposals by department with totals, a summary by progress status, and whether the total
 * agreed reconciles with the report's summary by department and status.
 */
record SavingsView(
        Map<String, List<SavingProposal>> byDepartment,
        Map<String, BigDecimal> departmentTotals,
        Map<ProgressStatus, BigDecimal> byStatus,
        BigDecimal total,
        BigDecimal summaryTotal,
        boolean reconciles) {

    public static SavingsView of(List<SavingProposal> proposals, FigureTable summary) {
        Map<String, List<SavingProposal>> byDepartment = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<ProgressStatus, BigDecimal> byStatus = new EnumMap<>(ProgressStatus.class);
        BigDecimal total = BigDecimal.ZERO;
        for (SavingProposal p : proposals) {
            byDepartment.computeIfAbsent(p.department(), k -> new ArrayList<>()).add(p);
            totals.merge(p.department(), p.total(), BigDecimal::add);
            byStatus.merge(p.status(), p.total(), BigDecimal::add);
            total = total.add(p.total());
        }
        BigDecimal summaryTotal = null;
        if (summary != null && !summary.rows().isEmpty()) {
            summaryTotal = summary.rows().get(summary.rows().size() - 1).values().stream()
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new SavingsView(
                byDepartment,
                totals,
                byStatus,
                total,
                summaryTotal,
                summaryTotal != null && summaryTotal.compareTo(total) == 0);
    }

    public String print(BigDecimal v) {
        return TableView.print(v);
    }
}
