package org.scrutineer.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.database.DatabaseLock;
import org.scrutineer.platform.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the Halton demo data on first start, when the database has no boards yet: by default only into the embedded
 * database, into an external one only when asked (scrutineer.demo=true), never with scrutineer.demo=false.
 * All of it lands or none of it does, under a database lock: instances started together on one empty database load it
 * once. It runs as an early lifecycle phase, before the web server starts, so nobody is served an empty site while it
 * loads.
 */
@Component
class DemoLoader implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private final ScrutineerProperties properties;
    private final JdbcClient jdbc;
    private final DatabaseLock lock;
    private final List<DemoData> parts;
    private final boolean embedded;

    public DemoLoader(
            ScrutineerProperties properties,
            JdbcClient jdbc,
            DatabaseLock lock,
            List<DemoData> parts,
            ObjectProvider<EmbeddedDatabase> embedded) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.lock = lock;
        this.parts = parts;
        this.embedded = embedded.getIfAvailable() != null;
    }

    private volatile boolean running;

    @Override
    public void start() {
        load();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server, whose lifecycle phase is near Integer.MAX_VALUE. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    void load() {
        if (!properties.demoWanted(embedded)) {
            if (!embedded && properties.demo() == null) {
                log.info(
                        "External database: demo data not loaded (set scrutineer.demo=true to load it into an empty one)");
            }
            return;
        }
        lock.inTransaction("demo data", () -> {
            // asked under the lock: another instance that loaded first has committed by now
            if (jdbc.sql("select count(*) from board").query(Integer.class).single() > 0) {
                log.info("Database already holds data: demo data not loaded");
                return;
            }
            long started = System.nanoTime();
            parts.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
            log.info("Halton demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        });
    }
}
