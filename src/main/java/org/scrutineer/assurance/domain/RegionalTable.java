package org.scrutineer.assurance.domain;

import java.util.ArrayList;
import java.util.List;

/** Ratings of councils by ADASS region, and its checks: England is the sum of the regions; a region's ratings add up to its completed assessments. */
public record RegionalTable(List<Region> regions, Region england) {

    public record Region(
            String name,
            int councils,
            int completed,
            int outstanding,
            int good,
            int requiresImprovement,
            int inadequate) {
        int[] figures() {
            return new int[] {councils, completed, outstanding, good, requiresImprovement, inadequate};
        }

        int rated() {
            return outstanding + good + requiresImprovement + inadequate;
        }
    }

    public static final List<String> COLUMNS =
            List.of("Councils", "Completed and published", "Outstanding", "Good", "Requires improvement", "Inadequate");

    /** A printed figure that does not follow from the others. */
    public record Finding(String row, String column, int printed, int expected, String rule) {}

    /** The regions and England's row as printed. */
    public List<Region> printedRows() {
        List<Region> rows = new ArrayList<>(regions);
        rows.add(england);
        return rows;
    }

    /** As printed, with the sum of the regions beneath for comparison. */
    public List<Region> rowsWithSum() {
        List<Region> rows = printedRows();
        rows.add(sum());
        return rows;
    }

    public Region sum() {
        int[] total = new int[6];
        for (Region r : regions) {
            int[] f = r.figures();
            for (int i = 0; i < 6; i++) {
                total[i] += f[i];
            }
        }
        return new Region("Sum of the regions", total[0], total[1], total[2], total[3], total[4], total[5]);
    }

    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        int[] printed = england.figures();
        int[] expected = sum().figures();
        for (int i = 0; i < 6; i++) {
            if (printed[i] != expected[i]) {
                findings.add(new Finding(
                        england.name(), COLUMNS.get(i), printed[i], expected[i], "England = sum of the regions"));
            }
        }
        for (Region r : regions) {
            if (r.rated() != r.completed()) {
                findings.add(new Finding(
                        r.name(), COLUMNS.get(1), r.completed(), r.rated(), "completed = sum of the ratings"));
            }
            if (r.completed() > r.councils()) {
                findings.add(new Finding(
                        r.name(), COLUMNS.get(1), r.completed(), r.councils(), "no more completed than councils"));
            }
        }
        return findings;
    }
}
