package org.scrutineer.questions;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.scrutineer.meetings.ClosureDays;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.mail.Outbox;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.scrutineer.questions.domain.Ground;
import org.scrutineer.questions.domain.Moderation;
import org.scrutineer.questions.domain.NoticeDeadline;
import org.scrutineer.questions.domain.QuestionRules;
import org.scrutineer.questions.domain.QuestionState;
import org.scrutineer.questions.domain.Residency;
import org.scrutineer.questions.domain.WrittenResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public questions under Standing Order 34(9), from the resident's submission to the written reply: the system applies
 * the mandatory rules ({@link QuestionRules}); an officer decides the rest ({@link Moderation}); every change is audited;
 * the questioner's address and e-mail are seen by officers only and deleted a set time after the reply.
 */
@Service
class Questions {
    static final DateTimeFormatter DEADLINE_WORDS =
            DateTimeFormatter.ofPattern("h:mm a 'on' EEEE d MMMM yyyy", Locale.UK);
    /** Submissions one client address, and one e-mail address, may make in a day. */
    static final int PER_ADDRESS_PER_DAY = 10;

    static final int PER_EMAIL_PER_DAY = 3;
    /** Share of a new question's words that an earlier one must have to be suggested as "substantially the same". */
    static final double SIMILAR = 0.5;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REFERENCE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ23456789";

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final ClosureDays closures;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;
    private final Residency borough;
    private final QuestionRules.OffAgenda offAgenda;
    private final String committeeEmail;
    private final int responseWorkingDays;
    private final Texts texts;

    Questions(
            JdbcClient jdbc,
            Meetings meetings,
            ClosureDays closures,
            AuditTrail audit,
            Outbox outbox,
            Clock clock,
            @Value("${scrutineer.questions.borough-postcodes:WA7,WA8}") List<String> boroughPostcodes,
            @Value("${scrutineer.questions.off-agenda:REFUSE}") QuestionRules.OffAgenda offAgenda,
            @Value("${scrutineer.questions.committee-email:committee.services@localhost}") String committeeEmail,
            @Value("${scrutineer.questions.response-working-days:" + WrittenResponse.DEFAULT_WORKING_DAYS + "}")
                    int responseWorkingDays,
            Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.closures = closures;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.borough = new Residency(boroughPostcodes);
        this.offAgenda = offAgenda;
        this.committeeEmail = committeeEmail;
        this.responseWorkingDays = responseWorkingDays;
    }

    // ---- the public side ----

    /** A meeting taking questions now: its agenda is public, its board takes questions and the deadline has not passed. */
    public record OpenMeeting(Meeting meeting, ZonedDateTime deadline) implements Serializable {
        public String deadlineWords() {
            return deadline.format(DEADLINE_WORDS).replace("4:00 PM", "4.00 pm").replace("4:00 pm", "4.00 pm");
        }

        /** What a question may be about: the Part I items of the agenda (never a Part II title), by id. */
        public List<AgendaItem> items() {
            return meeting.publicItems().stream()
                    .filter(i -> !"declarations".equalsIgnoreCase(i.kind())
                            && !"minutes".equalsIgnoreCase(i.kind())
                            && !isQuestionTime(i))
                    .toList();
        }
    }

    static boolean isQuestionTime(AgendaItem i) {
        return "public_questions".equalsIgnoreCase(i.kind())
                || i.title().toLowerCase(Locale.ROOT).contains("public question");
    }

    /** PQ-03: the scheme is for the Policy and Performance Boards. */
    public static boolean takesQuestions(String boardName) {
        return boardName.endsWith("Policy and Performance Board");
    }

    public List<OpenMeeting> openMeetings() {
        Set<LocalDate> closed = closures.days();
        LocalDate today = LocalDate.now(clock.withZone(NoticeDeadline.LONDON));
        Instant now = clock.instant();
        List<OpenMeeting> open = new ArrayList<>();
        for (Meeting m : meetings.all(null)) {
            if (m.status() == Meeting.Status.CANCELLED
                    || !takesQuestions(m.boardName())
                    || !m.agendaIsPublic(today)
                    || m.date().isBefore(today)) {
                continue;
            }
            ZonedDateTime deadline = NoticeDeadline.forMeeting(m.date(), closed);
            if (!now.isAfter(deadline.toInstant())) {
                open.add(new OpenMeeting(meetings.byKey(m.key()).orElseThrow(), deadline));
            }
        }
        return open;
    }

    public Optional<OpenMeeting> open(String key) {
        return openMeetings().stream()
                .filter(o -> o.meeting().key().equals(key))
                .findFirst();
    }

    /** What the resident has written so far (kept in their session until they send it). */
    public record Draft(
            String meetingKey,
            String name,
            String address,
            String postcode,
            String email,
            String organisation,
            String about,
            String question,
            String supplementary)
            implements Serializable {
        public static final String OTHER = "other";

        public static Draft empty(String meetingKey) {
            return new Draft(meetingKey, "", "", "", "", "", "", "", "");
        }
    }

    static final int MAX_NAME = 120;
    static final int MAX_ADDRESS = 500;
    static final int MAX_EMAIL = 254;

    /** Every problem with the draft, by field, in words the resident can act on; the rules of the standing order included. */
    public FormErrors check(Draft d) {
        FormErrors errors = new FormErrors();
        Optional<OpenMeeting> open = d.meetingKey() == null ? Optional.empty() : open(d.meetingKey());
        if (open.isEmpty()) {
            errors.add("meeting", texts.get("questions.ask.meeting.closed"));
            return errors;
        }
        if (blank(d.name())) {
            errors.add("name", texts.get("questions.ask.name.required"));
        } else if (d.name().length() > MAX_NAME) {
            errors.add("name", texts.get("questions.ask.name.tooLong", MAX_NAME));
        }
        if (blank(d.address())) {
            errors.add("address", texts.get("questions.ask.address.required"));
        } else if (d.address().length() > MAX_ADDRESS) {
            errors.add("address", texts.get("questions.ask.address.tooLong", MAX_ADDRESS));
        }
        if (blank(d.postcode())) {
            errors.add("postcode", texts.get("questions.ask.postcode.required"));
        } else if (!Residency.wellFormed(d.postcode())) {
            errors.add("postcode", texts.get("questions.ask.postcode.invalid"));
        } else if (!borough.inBorough(d.postcode())) {
            errors.add("postcode", texts.get("questions.ask.postcode.outsideBorough"));
        }
        if (blank(d.email())) {
            errors.add("email", texts.get("questions.ask.email.required"));
        } else if (d.email().length() > MAX_EMAIL || !d.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", texts.get("questions.ask.email.invalid"));
        }
        if (d.organisation() != null && d.organisation().length() > MAX_NAME) {
            errors.add("organisation", texts.get("questions.ask.organisation.tooLong", MAX_NAME));
        }
        if (blank(d.about())) {
            errors.add("about", texts.get("questions.ask.about.required"));
        } else if (!Draft.OTHER.equals(d.about())
                && open.get().items().stream()
                        .noneMatch(i -> String.valueOf(i.id()).equals(d.about()))) {
            errors.add("about", texts.get("questions.ask.about.notOnAgenda"));
        }
        checkText(errors, "question", d.question(), true);
        checkText(errors, "supplementary", d.supplementary(), false);
        if (errors.none()) {
            for (Ground g : refusals(d, open.get())) {
                errors.add(
                        g == Ground.ONE_PER_ORGANISATION
                                ? "organisation"
                                : g == Ground.NOT_A_RESIDENT ? "postcode" : "question",
                        g.words()
                                + (g == Ground.LATE
                                        ? ": the deadline was " + open.get().deadlineWords()
                                        : ""));
            }
        }
        return errors;
    }

    private void checkText(FormErrors errors, String field, String text, boolean required) {
        if (blank(text)) {
            if (required) {
                errors.add(field, texts.get("questions.ask." + field + ".required"));
            }
            return;
        }
        int words = QuestionRules.words(text);
        if (words > QuestionRules.MAX_WORDS || text.length() > QuestionRules.MAX_CHARACTERS) {
            errors.add(field, texts.get("questions.ask." + field + ".tooLong", QuestionRules.MAX_WORDS, words));
        }
    }

    private List<Ground> refusals(Draft d, OpenMeeting open) {
        QuestionRules.About about = Draft.OTHER.equals(d.about())
                ? QuestionRules.About.OTHER_MATTER_ON_THE_AGENDA
                : QuestionRules.About.PART_I_ITEM;
        var submission = new QuestionRules.Submission(
                open.meeting().date(),
                takesQuestions(open.meeting().boardName()),
                d.name(),
                d.postcode(),
                d.organisation(),
                clock.instant(),
                true,
                about);
        List<QuestionRules.Earlier> earlier = jdbc.sql("""
                        select q.person_key, pq.organisation, pq.state from public_question pq join questioner q on q.id = pq.questioner_id
                        where pq.meeting_id = :m""")
                .param("m", open.meeting().id())
                .query((rs, n) -> new QuestionRules.Earlier(
                        rs.getString(1),
                        rs.getString(2),
                        !QuestionState.valueOf(rs.getString(3)).standing()))
                .list();
        return QuestionRules.refusals(submission, earlier, closures.days(), borough, offAgenda);
    }

    /** Thrown when a client address or an e-mail address has sent too many questions today. */
    public static class TooMany extends RuntimeException {
        public TooMany() {
            super(
                    "Too many questions have been sent from here today: try again tomorrow, or contact Committee Services");
        }
    }

    /** Thrown when the draft no longer passes (the deadline passed while the resident checked their answers, say). */
    public static class Refused extends RuntimeException {
        private final transient FormErrors errors;

        public Refused(FormErrors errors) {
            super(String.join("; ", errors.all().values()));
            this.errors = errors;
        }

        public FormErrors errors() {
            return errors;
        }
    }

    /** Receives the question: checked again, counted against the rate limits, stored RECEIVED, acknowledged by e-mail. */
    @Transactional
    public String submit(Draft d, String client) {
        String emailHash = sha256(d.email().strip().toLowerCase(Locale.ROOT));
        Timestamp dayAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        jdbc.sql("delete from question_attempt where at < :t")
                .param("t", Timestamp.from(clock.instant().minus(Duration.ofDays(2))))
                .update();
        int byClient = jdbc.sql("select count(*) from question_attempt where client = :c and at > :t")
                .param("c", client)
                .param("t", dayAgo)
                .query(Integer.class)
                .single();
        int byEmail = jdbc.sql("select count(*) from question_attempt where email_hash = :e and at > :t")
                .param("e", emailHash)
                .param("t", dayAgo)
                .query(Integer.class)
                .single();
        if (byClient >= PER_ADDRESS_PER_DAY || byEmail >= PER_EMAIL_PER_DAY) {
            throw new TooMany();
        }
        jdbc.sql("insert into question_attempt (at, client, email_hash) values (:at, :c, :e)")
                .param("at", Timestamp.from(clock.instant()))
                .param("c", client)
                .param("e", emailHash)
                .update();
        // one submission per meeting at a time, so that two from one person at once cannot both pass the one-question
        // rule
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))")
                .param("k", "public-question:" + d.meetingKey())
                .query()
                .singleRow();
        FormErrors errors = check(d);
        if (errors.any()) {
            throw new Refused(errors);
        }
        OpenMeeting open = open(d.meetingKey()).orElseThrow();
        Meeting m = open.meeting();
        String person = new QuestionRules.Submission(
                        m.date(),
                        true,
                        d.name(),
                        d.postcode(),
                        d.organisation(),
                        clock.instant(),
                        true,
                        QuestionRules.About.PART_I_ITEM)
                .person();
        long questioner = jdbc.sql("""
                        insert into questioner (name, address, postcode, email, person_key, created_at)
                        values (:n, :a, :p, :e, :k, :at) returning id""")
                .param("n", d.name().strip())
                .param("a", d.address().strip())
                .param("p", Residency.normalise(d.postcode()))
                .param("e", d.email().strip())
                .param("k", person)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        String reference = newReference();
        Long questionTime = m.items().stream()
                .filter(Questions::isQuestionTime)
                .map(AgendaItem::id)
                .findFirst()
                .orElse(null);
        Long about = Draft.OTHER.equals(d.about()) ? null : Long.valueOf(d.about());
        jdbc.sql("""
                        insert into public_question (meeting_id, item_id, questioner, question, supplementary, reference, state, received_at,
                                                     questioner_id, organisation, about_item_id, about_other)
                        values (:m, :i, :name, :q, :s, :ref, 'RECEIVED', :at, :qr, :org, :about, :other)""")
                .param("m", m.id())
                .param("i", questionTime)
                .param("name", d.name().strip())
                .param("q", d.question().strip())
                .param("s", blank(d.supplementary()) ? "" : d.supplementary().strip())
                .param("ref", reference)
                .param("at", Timestamp.from(clock.instant()))
                .param("qr", questioner)
                .param("org", d.organisation() == null ? "" : d.organisation().strip())
                .param("about", about)
                .param("other", about == null)
                .update();
        audit.recordBy(
                d.name().strip(),
                scope(m.key()),
                AuditAction.CREATE,
                "public question",
                reference,
                null,
                new Audited(
                        reference,
                        QuestionState.RECEIVED,
                        d.question().strip(),
                        blank(d.supplementary()) ? "" : d.supplementary().strip()),
                "submitted on the public website");
        outbox.send(
                d.email().strip(),
                "Your public question " + reference,
                "Dear " + d.name().strip() + ",\n\nThank you: we received your question for the " + m.boardName()
                        + " meeting on "
                        + m.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                        + ". Your reference is " + reference
                        + ".\n\nThe Chair or the Committee Services Manager will decide whether it can be put at the meeting under Standing Order 34(9), "
                        + "and we will write to you with the decision.\n\nCommittee Services");
        outbox.send(
                committeeEmail,
                "New public question " + reference,
                "A public question (" + reference + ") was received for " + m.key()
                        + ". Decide it in Scrutineer: /questions/manage");
        return reference;
    }

    /** What the audit trail keeps of a question: never the address or e-mail. */
    public record Audited(String reference, QuestionState state, String question, String supplementary) {}

    static String scope(String meetingKey) {
        return "questions:" + meetingKey;
    }

    private String newReference() {
        StringBuilder s = new StringBuilder("PQ-");
        for (int i = 0; i < 8; i++) {
            s.append(REFERENCE_LETTERS.charAt(RANDOM.nextInt(REFERENCE_LETTERS.length())));
        }
        return s.toString();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
