package org.scrutineer.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.demo.DemoData;
import org.scrutineer.platform.demo.PlatformDemoData;
import org.springframework.stereotype.Component;

/**
 * The Health and Social Care board's departmental revenue budget statements as at 31 May 2025, transcribed from the
 * agenda pack exactly as printed (src/main/resources/demo/halton/finance), including the figures that do not add up.
 * Loaded before the performance demo so that the published Q1 report carries them in its financial appendix.
 */
@Component
public class FinanceDemoData implements DemoData {
    static final String FILE = "/demo/halton/finance/revenue-statements.csv";
    static final String DIR = "/demo/halton/finance/";
    private final Statements statements;
    private final FinanceTables tables;
    private final Boards boards;
    private final AuditTrail audit;

    public FinanceDemoData(Statements statements, FinanceTables tables, Boards boards, AuditTrail audit) {
        this.statements = statements;
        this.tables = tables;
        this.boards = boards;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void load() {
        long board = boards.byCode(PlatformDemoData.HSC_PPB).orElseThrow().id();
        try (InputStream in = open(FILE)) {
            for (RevenueStatement s : StatementFile.read(in)) {
                long id = statements.save(board, s);
                audit.created(FinanceController.scope(id), "revenue_statement", s.department() + " " + s.asAt(),
                        java.util.Map.of("rows", s.rows().size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the Adult Social Care budget report's tables belong to the board; the council-wide report's to no one board
        loadTables("", board);
        loadTables("council-", null);
        try (InputStream in = open(DIR + "savings.csv")) {
            int position = 0;
            for (var p : FinanceTablesFile.savings(in)) {
                tables.saveProposal(p, ++position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadTables(String prefix, Long board) {
        try (InputStream t = open(DIR + prefix + "tables.csv"); InputStream r = open(DIR + prefix + "table-rows.csv")) {
            for (var table : FinanceTablesFile.read(t, r)) {
                tables.save(board, table);
                audit.created("finance-table:" + table.id(), "finance_table", table.id(), java.util.Map.of("rows", table.rows().size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = FinanceDemoData.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Demo file missing: " + path);
        }
        return in;
    }
}
