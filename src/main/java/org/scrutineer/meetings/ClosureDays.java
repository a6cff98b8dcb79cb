package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's one-off closure days, which an officer adds to the meetings' working-day calendar (weekends and bank
 * holidays, {@code ClearWorkingDays}): the five clear days before a meeting and the public question deadline both skip them.
 */
@Repository
public class ClosureDays {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Texts texts;

    public ClosureDays(JdbcClient jdbc, AuditTrail audit, Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record ClosureDay(LocalDate day, String reason, String addedBy) {}

    public Set<LocalDate> days() {
        return new TreeSet<>(
                jdbc.sql("select day from closure_day").query(LocalDate.class).list());
    }

    public List<ClosureDay> all() {
        return jdbc.sql("select day, reason, added_by from closure_day order by day")
                .query((rs, n) -> new ClosureDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * The closure days form: removes the day named by {@code remove}, or adds {@code day} with its reason; what is wrong
     * in the form, field by field (nothing when it was saved).
     */
    @Transactional
    public FormErrors change(String day, String reason, String remove) {
        FormErrors errors = new FormErrors();
        try {
            if (!remove.isBlank()) {
                remove(LocalDate.parse(remove));
                return errors;
            }
            LocalDate d = LocalDate.parse(day.strip());
            if (reason.isBlank() || reason.length() > 200) {
                errors.add("reason", texts.get("questions.closureDay.reason.required"));
            } else if (!add(d, reason.strip(), CurrentUser.name())) {
                errors.add("day", texts.get("questions.closureDay.day.taken"));
            }
        } catch (DateTimeParseException e) {
            errors.add("day", texts.get("questions.closureDay.day.invalid"));
        }
        return errors;
    }

    @Transactional
    public boolean add(LocalDate day, String reason, String by) {
        int added = jdbc.sql(
                        "insert into closure_day (day, reason, added_by) values (:d, :r, :b) on conflict do nothing")
                .param("d", day)
                .param("r", reason)
                .param("b", by)
                .update();
        if (added > 0) {
            audit.created("calendar", "closure day", day.toString(), new ClosureDay(day, reason, by));
        }
        return added > 0;
    }

    @Transactional
    public void remove(LocalDate day) {
        jdbc.sql("select day, reason, added_by from closure_day where day = :d")
                .param("d", day)
                .query((rs, n) -> new ClosureDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)))
                .optional()
                .ifPresent(old -> {
                    jdbc.sql("delete from closure_day where day = :d")
                            .param("d", day)
                            .update();
                    audit.deleted("calendar", "closure day", day.toString(), old);
                });
    }
}
