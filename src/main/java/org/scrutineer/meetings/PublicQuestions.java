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

    public record Question(long itemId, String questioner, String question, String response, String supplementary,
                           String supplementaryResponse) {
    }

    public void add(long meetingId, Question q) {
        jdbc.sql("""
                        insert into public_question (meeting_id, item_id, questioner, question, response, supplementary, supplementary_response)
                        values (:m, :i, :q1, :q, :r, :s, :sr)""")
                .param("m", meetingId).param("i", q.itemId()).param("q1", q.questioner()).param("q", q.question()).param("r", q.response())
                .param("s", q.supplementary()).param("sr", q.supplementaryResponse()).update();
    }

    /** A meeting's questions by item, in one query. */
    public java.util.Map<Long, List<Question>> ofMeeting(long meetingId) {
        return jdbc.sql("select item_id, questioner, question, response, supplementary, supplementary_response from public_question where meeting_id = :m order by id")
                .param("m", meetingId).query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Question::itemId));
    }

    public List<Question> ofItem(long itemId) {
        return jdbc.sql("select item_id, questioner, question, response, supplementary, supplementary_response from public_question where item_id = :i order by id")
                .param("i", itemId).query((rs, n) -> new Question(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }
}
