package org.scrutineer.moderngov;

import org.scrutineer.platform.database.DatabaseLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps every ModernGov source in step, each night by default ({@code scrutineer.moderngov.refresh-cron}). Every
 * instance has the schedule; the one that takes the database lock does the work and the others skip it.
 */
@Configuration
@EnableScheduling
class ModernGovRefresh {
    private static final Logger log = LoggerFactory.getLogger(ModernGovRefresh.class);

    private final DatabaseLock lock;
    private final ModernGovSources sources;
    private final ModernGovImport importer;

    ModernGovRefresh(DatabaseLock lock, ModernGovSources sources, ModernGovImport importer) {
        this.lock = lock;
        this.sources = sources;
        this.importer = importer;
    }

    @Scheduled(cron = "${scrutineer.moderngov.refresh-cron:0 15 5 * * *}", zone = "Europe/London")
    public void refreshAll() {
        boolean ran = lock.ifFree("moderngov-refresh", () -> {
            for (ModernGovSources.Source source : sources.all()) {
                try {
                    var summary = importer.refresh(source.id(), "scheduled refresh");
                    log.info("ModernGov refresh of {}: {}", source.baseUrl(), summary.words());
                } catch (RuntimeException e) {
                    // one site down must not stop the others; the source keeps its last result
                    log.warn("ModernGov refresh of {} failed: {}", source.baseUrl(), e.getMessage());
                }
            }
        });
        if (!ran) {
            log.info("ModernGov refresh skipped: another instance is running it");
        }
    }
}
