package org.scrutineer.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.scrutineer.platform.database.DatabaseLock;
import org.scrutineer.questions.domain.NoticeDeadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled work on public questions: reminders of written responses due, and deleting questioners' personal data once
 * the retention time has passed. Each run holds a PostgreSQL advisory lock, so with several instances on one database
 * one does the work and the others, waiting, find nothing left to do.
 */
@Configuration
@EnableScheduling
class QuestionSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(QuestionSchedule.class);

    private final QuestionRegister register;
    private final DatabaseLock lock;
    private final Clock clock;
    private final Duration retention;

    QuestionSchedule(
            QuestionRegister register,
            DatabaseLock lock,
            Clock clock,
            @Value("${scrutineer.questions.retention-days:365}") int retentionDays) {
        this.register = register;
        this.lock = lock;
        this.clock = clock;
        this.retention = Duration.ofDays(retentionDays);
    }

    @Scheduled(
            initialDelayString = "${scrutineer.questions.schedule-ms:3600000}",
            fixedDelayString = "${scrutineer.questions.schedule-ms:3600000}")
    public void run() {
        int[] done = runNow();
        if (done[0] + done[1] > 0) {
            LOG.info(
                    "Public questions: {} reminders of written responses due, personal data of {} questioners deleted",
                    done[0],
                    done[1]);
        }
    }

    /** One run: the reminders, then the retention; returns how many of each. */
    public int[] runNow() {
        return lock.inTransaction("public-questions-schedule", () -> new int[] {
            register.remind(LocalDate.now(clock.withZone(NoticeDeadline.LONDON))),
            register.forgetPersonalData(retention)
        });
    }
}
