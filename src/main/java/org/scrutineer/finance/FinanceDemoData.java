package org.scrutineer.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.meetings.BoardReportFile;
import org.scrutineer.meetings.BoardReports;
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
    static final String COUNCIL_FILE = DIR + "council-statements.csv";
    private final Statements statements;
    private final FinanceTables tables;
    private final Boards boards;
    private final AuditTrail audit;
    private final BoardReports reports;

    public FinanceDemoData(Statements statements, FinanceTables tables, Boards boards, AuditTrail audit, BoardReports reports) {
        this.reports = reports;
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
        loadStatements(FILE, board);
        // the council-wide spending report (Appendix 2) holds every department's statement, for no one board
        loadStatements(COUNCIL_FILE, null);
        // the Adult Social Care budget report's tables belong to the board; the council-wide report's to no one board
        loadTables("", board);
        loadTables("council-", null);
        try (InputStream r = open(DIR + "reports.csv"); InputStream p = open(DIR + "report-paragraphs.csv")) {
            for (BoardReportFile.Entry e : BoardReportFile.read(r, p)) {
                long id = reports.save(board, e.report());
                audit.created("report:" + e.report().slug(), "report", e.report().subject(),
                        java.util.Map.of("paragraphs", e.report().paragraphs().size()));
                e.tables().forEach(t -> tables.assignToReport(t, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = open(DIR + "savings.csv")) {
            int position = 0;
            for (var p : FinanceTablesFile.savings(in)) {
                tables.saveProposal(p, ++position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void loadStatements(String file, Long board) {
        try (InputStream in = open(file)) {
            for (RevenueStatement s : StatementFile.read(in)) {
                long id = statements.save(board, s);
                audit.created(FinanceController.scope(id), "revenue_statement", s.department() + " " + s.asAt(),
                        java.util.Map.of("rows", s.rows().size()));
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
