package org.scrutineer.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own embedded PostgreSQL, asked through the application's connection: durable, loopback only. */
@ScrutineerTest
class DatabaseSettingsIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    String show(String setting) {
        return jdbc.sql("show " + setting).query(String.class).single();
    }

    @Test
    void everyAnsweredCommitIsOnDisk() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    @Test
    void theDatabaseListensOnTheLoopbackAddressOnlyAndOnlyWithItsPassword() throws Exception {
        assertThat(show("listen_addresses")).isEqualTo("127.0.0.1");
        EmbeddedDatabaseIT.assertPasswordOnly(database);
    }
}
