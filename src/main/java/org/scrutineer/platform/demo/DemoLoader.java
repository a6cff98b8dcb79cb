package org.scrutineer.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.scrutineer.platform.ScrutineerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the Halton demo data on first start, when the database has no boards yet (switch off with scrutineer.demo=false).
 * All of it lands or none of it does. It runs as an early lifecycle phase, before the web server starts, so nobody is
 * served an empty site while it loads.
 */
@Component
public class DemoLoader implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private final ScrutineerProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final List<DemoData> parts;

    public DemoLoader(ScrutineerProperties properties, JdbcClient jdbc, TransactionTemplate transaction, List<DemoData> parts) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.parts = parts;
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
        if (!properties.demo()) {
            return;
        }
        if (jdbc.sql("select count(*) from board").query(Integer.class).single() > 0) {
            log.info("Database already holds data: demo data not loaded");
            return;
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> parts.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(DemoData::load));
        log.info("Halton demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
