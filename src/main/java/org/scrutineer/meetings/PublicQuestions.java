package org.scrutineer.meetings;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questions from the public under Standing Order 34(9), with the responses recorded in the minutes. */
@Repository
public class PublicQuestions {
    private final JdbcClient jdbc;

    public PublicQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The questions the public sees: those typed into the minutes, and submitted ones once accepted (never one waiting for a
     * decision, rejected or withdrawn: see {@code questions.domain.QuestionState#isPublic}).
     */
    static final String PUBLIC =
            "state in ('ACCEPTED', 'ANSWERED', 'WRITTEN_RESPONSE_DUE', 'WRITTEN_RESPONSE_SENT', 'NOT_REACHED', 'NOT_ASKED')";

    /** A question as the minutes print it; {@code pending} says what is still to come ("Written response to follow"). */
    public record Question(
            long itemId,
            String questioner,
            String question,
            String response,
            String supplementary,
            String supplementaryResponse,
            String pending) {
        public Question(
                long itemId,
                String questioner,
                String question,
                String response,
                String supplementary,
                String supplementaryResponse) {
            this(itemId, questioner, question, response, supplementary, supplementaryResponse, "");
        }
    }

    private static final String COLUMNS =
            "coalesce(item_id, 0), questioner, question, response, supplementary, supplementary_response, state";

    private static Question row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String pending = switch (rs.getString(7)) {
            case "ACCEPTED" -> "To be put at the meeting";
            case "WRITTEN_RESPONSE_DUE", "NOT_REACHED", "NOT_ASKED" -> "Written response to follow";
            case "WRITTEN_RESPONSE_SENT" -> "A written response was sent";
            default -> "";
        };
        return new Question(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                pending);
    }

    public void add(long meetingId, Question q) {
        jdbc.sql("""
                        insert into public_question (meeting_id, item_id, questioner, question, response, supplementary, supplementary_response)
                        values (:m, :i, :q1, :q, :r, :s, :sr)""")
                .param("m", meetingId)
                .param("i", q.itemId())
                .param("q1", q.questioner())
                .param("q", q.question())
                .param("r", q.response())
                .param("s", q.supplementary())
                .param("sr", q.supplementaryResponse())
                .update();
    }

    /** A meeting's questions by item, in one query. */
    public java.util.Map<Long, List<Question>> ofMeeting(long meetingId) {
        return jdbc
                .sql("select " + COLUMNS + " from public_question where meeting_id = :m and " + PUBLIC
                        + " order by coalesce(running_position, 0), id")
                .param("m", meetingId)
                .query(PublicQuestions::row)
                .list()
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(Question::itemId));
    }

    public List<Question> ofItem(long itemId) {
        return jdbc.sql("select " + COLUMNS + " from public_question where item_id = :i and " + PUBLIC
                        + " order by coalesce(running_position, 0), id")
                .param("i", itemId)
                .query(PublicQuestions::row)
                .list();
    }
}
