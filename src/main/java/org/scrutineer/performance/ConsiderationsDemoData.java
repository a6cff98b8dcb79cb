package org.scrutineer.performance;

import org.scrutineer.meetings.Meetings;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.demo.DemoData;
import org.springframework.stereotype.Component;

/**
 * The board took its Q1 2025/26 Priority Based Report at its meeting of 23 September 2025 (seed 000's agenda, item
 * 5(A) "Performance Management Report - Quarter 1 2025/26"): the demo records that consideration once meetings are
 * loaded.
 */
@Component
class ConsiderationsDemoData implements DemoData {
    static final String MEETING = "hsc-2025-09-23";
    static final String QUARTER = "Q1 2025/26";

    private final Considerations considerations;
    private final Meetings meetings;
    private final Boards boards;

    ConsiderationsDemoData(Considerations considerations, Meetings meetings, Boards boards) {
        this.considerations = considerations;
        this.meetings = meetings;
        this.boards = boards;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public void load() {
        meetings.byKey(MEETING)
                .ifPresent(m -> m.items().stream()
                        .filter(i -> i.kind().equals("PERFORMANCE") && i.title().contains("Quarter 1 2025/26"))
                        .forEach(i -> boards.byCode("HSC-PPB")
                                .ifPresent(b -> considerations.consider(b, Period.parse(QUARTER), i.id()))));
    }
}
