package org.scrutineer.questions.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.scrutineer.meetings.domain.ClearWorkingDays;

/**
 * PQ-12: when a question or its supplementary is not answered at the meeting (or not reached), an officer takes the
 * questioner's name and address and makes sure a written response is sent. The task cannot stand without both.
 */
public final class WrittenResponse {
    /** Working days the council gives itself to send a written response (configurable; the standing order sets none). */
    public static final int DEFAULT_WORKING_DAYS = 10;

    private WrittenResponse() {}

    /** Field name to message, for each thing the task lacks (S05). */
    public static Map<String, String> problems(String name, String postalAddress, LocalDate due) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Enter the questioner's name for the written response");
        }
        if (postalAddress == null || postalAddress.isBlank()) {
            errors.put("address", "Enter the questioner's postal address for the written response");
        }
        if (due == null) {
            errors.put("due", "Enter the date the written response is due");
        }
        return errors;
    }

    /** The default due date: so many working days after the meeting, on the meetings' calendar. */
    public static LocalDate dueAfter(LocalDate meeting, int workingDays, Set<LocalDate> closures) {
        LocalDate d = meeting;
        int found = 0;
        while (found < workingDays) {
            d = d.plusDays(1);
            if (ClearWorkingDays.isWorkingDay(d, closures)) {
                found++;
            }
        }
        return d;
    }
}
