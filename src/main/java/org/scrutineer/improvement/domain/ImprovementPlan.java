package org.scrutineer.improvement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scrutineer.platform.progress.ProgressStatus;

/** An improvement plan: its items, whether it is published and who signed it off. */
public record ImprovementPlan(
        long id,
        String title,
        Long assessmentId,
        boolean isPublished,
        String signedOffBy,
        LocalDate signedOffOn,
        List<ImprovementItem> items) {

    public Map<Integer, List<ImprovementItem>> byTheme() {
        return items.stream()
                .collect(Collectors.groupingBy(ImprovementItem::themeNumber, TreeMap::new, Collectors.toList()));
    }

    /** Items grouped by lead officer, leads in alphabetical order, items without a lead last. */
    public Map<String, List<ImprovementItem>> byLead() {
        Map<String, List<ImprovementItem>> grouped = items.stream()
                .collect(Collectors.groupingBy(
                        i -> i.lead().isBlank() ? "No lead named" : i.lead(), TreeMap::new, Collectors.toList()));
        Map<String, List<ImprovementItem>> ordered = new LinkedHashMap<>();
        grouped.forEach((k, v) -> {
            if (!k.equals("No lead named")) {
                ordered.put(k, v);
            }
        });
        if (grouped.containsKey("No lead named")) {
            ordered.put("No lead named", grouped.get("No lead named"));
        }
        return ordered;
    }

    public List<ImprovementItem> overdue(LocalDate today) {
        return items.stream()
                .filter(i -> i.isOverdue(today))
                .sorted(Comparator.comparing(ImprovementItem::due))
                .toList();
    }

    /** How many items stand at each point of the scale, every point listed. */
    public Map<ProgressStatus, Long> statusCounts() {
        Map<ProgressStatus, Long> counts = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.put(s, items.stream().filter(i -> i.status() == s).count());
        }
        return counts;
    }

    public boolean signedOff() {
        return signedOffOn != null;
    }
}
