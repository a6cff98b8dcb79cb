package org.scrutineer.questions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.meetings.ClosureDays;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.mail.Outbox;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.scrutineer.questions.domain.Ground;
import org.scrutineer.questions.domain.Moderation;
import org.scrutineer.questions.domain.NoticeDeadline;
import org.scrutineer.questions.domain.QuestionState;
import org.scrutineer.questions.domain.RunningOrder;
import org.scrutineer.questions.domain.WrittenResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side of public questions: deciding each one (with similar past questions found by full-text similarity),
 * the meeting's running order, responses and written responses tracked until sent, reminders and the deletion of the
 * questioner's personal data after the retention time.
 */
@Service
class QuestionRegister {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final ClosureDays closures;
    private final Clock clock;
    private final int responseWorkingDays;
    private final String committeeEmail;
    private final Moderation.RepeatReading repeatReading;
    private final Texts texts;

    QuestionRegister(
            JdbcClient jdbc,
            AuditTrail audit,
            Outbox outbox,
            ClosureDays closures,
            Clock clock,
            @Value("${scrutineer.questions.response-working-days:" + WrittenResponse.DEFAULT_WORKING_DAYS + "}")
                    int responseWorkingDays,
            @Value("${scrutineer.questions.committee-email:committee.services@localhost}") String committeeEmail,
            @Value("${scrutineer.questions.repeat-reading:ANY_BODY}") Moderation.RepeatReading repeatReading,
            Texts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.outbox = outbox;
        this.closures = closures;
        this.clock = clock;
        this.responseWorkingDays = responseWorkingDays;
        this.committeeEmail = committeeEmail;
        this.repeatReading = repeatReading;
    }

    /** A question as officers see it: with the questioner's contact details while they are kept. */
    public record Question(
            long id,
            String reference,
            String meetingKey,
            LocalDate meetingDate,
            String boardName,
            QuestionState state,
            Instant receivedAt,
            String name,
            String organisation,
            String aboutTitle,
            boolean aboutOther,
            boolean aboutPartTwo,
            String question,
            String supplementary,
            String response,
            String supplementaryResponse,
            String decidedBy,
            Instant decidedAt,
            Ground ground,
            String decisionReason,
            LocalDate responseDue,
            Instant responseSentAt,
            String address,
            String postcode,
            String email) {
        public boolean personalDataKept() {
            return email != null;
        }

        public String aboutWords() {
            return aboutOther ? "Another matter on the agenda" : aboutTitle == null ? "" : aboutTitle;
        }
    }

    private static final String SELECT = """
            select pq.id, pq.reference, pq.state, pq.received_at, pq.questioner, pq.organisation, pq.about_other,
                   pq.question, pq.supplementary, pq.response, pq.supplementary_response, pq.decided_by, pq.decided_at,
                   pq.ground, pq.decision_reason, pq.response_due, pq.response_sent_at,
                   m.key, m.meeting_date, b.name as board_name, i.title as about_title, i.part as about_part,
                   q.address, q.postcode, q.email
            from public_question pq join meeting m on m.id = pq.meeting_id join board b on b.id = m.board_id
            left join agenda_item i on i.id = pq.about_item_id left join questioner q on q.id = pq.questioner_id
            """;

    private static Question row(ResultSet rs, int n) throws SQLException {
        Timestamp received = rs.getTimestamp("received_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        Timestamp sent = rs.getTimestamp("response_sent_at");
        String ground = rs.getString("ground");
        return new Question(
                rs.getLong("id"),
                rs.getString("reference"),
                rs.getString("key"),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getString("board_name"),
                QuestionState.valueOf(rs.getString("state")),
                received == null ? null : received.toInstant(),
                rs.getString("questioner"),
                rs.getString("organisation"),
                rs.getString("about_title"),
                rs.getBoolean("about_other"),
                "II".equals(rs.getString("about_part")),
                rs.getString("question"),
                rs.getString("supplementary"),
                rs.getString("response"),
                rs.getString("supplementary_response"),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                ground == null ? null : Ground.valueOf(ground),
                rs.getString("decision_reason"),
                rs.getObject("response_due", LocalDate.class),
                sent == null ? null : sent.toInstant(),
                rs.getString("address"),
                rs.getString("postcode"),
                rs.getString("email"));
    }

    /** Submitted questions (those with a reference), newest meeting first, waiting ones first within it. */
    public List<Question> submitted() {
        return jdbc.sql(
                        SELECT
                                + " where pq.reference is not null order by m.meeting_date desc, (pq.state = 'RECEIVED') desc, pq.received_at")
                .query(QuestionRegister::row)
                .list();
    }

    public Optional<Question> byId(long id) {
        return jdbc.sql(SELECT + " where pq.id = :id")
                .param("id", id)
                .query(QuestionRegister::row)
                .optional();
    }

    /** An earlier question like this one, put at a meeting in the six months before this one's (PQ-08c). */
    public record Similar(
            String reference,
            String meetingKey,
            LocalDate meetingDate,
            String boardName,
            String question,
            int percent) {}

    /**
     * Earlier questions (and supplementaries) put in the six months before the meeting, ranked by the share of this
     * question's words (PostgreSQL's English stems) that they contain: a suggestion for the officer, never a decision.
     */
    public List<Similar> similar(Question q) {
        if (q.meetingDate() == null) {
            return List.of();
        }
        LocalDate from = Moderation.repeatWindowStart(q.meetingDate());
        List<Similar> found = jdbc.sql("""
                        with mine as (select tsvector_to_array(to_tsvector('english', :text)) as words),
                             query as (select to_tsquery('simple', coalesce((select string_agg(quote_literal(w), ' | ') from mine, unnest(mine.words) w), '')) as q)
                        select pq.reference, m.key, m.meeting_date, b.name, pq.question,
                               (select count(*) from mine, unnest(mine.words) w
                                 where w = any(tsvector_to_array(to_tsvector('english', pq.question || ' ' || pq.supplementary))))::float
                                 / greatest(1, (select cardinality(words) from mine)) as share
                        from public_question pq join meeting m on m.id = pq.meeting_id join board b on b.id = m.board_id, query
                        where pq.id <> :id and pq.state not in ('RECEIVED', 'REJECTED', 'WITHDRAWN')
                          and m.meeting_date >= :from and m.meeting_date < :to
                          and to_tsvector('english', pq.question || ' ' || pq.supplementary) @@ query.q
                        order by share desc, m.meeting_date desc limit 5""")
                .param("text", q.question() + " " + q.supplementary())
                .param("id", q.id())
                .param("from", from)
                .param("to", q.meetingDate())
                .query((rs, n) -> new Similar(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        (int) Math.round(rs.getDouble(6) * 100)))
                .list();
        // reading A counts only full Council's questions: the boards in Scrutineer are not full Council
        return repeatReading == Moderation.RepeatReading.ANY_BODY
                ? found
                : found.stream()
                        .filter(s -> s.boardName().equalsIgnoreCase("Council"))
                        .toList();
    }

    /** Grounds put in front of the officer: an application named, a Part II item, a near-repeat. */
    public List<Ground> suggestions(Question q, List<Similar> similar) {
        List<Ground> s = new ArrayList<>(Moderation.suggestions(
                q.question() + " " + q.supplementary(),
                similar.stream().anyMatch(x -> x.percent() >= Math.round(Questions.SIMILAR * 100))));
        if (q.aboutPartTwo()) {
            s.add(0, Ground.NOT_PUBLIC_PART);
        }
        return s;
    }

    /** Accepts or rejects a question: the decision keeps who, when, the ground and the reason, and the resident is told. */
    @Transactional
    public FormErrors decide(long id, Moderation.Outcome outcome, Ground ground, String reason) {
        FormErrors errors = new FormErrors();
        Question q = byId(id).orElseThrow(() -> new NotFound("No public question " + id));
        if (q.state() != QuestionState.RECEIVED) {
            errors.add(
                    "outcome",
                    texts.get("questions.moderation.outcome.decided", q.state().words()));

            return errors;
        }
        Instant now = clock.instant();
        Moderation.Decision d = new Moderation.Decision(
                outcome,
                outcome == Moderation.Outcome.REJECTED ? ground : null,
                CurrentUser.name(),
                now,
                reason == null ? "" : reason.strip());
        String problem = outcome == null
                ? texts.get("questions.moderation.outcome.required")
                : Moderation.problem(d, suggestions(q, similar(q)));
        if (problem != null) {
            errors.add(
                    outcome == Moderation.Outcome.REJECTED ? "ground" : outcome == null ? "outcome" : "reason",
                    problem);
            return errors;
        }
        QuestionState state = outcome == Moderation.Outcome.ACCEPTED ? QuestionState.ACCEPTED : QuestionState.REJECTED;
        jdbc.sql("""
                        update public_question set state = :s, decided_by = :by, decided_at = :at, ground = :g, decision_reason = :r,
                               running_position = case when :s = 'ACCEPTED' then
                                   (select coalesce(max(running_position), 0) + 1 from public_question where meeting_id = :m) end
                        where id = :id""")
                .param("s", state.name())
                .param("by", d.by())
                .param("at", Timestamp.from(now))
                .param("g", d.ground() == null ? null : d.ground().name())
                .param("r", d.reason())
                .param("m", meetingId(id))
                .param("id", id)
                .update();
        audit.updated(
                Questions.scope(q.meetingKey()),
                "public question",
                q.reference(),
                new Questions.Audited(q.reference(), q.state(), q.question(), q.supplementary()),
                Map.of(
                        "state",
                        state.name(),
                        "ground",
                        d.ground() == null
                                ? ""
                                : d.ground().name() + " (" + d.ground().rule() + ")",
                        "reason",
                        d.reason(),
                        "decidedBy",
                        d.by()));
        if (q.email() != null) {
            String body = state == QuestionState.ACCEPTED
                    ? "Your question " + q.reference() + " has been accepted for the meeting on "
                            + q.meetingDate().format(DAY)
                            + ". The Chair will invite you to put it at the meeting; you have up to 3 minutes, including any supplementary question."
                    : "Your question " + q.reference() + " cannot be put at the meeting on "
                            + q.meetingDate().format(DAY) + " under Standing Order 34(9): "
                            + d.ground().words().toLowerCase(Locale.UK)
                            + (d.reason().isEmpty() ? "" : " (" + d.reason() + ")") + ".";
            outbox.send(
                    q.email(),
                    "Your public question " + q.reference(),
                    "Dear " + q.name() + ",\n\n" + body + "\n\nCommittee Services");
        }
        return errors;
    }

    private long meetingId(long questionId) {
        return jdbc.sql("select meeting_id from public_question where id = :id")
                .param("id", questionId)
                .query(Long.class)
                .single();
    }

    /** The meeting's accepted questions in order, each with its slot in the 30 minutes (3 minutes each). */
    public record Place(Question question, RunningOrder.Slot slot) {
        public String slotWords() {
            if (!slot.reached()) {
                return "Not reached in the 30 minutes: written response";
            }
            return minutes(slot.startsAt()) + " to " + minutes(slot.startsAt().plus(slot.allowance()));
        }

        private static String minutes(Duration d) {
            return d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart());
        }
    }

    public List<Place> runningOrder(String meetingKey) {
        List<Question> accepted = jdbc.sql(SELECT + """
                         where m.key = :k and pq.reference is not null and pq.state not in ('RECEIVED', 'REJECTED', 'WITHDRAWN')
                         order by pq.running_position, pq.received_at""")
                .param("k", meetingKey)
                .query(QuestionRegister::row)
                .list();
        List<RunningOrder.Slot> slots = RunningOrder.plan(accepted.size());
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            places.add(new Place(accepted.get(i), slots.get(i)));
        }
        return places;
    }

    /** The questions submitted, and the written responses due. */
    record Overview(List<Question> submitted, List<Question> writtenResponsesDue) {}

    /** A question for moderation: earlier questions like it, the grounds they suggest, its meeting's deadline in words. */
    record ModerationPage(Question q, List<Similar> similar, List<Ground> suggested, String deadline) {}

    @Transactional(readOnly = true)
    Overview overview() {
        return new Overview(submitted(), writtenResponsesDue());
    }

    @Transactional(readOnly = true)
    ModerationPage moderation(long id) {
        Question q = byId(id).orElseThrow(() -> new NotFound("No public question " + id));
        List<Similar> similar = similar(q);
        return new ModerationPage(
                q, similar, suggestions(q, similar), q.meetingDate() == null ? "" : deadlineWords(q.meetingDate()));
    }

    /** The response form as sent: the due date of a written response as YYYY-MM-DD, or blank. */
    @Transactional
    FormErrors recordResponseForm(
            long id,
            QuestionState state,
            String response,
            String supplementary,
            String supplementaryResponse,
            String due) {
        byId(id).orElseThrow(() -> new NotFound("No public question " + id));
        LocalDate dueDate = null;
        if (!due.isBlank()) {
            try {
                dueDate = LocalDate.parse(due.strip());
            } catch (DateTimeParseException e) {
                FormErrors errors = new FormErrors();
                errors.add("due", texts.get("questions.response.due.invalid"));
                return errors;
            }
        }
        return recordResponse(id, state, response, supplementary, supplementaryResponse, dueDate);
    }

    /** What happened at the meeting: the response, the supplementary and its response, or a written response to follow. */
    @Transactional
    public FormErrors recordResponse(
            long id,
            QuestionState state,
            String response,
            String supplementary,
            String supplementaryResponse,
            LocalDate due) {
        FormErrors errors = new FormErrors();
        Question q = byId(id).orElseThrow(() -> new NotFound("No public question " + id));
        if (q.state() == QuestionState.RECEIVED
                || q.state() == QuestionState.REJECTED
                || q.state() == QuestionState.WITHDRAWN) {
            errors.add("state", texts.get("questions.response.state.notAccepted"));
            return errors;
        }
        if (state == null
                || state == QuestionState.RECEIVED
                || state == QuestionState.REJECTED
                || state == QuestionState.WITHDRAWN
                || state == QuestionState.ACCEPTED) {
            errors.add("state", texts.get("questions.response.state.required"));
            return errors;
        }
        if (state == QuestionState.ANSWERED && Questions.blank(response)) {
            errors.add("response", texts.get("questions.response.response.required"));
        }
        for (var e : Map.of(
                        "response",
                        response,
                        "supplementary",
                        supplementary,
                        "supplementaryResponse",
                        supplementaryResponse)
                .entrySet()) {
            if (e.getValue() != null && e.getValue().length() > 20_000) {
                errors.add(e.getKey(), texts.get("questions.response.tooLong"));
            }
        }
        LocalDate dueDate = null;
        if (state.needsWrittenResponse()) {
            dueDate =
                    due != null ? due : WrittenResponse.dueAfter(q.meetingDate(), responseWorkingDays, closures.days());
            // PQ-12: the written response needs the questioner's name and postal address
            WrittenResponse.problems(q.name(), q.address(), dueDate).forEach(errors::add);
        }
        if (errors.any()) {
            return errors;
        }
        jdbc.sql("""
                        update public_question set state = :s, response = :r, supplementary = :sq, supplementary_response = :sr, response_due = :due
                        where id = :id""")
                .param("s", state.name())
                .param("r", nz(response))
                .param("sq", nz(supplementary))
                .param("sr", nz(supplementaryResponse))
                .param("due", dueDate)
                .param("id", id)
                .update();
        audit.updated(
                Questions.scope(q.meetingKey()),
                "public question",
                q.reference(),
                Map.of(
                        "state",
                        q.state().name(),
                        "response",
                        q.response(),
                        "supplementary",
                        q.supplementary(),
                        "supplementaryResponse",
                        q.supplementaryResponse()),
                Map.of(
                        "state",
                        state.name(),
                        "response",
                        nz(response),
                        "supplementary",
                        nz(supplementary),
                        "supplementaryResponse",
                        nz(supplementaryResponse),
                        "responseDue",
                        dueDate == null ? "" : dueDate.toString()));
        return errors;
    }

    /** The written response has gone: the task is closed, and the retention time starts. */
    @Transactional
    public void writtenResponseSent(long id, String response) {
        Question q = byId(id).orElseThrow(() -> new NotFound("No public question " + id));
        if (!q.state().needsWrittenResponse()) {
            return;
        }
        jdbc.sql(
                        "update public_question set state = 'WRITTEN_RESPONSE_SENT', response_sent_at = :at, response = case when :r = '' then response else :r end where id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("r", nz(response))
                .param("id", id)
                .update();
        audit.updated(
                Questions.scope(q.meetingKey()),
                "public question",
                q.reference(),
                Map.of("state", q.state().name()),
                Map.of("state", QuestionState.WRITTEN_RESPONSE_SENT.name(), "response", nz(response)));
    }

    /** The resident withdrew the question (Q09: a withdrawn question does not count against them). */
    @Transactional
    public boolean withdraw(long id) {
        Question q = byId(id).orElseThrow(() -> new NotFound("No public question " + id));
        if (q.state() != QuestionState.RECEIVED && q.state() != QuestionState.ACCEPTED) {
            return false;
        }
        jdbc.sql("update public_question set state = 'WITHDRAWN', running_position = null where id = :id")
                .param("id", id)
                .update();
        audit.updated(
                Questions.scope(q.meetingKey()),
                "public question",
                q.reference(),
                Map.of("state", q.state().name()),
                Map.of("state", QuestionState.WITHDRAWN.name()));
        return true;
    }

    /** Written responses not yet sent, the soonest due first. */
    public List<Question> writtenResponsesDue() {
        return jdbc.sql(
                        SELECT
                                + " where pq.state in ('WRITTEN_RESPONSE_DUE', 'NOT_REACHED', 'NOT_ASKED') order by pq.response_due, pq.id")
                .query(QuestionRegister::row)
                .list();
    }

    /** Reminds Committee Services, once a day, of written responses due within two working days or overdue. */
    @Transactional
    public int remind(LocalDate today) {
        int sent = 0;
        for (Question q : writtenResponsesDue()) {
            if (q.responseDue() == null || q.responseDue().isAfter(today.plusDays(2))) {
                continue;
            }
            int marked = jdbc.sql(
                            "update public_question set reminded_on = :d where id = :id and (reminded_on is null or reminded_on < :d)")
                    .param("d", today)
                    .param("id", q.id())
                    .update();
            if (marked > 0) {
                outbox.send(
                        committeeEmail,
                        "Written response " + (q.responseDue().isBefore(today) ? "overdue" : "due") + ": "
                                + q.reference(),
                        "The written response to public question " + q.reference() + " (" + q.meetingKey()
                                + ") is due on " + q.responseDue().format(DAY)
                                + ". Record it as sent in Scrutineer: /questions/manage/" + q.id());
                sent++;
            }
        }
        return sent;
    }

    /**
     * Deletes the questioner's address, postcode and e-mail (and the mail to them) once the question is settled and the
     * retention time has passed since the reply or the decision; the question, its answer and the name as minuted stay.
     */
    @Transactional
    public int forgetPersonalData(Duration retention) {
        Timestamp before = Timestamp.from(clock.instant().minus(retention));
        List<long[]> due = jdbc.sql("""
                        select pq.id, q.id from public_question pq join questioner q on q.id = pq.questioner_id
                        where (pq.state in ('ANSWERED', 'WRITTEN_RESPONSE_SENT') and coalesce(pq.response_sent_at, pq.decided_at, q.created_at) < :b)
                           or (pq.state in ('REJECTED', 'WITHDRAWN') and coalesce(pq.decided_at, q.created_at) < :b)""")
                .param("b", before)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        for (long[] d : due) {
            String email = jdbc.sql("select email from questioner where id = :q")
                    .param("q", d[1])
                    .query(String.class)
                    .single();
            outbox.forget(email);
            jdbc.sql("update public_question set questioner_id = null where id = :id")
                    .param("id", d[0])
                    .update();
            jdbc.sql("delete from questioner where id = :q").param("q", d[1]).update();
            audit.recordBy(
                    CurrentUser.SYSTEM,
                    "questions",
                    AuditAction.DELETE,
                    "questioner's personal data",
                    String.valueOf(d[0]),
                    null,
                    null,
                    "retention time passed");
        }
        return due.size();
    }

    public String deadlineWords(LocalDate meeting) {
        return NoticeDeadline.forMeeting(meeting, closures.days()).format(Questions.DEADLINE_WORDS);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
