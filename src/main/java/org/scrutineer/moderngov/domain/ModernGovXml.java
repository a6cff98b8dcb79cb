package org.scrutineer.moderngov.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the answers of a ModernGov web service as real sites give them: counts padded with spaces, elements holding only
 * whitespace, dates as dd/mm/yyyy, times as "10.00 am", Word HTML escaped inside elements, an HTML page where XML was
 * expected, an empty list. A record that cannot be read is left out with a problem naming it; an answer that is not
 * ModernGov's XML at all is {@link Unreadable}. The XML is read with no DTD and no external entities, so an answer cannot
 * make Scrutineer read a file or another address.
 */
public final class ModernGovXml {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])?\\.?\\s*m?\\.?|noon");

    private ModernGovXml() {}

    public static ModernGov.Answer<List<ModernGov.Committee>> committees(byte[] body) {
        Element root = root(body, "GetCommittees", "committees");
        List<String> problems = new ArrayList<>();
        List<ModernGov.Committee> committees = new ArrayList<>();
        for (Element c : descendants(root, "committee")) {
            Long id = number(text(c, "committeeid"));
            String title = text(c, "committeetitle");
            if (id == null || title.isEmpty()) {
                problems.add("GetCommittees: a committee without a number or title (\"" + text(c, "committeeid")
                        + "\", \"" + title + "\") was left out");
                continue;
            }
            committees.add(new ModernGov.Committee(
                    id,
                    title,
                    yes(text(c, "committeedeleted")),
                    yes(text(c, "committeeexpired")),
                    text(c, "committeecategory")));
        }
        if (committees.isEmpty()) {
            problems.add("GetCommittees answered an empty list: the site publishes no committees");
        }
        return new ModernGov.Answer<>(committees, problems);
    }

    public static ModernGov.Answer<List<ModernGov.ScheduledMeeting>> meetings(byte[] body, long committeeId) {
        Element root = root(body, "GetMeetings", "getmeetings");
        List<String> problems = new ArrayList<>();
        List<ModernGov.ScheduledMeeting> meetings = new ArrayList<>();
        int leftOut = 0;
        for (Element m : descendants(root, "meeting")) {
            Long id = number(text(m, "meetingid"));
            LocalDate date = date(text(m, "meetingdate"));
            if (id == null || date == null) {
                problems.add("GetMeetings for committee " + committeeId + ": a meeting with number \""
                        + text(m, "meetingid") + "\" and date \"" + text(m, "meetingdate")
                        + "\" was left out (a number and a dd/mm/yyyy date are needed)");
                leftOut++;
                continue;
            }
            String time = text(m, "meetingtime");
            LocalTime start = time(time);
            if (start == null && !time.isEmpty()) {
                problems.add(
                        "Meeting " + id + ": the time \"" + time + "\" is not a time of day; imported without one");
            }
            meetings.add(new ModernGov.ScheduledMeeting(id, committeeId, date, start, text(m, "meetingstatus")));
        }
        Long count = number(text(root, "meetingscount"));
        if (count != null && count != meetings.size() + leftOut) {
            problems.add("GetMeetings for committee " + committeeId + " says " + count + " meetings but lists "
                    + (meetings.size() + leftOut));
        }
        return new ModernGov.Answer<>(meetings, problems);
    }

    public static ModernGov.Answer<ModernGov.MeetingDetail> meeting(byte[] body) {
        Element answer = root(body, "GetMeeting", "meeting");
        Element root = answer.getTagName().equals("meeting")
                ? answer
                : descendants(answer, "meeting").get(0);
        List<String> problems = new ArrayList<>();
        Long id = number(childText(root, "meetingid"));
        if (id == null) {
            throw new Unreadable("GetMeeting answered a meeting without a number");
        }
        LocalDate date = date(childText(root, "meetingdate"));
        if (date == null) {
            throw new Unreadable(
                    "GetMeeting " + id + ": the date \"" + childText(root, "meetingdate") + "\" is not dd/mm/yyyy");
        }
        List<ModernGov.Item> items = new ArrayList<>();
        for (Element i : descendants(root, "agendaitem")) {
            Long itemId = number(text(i, "agendaitemid"));
            String title = text(i, "agendaitemtitle");
            if (itemId == null || title.isEmpty()) {
                problems.add("Meeting " + id + ": an agenda item without a number or title (\""
                        + text(i, "agendaitemid") + "\") was left out");
                continue;
            }
            List<ModernGov.Document> documents = new ArrayList<>();
            for (Element d : descendants(i, "linkeddocument")) {
                Long docId = number(text(d, "attachmentid"));
                String url = text(d, "url");
                if (docId == null || url.isEmpty()) {
                    problems.add("Meeting " + id + ", item " + itemId + ": a document without a number or address (\""
                            + text(d, "title") + "\") was left out");
                    continue;
                }
                String docTitle = text(d, "title");
                documents.add(new ModernGov.Document(
                        docId,
                        docTitle.isEmpty() ? "Document " + docId : docTitle,
                        url,
                        yes(text(d, "isrestricted")),
                        date(text(d, "publicationdate"))));
            }
            items.add(new ModernGov.Item(
                    itemId,
                    text(i, "fulldisplaynumberformat"),
                    title,
                    WordHtml.text(text(i, "agendatext")),
                    WordHtml.text(text(i, "minutesnonemptyhtmlbody")),
                    yes(text(i, "isrestricted")),
                    documents));
        }
        List<ModernGov.Attendee> attendees = new ArrayList<>();
        for (Element a : descendants(root, "attendee")) {
            String name = text(a, "name");
            if (!name.isEmpty()) {
                attendees.add(new ModernGov.Attendee(
                        name,
                        text(a, "roledescription"),
                        text(a, "attendance"),
                        text(a, "politicalparty"),
                        text(a, "ward")));
            }
        }
        String location = childText(root, "location");
        if (location.isEmpty()) {
            location = childText(root, "meetinglocation");
        }
        String finish = childText(root, "meetingplannedfinish");
        if (finish.isEmpty()) {
            finish = childText(root, "plannedfinish");
        }
        return new ModernGov.Answer<>(
                new ModernGov.MeetingDetail(
                        id,
                        date,
                        time(childText(root, "meetingtime")),
                        childText(root, "meetingstatus"),
                        location,
                        time(finish),
                        yes(childText(root, "agendapublished")),
                        yes(childText(root, "minutepublished")),
                        items,
                        attendees),
                problems);
    }

    /** A dd/mm/yyyy date (a time after it is ignored); null for none or one that is not a day. */
    public static LocalDate date(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.lookingAt()) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "10.00 am", "2.30 pm", "6pm", "14:00", "12 noon"; null for none or one that is not a time of day. */
    public static LocalTime time(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        if (t.equals("noon") || t.equals("12 noon") || t.equals("12.00 noon")) {
            return LocalTime.NOON;
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches() || m.group(1) == null) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (half.equals("p") ? 12 : 0);
        } else if (m.group(2) == null) {
            return null;
        }
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    private static Element root(byte[] body, String operation, String expected) {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8)
                .stripLeading()
                .replace("\uFEFF", "")
                .toLowerCase(Locale.ROOT);
        if (start.isEmpty()) {
            throw new Unreadable(operation + " answered nothing at all");
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")) {
            throw new Unreadable(operation
                    + " answered an HTML page, not ModernGov's XML: check the site's address and that its web service "
                    + "(mgWebService.asmx) is switched on");
        }
        Document doc;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            doc = builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException e) {
            throw new Unreadable(
                    operation + " answered something that is not well-formed XML, or declares a DTD, which is refused ("
                            + e.getMessage() + ")");
        } catch (IOException | ParserConfigurationException e) {
            throw new Unreadable(operation + " could not be read: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equalsIgnoreCase(expected)
                && descendants(root, expected).isEmpty()) {
            throw new Unreadable(
                    operation + " answered XML with <" + root.getTagName() + "> where <" + expected + "> was expected");
        }
        return root;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        return f;
    }

    private static List<Element> descendants(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagName(name);
        for (int k = 0; k < nodes.getLength(); k++) {
            found.add((Element) nodes.item(k));
        }
        return found;
    }

    /** The trimmed text of the first element of that name under the parent; empty when missing or only whitespace. */
    private static String text(Element parent, String name) {
        var nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /** The same, but only among the parent's own children, so that an item's date is not taken for the meeting's. */
    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    private static Long number(String text) {
        try {
            return text.isEmpty() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean yes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("1") || t.equals("yes") || t.equals("y");
    }
}
