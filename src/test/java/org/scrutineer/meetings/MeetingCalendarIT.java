package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The iCalendar feeds as a calendar program reads them (ical4j): valid, with meeting times in Europe/London described by
 * the feed's own VTIMEZONE (so no client reads them as floating), absolute links to the meeting pages, stamped with the
 * application's clock.
 */
@ScrutineerTest
class MeetingCalendarIT {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    org.scrutineer.support.TestData data;

    String feed(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static Calendar read(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void lineBreaksOfEveryKindInAVenueAreEscapedNotPassedThrough() throws Exception {
        long board = data.board("ICS-CR");
        meetings.create(new Meetings.NewMeeting(
                "ics-cr-2025-10-01",
                board,
                java.time.LocalDate.of(2025, 10, 1),
                java.time.LocalTime.of(18, 30),
                "Town Hall\rBEGIN:VEVENT\r\nRoom 1\nFloor 2\u0007",
                org.scrutineer.meetings.domain.Meeting.Status.SCHEDULED,
                "2025/26"));
        String ics = feed("/boards/ICS-CR/meetings.ics");
        assertThat(ics.replace("\r\n", ""))
                .as("no CR or LF but at the end of a line")
                .doesNotContain("\r", "\n");
        Calendar calendar = read(ics);
        List<VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Town Hall\nBEGIN:VEVENT\nRoom 1\nFloor 2");
        assertThat(MeetingCalendar.escape("a\r\nb\rc\nd;e,f\\g")).isEqualTo("a\\nb\\nc\\nd\\;e\\,f\\\\g");
    }

    @Test
    void bothFeedsAreValidICalendar() throws Exception {
        for (String path : List.of("/meetings.ics", "/boards/HSC-PPB/meetings.ics", "/boards/CYPF-PPB/meetings.ics")) {
            String ics = feed(path);
            ValidationResult result = read(ics).validate();
            assertThat(result.hasErrors()).as(path + ": " + result).isFalse();
            assertThat(ics.split("\r\n"))
                    .as(path + ": lines of at most 75 octets")
                    .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                            .isLessThanOrEqualTo(75));
        }
    }

    @SuppressWarnings(
            "deprecation") // ical4j 4 deprecates getStartDate for getDateTimeStart; the test reads the same property
    @Test
    void meetingTimesAreLondonTimeByTheFeedsOwnTimeZone() throws Exception {
        Calendar calendar = read(feed("/meetings.ics"));
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).hasSize(1);
        assertThat(zones.get(0).getProperty("TZID").map(Property::getValue)).hasValue("Europe/London");
        TimeZone feedZone = new TimeZone(zones.get(0));

        Map<String, Instant> starts = calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty("DTSTART")
                        .flatMap(p -> p.getParameter("TZID"))
                        .isPresent())
                .collect(Collectors.toMap(
                        e -> e.getProperty("UID").map(Property::getValue).orElseThrow(), e -> {
                            DtStart<Temporal> start = e.<Temporal>getStartDate().orElseThrow();
                            // ical4j resolves the zone; a floating time would come back as a LocalDateTime
                            assertThat(start.getDate()).isInstanceOf(ZonedDateTime.class);
                            Instant byIcal4j = ((ZonedDateTime) start.getDate()).toInstant();
                            Instant byFeedZone = instant(
                                    feedZone,
                                    LocalDateTime.parse(
                                            start.getValue(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")));
                            assertThat(byFeedZone)
                                    .as("the feed's VTIMEZONE agrees with ical4j")
                                    .isEqualTo(byIcal4j);
                            return byFeedZone;
                        }));
        // 6.30 p.m. in British Summer Time is 17:30 UTC; in Greenwich Mean Time it is 18:30 UTC
        assertThat(starts)
                .containsEntry("hsc-2025-09-23@scrutineer", Instant.parse("2025-09-23T17:30:00Z"))
                .containsEntry("hsc-2025-11-25@scrutineer", Instant.parse("2025-11-25T18:30:00Z"))
                .containsEntry("cypf-2023-01-23@scrutineer", Instant.parse("2023-01-23T18:30:00Z"));
    }

    @Test
    void theFeedsTimeZoneAgreesWithTheTimeZoneDatabaseFrom1996To2040() throws Exception {
        TimeZone feedZone = new TimeZone(read(feed("/meetings.ics"))
                .<VTimeZone>getComponents("VTIMEZONE")
                .get(0));
        var rules = LONDON.getRules();
        var transition = rules.nextTransition(Instant.parse("1996-01-01T00:00:00Z"));
        int checked = 0;
        while (transition.getInstant().isBefore(Instant.parse("2041-01-01T00:00:00Z"))) {
            // two hours either side of each change, so each is on the right Sunday, and well into the season. Not the
            // changeover hour itself: ical4j 4.1.1's TimeZone changes at 02:00 UTC, where ical.js and python-dateutil
            // read this VTIMEZONE as changing at 01:00 UTC, as the time zone database does.
            for (Instant at : List.of(
                    transition.getInstant().minus(2, ChronoUnit.HOURS),
                    transition.getInstant().plus(2, ChronoUnit.HOURS),
                    transition.getInstant().plus(40, ChronoUnit.DAYS))) {
                assertThat(feedZone.getOffset(at.toEpochMilli()) / 1000)
                        .as("offset at " + at)
                        .isEqualTo(rules.getOffset(at).getTotalSeconds());
                checked++;
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        assertThat(checked).isEqualTo(45 * 2 * 3);
    }

    @SuppressWarnings(
            "deprecation") // ical4j 4 deprecates getDateStamp for getDateTimeStamp; the test reads the same property
    @Test
    void eventsLinkToTheMeetingPageAtThePublicAddressAndAreStampedByTheApplicationsClock() throws Exception {
        List<VEvent> events = read(feed("/boards/HSC-PPB/meetings.ics")).getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        for (VEvent e : events) {
            String uid = e.getProperty("UID").map(Property::getValue).orElseThrow();
            assertThat(e.getProperty("URL").map(Property::getValue))
                    .hasValue("http://localhost:8080/meetings/" + uid.substring(0, uid.indexOf('@')));
            Instant stamp = Instant.from(e.getDateStamp().orElseThrow().getDate());
            assertThat(stamp.atZone(LONDON).toLocalDate()).isEqualTo(TestClock.DEFAULT_DAY);
        }
    }

    /** The instant a local time stands for in a zone (times in the hour the clocks skip or repeat are not asked about). */
    static Instant instant(TimeZone zone, LocalDateTime local) {
        for (int hours : new int[] {0, 1}) {
            Instant candidate = local.toInstant(java.time.ZoneOffset.ofHours(hours));
            if (zone.getOffset(candidate.toEpochMilli()) == hours * 3_600_000) {
                return candidate;
            }
        }
        throw new AssertionError("no offset of the feed's zone gives " + local);
    }
}
