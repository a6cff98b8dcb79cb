package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import that corrects a figure while an officer's save of the same figure is still in its transaction waits for
 * the save, as a second save does: its audit row's old value is the one the save left, so the audit trail reads as a
 * chain (before, the import read the figure before the save committed and recorded the value from before it).
 */
@ScrutineerTest
class ImportBesideASaveIT {
    @Autowired
    FigureImport figureImport;

    @Autowired
    Figures figures;

    @Autowired
    PerformanceRepository repository;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anImportWaitsForASaveInProgressAndAuditsFromWhatTheSaveLeft() throws Exception {
        data.serviceArea("TEST-IBS", "IBS");
        data.indicator("IBS", "IBS-1", "HIGHER_IS_BETTER");
        Indicator indicator = repository.indicator("IBS-1").orElseThrow();
        figures.saveFigure(indicator, Figure.of("2001/02", "10"));

        CountDownLatch saving = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> save = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                figures.saveFigure(indicator, Figure.of("2001/02", "20"));
                saving.countDown();
                try {
                    Thread.sleep(1_500); // the officer's save is still in its transaction when the import starts
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(saving.await(10, TimeUnit.SECONDS)).isTrue();
            Future<FigureImport.Result> imported = pool.submit(() -> figureImport.importFile(
                    "beside.csv",
                    new ByteArrayInputStream("indicator_ref,kind,period,value,status\nIBS-1,actual,2001/02,30,final\n"
                            .getBytes(StandardCharsets.UTF_8))));
            save.get(30, TimeUnit.SECONDS);
            assertThat(imported.get(30, TimeUnit.SECONDS).updated()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        List<String> chain = jdbc.sql("""
                        select coalesce((old_value->>'value')::numeric::text, '-') || '>' || (new_value->>'value')::numeric::text
                        from audit_event where scope = 'indicator:IBS-1' and entity_key = 'IBS-1 2001/02' order by id""").query(String.class).list();
        // created 10, saved 10 -> 20, imported 20 -> 30: each entry's old value is the one before it left
        assertThat(chain).containsExactly("->10", "10>20", "20>30");
    }
}
