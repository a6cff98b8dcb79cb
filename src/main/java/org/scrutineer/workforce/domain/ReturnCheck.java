package org.scrutineer.workforce.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a return before anything is computed from it: a breakdown must sum to the total it states, every group of a
 * measure given must have a count, a part cannot exceed its base in any group (appointed within shortlisted, regulated
 * staff within staff, leavers within staff, and so on), the pay bands must add up to the staff in each group, and an
 * indicator with no data is "not provided". Each finding names the figures. Halton's checked return of 2024/25, whose
 * fitness-to-practise count of 2 came back as 12 split 2 white and 10 minoritised, is what this is for.
 */
final class ReturnCheck {
    private ReturnCheck() {}

    public static List<Finding> check(WorkforceReturn r) {
        List<Finding> findings = new ArrayList<>();
        for (Measure m : Measure.values()) {
            Breakdown b = r.get(m);
            if (!b.provided()) {
                continue;
            }
            if (!b.complete()) {
                String missing = Arrays.stream(EthnicGroup.values())
                        .filter(g -> b.count(g) == null)
                        .map(EthnicGroup::words)
                        .collect(Collectors.joining(", "));
                findings.add(new Finding(
                        Finding.Kind.ERROR,
                        m.indicator(),
                        List.of(m),
                        m.words() + ": no count for " + missing + " (enter 0 where there were none)"));
            }
            if (b.statedTotal() != null && !b.counts().isEmpty() && b.sum() != b.statedTotal()) {
                findings.add(new Finding(
                        Finding.Kind.ERROR,
                        m.indicator(),
                        List.of(m),
                        m.words() + ": the groups add up to " + b.sum() + " (" + figures(b)
                                + ") but the total given is " + b.statedTotal()));
            }
            Measure base = m.base();
            if (base != null && r.provides(base)) {
                Breakdown whole = r.get(base);
                for (EthnicGroup g : EthnicGroup.values()) {
                    Integer part = b.count(g);
                    Integer of = whole.count(g);
                    if (part != null && of != null && part > of) {
                        findings.add(new Finding(
                                Finding.Kind.ERROR,
                                m.indicator(),
                                List.of(m, base),
                                m.words() + " (" + g.words() + ", " + part + ") is more than " + lower(base.words())
                                        + " (" + of + ")"));
                    }
                }
                Integer partTotal = total(b);
                Integer wholeTotal = total(whole);
                if (partTotal != null && wholeTotal != null && partTotal > wholeTotal) {
                    findings.add(new Finding(
                            Finding.Kind.ERROR,
                            m.indicator(),
                            List.of(m, base),
                            m.words() + " in total (" + partTotal + ") is more than " + lower(base.words())
                                    + " in total (" + wholeTotal + ")"));
                }
            } else if (base != null && !m.payBand()) {
                findings.add(new Finding(
                        Finding.Kind.ERROR,
                        m.indicator(),
                        List.of(m, base),
                        m.words() + " is given but " + lower(base.words()) + ", its base, is not provided"));
            }
        }
        payBands(r, findings);
        for (Indicator i : Indicator.values()) {
            if (!i.provided(r)) {
                findings.add(new Finding(
                        Finding.Kind.NOT_PROVIDED,
                        i.number(),
                        i.measures(),
                        "Indicator " + i.number() + " (" + i.words() + "): not provided"));
            }
        }
        return findings;
    }

    private static void payBands(WorkforceReturn r, List<Finding> findings) {
        List<Measure> bands = Measure.payBands().stream().filter(r::provides).toList();
        if (bands.isEmpty() || !r.provides(Measure.STAFF)) {
            return;
        }
        Breakdown staff = r.get(Measure.STAFF);
        for (EthnicGroup g : EthnicGroup.values()) {
            Integer of = staff.count(g);
            if (of == null) {
                continue;
            }
            int sum = bands.stream()
                    .map(m -> r.get(m).count(g))
                    .filter(n -> n != null)
                    .mapToInt(Integer::intValue)
                    .sum();
            if (sum != of) {
                findings.add(new Finding(
                        Finding.Kind.ERROR,
                        1,
                        bands,
                        "Pay bands (" + g.words() + "): the 12 bands add up to " + sum + " but staff number " + of));
            }
        }
    }

    /** The stated total, else the sum of the groups when all are given. */
    private static Integer total(Breakdown b) {
        if (b.statedTotal() != null) {
            return b.statedTotal();
        }
        return b.complete() ? b.sum() : null;
    }

    private static String figures(Breakdown b) {
        return b.counts().entrySet().stream()
                .map(e -> e.getKey().words() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String lower(String words) {
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
