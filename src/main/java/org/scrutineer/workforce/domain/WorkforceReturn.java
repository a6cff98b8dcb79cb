package org.scrutineer.workforce.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A council's SC-WRES data return for one year and one workforce: every count it gives, by measure and group. */
public record WorkforceReturn(String council, String year, Workforce workforce, Map<Measure, Breakdown> measures) {
    public WorkforceReturn {
        EnumMap<Measure, Breakdown> copy = new EnumMap<>(Measure.class);
        measures.forEach((m, b) -> {
            if (b != null && b.provided()) {
                copy.put(m, b);
            }
        });
        measures = Collections.unmodifiableMap(copy);
    }

    /** The measure's counts; an empty breakdown when the return does not provide it. */
    public Breakdown get(Measure m) {
        return measures.getOrDefault(m, new Breakdown(Map.of(), null));
    }

    public boolean provides(Measure m) {
        return measures.containsKey(m);
    }

    public WorkforceReturn with(Measure m, Breakdown b) {
        EnumMap<Measure, Breakdown> copy = new EnumMap<>(Measure.class);
        copy.putAll(measures);
        copy.put(m, b);
        return new WorkforceReturn(council, year, workforce, copy);
    }
}
