package org.scrutineer.moderngov.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ModernGov's answers as sites really give them, written here by hand (no site's data is copied). */
class ModernGovXmlTest {

    private static byte[] xml(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void committeesWithPaddingAndWhitespaceOnlyElements() {
        var answer = ModernGovXml.committees(xml("""
                <?xml version="1.0" encoding="utf-8"?>
                <committees><committeescount> 3</committeescount>
                  <committee><committeeid> 144 </committeeid><committeetitle>Example Scrutiny Board</committeetitle>
                    <committeedeleted>False</committeedeleted><committeeexpired>   </committeeexpired><committeecategory> </committeecategory></committee>
                  <committee><committeeid>12</committeeid><committeetitle>Old Panel</committeetitle>
                    <committeedeleted>False</committeedeleted><committeeexpired>True</committeeexpired></committee>
                  <committee><committeeid>  </committeeid><committeetitle>No number</committeetitle></committee>
                </committees>"""));
        assertThat(answer.value()).extracting(ModernGov.Committee::id).containsExactly(144L, 12L);
        assertThat(answer.value().get(0).current()).isTrue();
        assertThat(answer.value().get(0).category()).isEmpty();
        assertThat(answer.value().get(1).current()).isFalse();
        assertThat(answer.problems()).singleElement().asString().contains("without a number");
    }

    @Test
    void meetingsWithDdMmYyyyDatesAndTwelveHourTimes() {
        var answer = ModernGovXml.meetings(xml("""
                <getmeetings><committee><committeeid>144</committeeid>
                  <meetings><meetingscount> 3</meetingscount>
                    <meeting><meetingid>9001</meetingid><meetingdate>03/02/2026</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
                    <meeting><meetingid>9002</meetingid><meetingdate>17/03/2026</meetingdate><meetingstatus>Cancelled</meetingstatus><meetingtime>6.30 pm</meetingtime></meeting>
                    <meeting><meetingid>9003</meetingid><meetingdate>31/02/2026</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime> </meetingtime></meeting>
                  </meetings></committee></getmeetings>"""), 144);
        assertThat(answer.value()).hasSize(2);
        assertThat(answer.value().get(0).date()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(answer.value().get(0).time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(answer.value().get(1).time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(answer.value().get(1).cancelled()).isTrue();
        assertThat(answer.value().get(0).cancelled()).isFalse();
        assertThat(answer.problems())
                .singleElement()
                .asString()
                .contains("9003")
                .contains("dd/mm/yyyy");
    }

    @Test
    void anEmptyListIsNoMeetingsNotACrash() {
        var answer = ModernGovXml.meetings(
                xml(
                        "<getmeetings><committee><committeeid>144</committeeid><meetings><meetingscount> 0</meetingscount></meetings></committee></getmeetings>"),
                144);
        assertThat(answer.value()).isEmpty();
        assertThat(answer.problems()).isEmpty();
        assertThat(ModernGovXml.committees(xml("<committees><committeescount>0</committeescount></committees>"))
                        .problems())
                .singleElement()
                .asString()
                .contains("empty list");
    }

    @Test
    void aMeetingWithEscapedWordHtmlRestrictedItemsDocumentsAndAttendees() {
        var answer = ModernGovXml.meeting(xml("""
                <meeting><meetingid>9001</meetingid><meetingdate>03/02/2026</meetingdate><meetingtime>2.00 pm</meetingtime>
                  <meetingstatus>Confirmed</meetingstatus><location>Council Chamber, Town Hall</location><meetingplannedfinish>4.00 pm</meetingplannedfinish>
                  <agendapublished>True</agendapublished><minutepublished>False</minutepublished>
                  <agendaitems>
                    <agendaitem><agendaitemid>501</agendaitemid><agendaitemtitle>Budget monitoring</agendaitemtitle>
                      <fulldisplaynumberformat>4.</fulldisplaynumberformat><isrestricted>False</isrestricted>
                      <agendatext>&lt;p class=MsoNormal&gt;&lt;span style='font-family:Arial'&gt;The report sets out the position.&lt;o:p&gt;&lt;/o:p&gt;&lt;/span&gt;&lt;/p&gt;&lt;p&gt;&amp;nbsp;&lt;/p&gt;&lt;p&gt;Second &lt;b&gt;paragraph&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</agendatext>
                      <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED: That the report be noted.&lt;/p&gt;</minutesnonemptyhtmlbody>
                      <linkeddocuments><linkeddocument><attachmentid>7001</attachmentid><title>Budget report</title>
                        <url>https://democracy.example.gov.uk/documents/s7001/report.pdf</url><isrestricted>False</isrestricted>
                        <publicationdate>26/01/2026</publicationdate></linkeddocument></linkeddocuments>
                    </agendaitem>
                    <agendaitem><agendaitemid>502</agendaitemid><agendaitemtitle>Contract award</agendaitemtitle>
                      <fulldisplaynumberformat>5.</fulldisplaynumberformat><isrestricted>True</isrestricted><agendatext>   </agendatext></agendaitem>
                  </agendaitems>
                  <attendees><attendee><name>Councillor A Example</name><roledescription>Chair</roledescription>
                    <attendance>Present</attendance><politicalparty>Independent</politicalparty><ward> </ward></attendee></attendees>
                </meeting>"""));
        ModernGov.MeetingDetail m = answer.value();
        assertThat(m.time()).isEqualTo(LocalTime.of(14, 0));
        assertThat(m.plannedFinish()).isEqualTo(LocalTime.of(16, 0));
        assertThat(m.location()).isEqualTo("Council Chamber, Town Hall");
        assertThat(m.agendaPublished()).isTrue();
        assertThat(m.minutesPublished()).isFalse();
        assertThat(m.items()).extracting(ModernGov.Item::restricted).containsExactly(false, true);
        assertThat(m.items().get(0).text()).isEqualTo("The report sets out the position.\n\nSecond paragraph");
        assertThat(m.items().get(0).minutes()).isEqualTo("RESOLVED: That the report be noted.");
        assertThat(m.items().get(0).number()).isEqualTo("4.");
        assertThat(m.items().get(1).text()).isEmpty();
        assertThat(m.items().get(0).documents()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(7001);
            assertThat(d.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 26));
            assertThat(d.restricted()).isFalse();
        });
        assertThat(m.attendees()).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo("Chair");
            assertThat(a.ward()).isEmpty();
        });
    }

    @Test
    void anHtmlPageInsteadOfXmlIsNamed() {
        assertThatThrownBy(() -> ModernGovXml.committees(xml("\n  <!DOCTYPE html><html><body>Sign in</body></html>")))
                .isInstanceOf(Unreadable.class)
                .hasMessageContaining("HTML page");
    }

    @Test
    void brokenXmlAndNothingAtAllAreNamed() {
        assertThatThrownBy(() -> ModernGovXml.committees(xml("<committees><committee>")))
                .isInstanceOf(Unreadable.class)
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> ModernGovXml.committees(xml("   ")))
                .isInstanceOf(Unreadable.class)
                .hasMessageContaining("nothing at all");
        assertThatThrownBy(() -> ModernGovXml.committees(xml("<other/>")))
                .isInstanceOf(Unreadable.class)
                .hasMessageContaining("<committees>");
    }

    @Test
    void aDtdOrExternalEntityIsRefusedNotFollowed() {
        assertThatThrownBy(() -> ModernGovXml.committees(xml("""
                <?xml version="1.0"?><!DOCTYPE committees [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <committees><committee><committeeid>1</committeeid><committeetitle>&x;</committeetitle></committee></committees>""")))
                .isInstanceOf(Unreadable.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void timesAndDatesAsSitesWriteThem() {
        assertThat(ModernGovXml.time("10.00 am")).isEqualTo(LocalTime.of(10, 0));
        assertThat(ModernGovXml.time("12.15 pm")).isEqualTo(LocalTime.of(12, 15));
        assertThat(ModernGovXml.time("12.00 am")).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(ModernGovXml.time("6pm")).isEqualTo(LocalTime.of(18, 0));
        assertThat(ModernGovXml.time("6.30 p.m.")).isEqualTo(LocalTime.of(18, 30));
        assertThat(ModernGovXml.time("14:00")).isEqualTo(LocalTime.of(14, 0));
        assertThat(ModernGovXml.time("12 noon")).isEqualTo(LocalTime.NOON);
        assertThat(ModernGovXml.time("Rise of Council")).isNull();
        assertThat(ModernGovXml.time("13.00 pm")).isNull();
        assertThat(ModernGovXml.date(" 01/12/2025 00:00:00")).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(ModernGovXml.date("2025-12-01")).isNull();
    }

    @Test
    void doublyEscapedWordHtmlIsStillText() {
        assertThat(WordHtml.text("&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;br&gt;lines&lt;/p&gt;"))
                .isEqualTo("One\n\nTwo\nlines");
        assertThat(WordHtml.text("<p>A&nbsp;&nbsp;b</p><ul><li>first</li><li>second</li></ul>"))
                .isEqualTo("A b\n\nfirst\n\nsecond");
        assertThat(List.of(WordHtml.text(null), WordHtml.text("  "))).containsOnly("");
    }
}
