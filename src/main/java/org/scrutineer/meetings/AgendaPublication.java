package org.scrutineer.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.scrutineer.meetings.domain.ClearWorkingDays;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a meeting's agenda with its pack, and supplements after it. The agenda becomes public in the same
 * transaction that stores its pack, so it is never public without one: a pack that cannot be built leaves the agenda
 * unpublished and nothing written. Two officers publishing at once are taken one after the other.
 */
@Service
class AgendaPublication {
    private final MeetingRecords records;
    private final Meetings meetings;
    private final AgendaPacks packs;
    private final AuditTrail audit;
    private final Clock clock;
    private final ClosureDays closureDays;

    AgendaPublication(
            MeetingRecords records,
            Meetings meetings,
            AgendaPacks packs,
            AuditTrail audit,
            Clock clock,
            ClosureDays closureDays) {
        this.closureDays = closureDays;
        this.records = records;
        this.meetings = meetings;
        this.packs = packs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What publishing came to: the pack published, or nothing when fewer than five clear working days remain and the
     * officer has not confirmed publishing late; with the clear working days left either way.
     */
    public record Outcome(AgendaPacks.Published published, int clearWorkingDays) {
        public boolean late() {
            return clearWorkingDays < ClearWorkingDays.REQUIRED;
        }
    }

    @Transactional
    public Outcome publish(String key, boolean confirmedLate) {
        Meeting m = records.locked(key);
        LocalDate today = LocalDate.now(clock);
        int clear = ClearWorkingDays.clearWorkingDaysBetween(today, m.date(), closureDays.days());
        if (clear < ClearWorkingDays.REQUIRED && !confirmedLate) {
            return new Outcome(null, clear);
        }
        if (m.agendaPublishedOn() == null) {
            // the pack's front sheet is built from the meeting as published; none of it is seen unless the pack is
            // stored too
            meetings.setAgendaPublished(m.id(), today);
        }
        AgendaPacks.Published published = packs.publish(meetings.byKey(key).orElseThrow(), CurrentUser.name());
        audit.created(
                MeetingRecords.scope(key),
                "agenda_pack",
                "version " + published.version(),
                Map.of("pages", published.pages(), "clearWorkingDays", clear, "items", published.itemPages()));
        return new Outcome(published, clear);
    }

    /** Publishes the Part I papers added since the last publication as a supplement. */
    @Transactional
    public AgendaPacks.Published publishSupplement(String key) {
        Meeting m = records.locked(key);
        AgendaPacks.Published published = packs.publishSupplement(m, CurrentUser.name());
        audit.created(
                MeetingRecords.scope(key),
                "agenda_pack",
                "supplement, version " + published.version(),
                Map.of("pages", published.pages(), "items", published.itemPages()));
        return published;
    }
}
