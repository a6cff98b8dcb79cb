package org.scrutineer.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.meetings.BoardReportFile;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.demo.DemoData;
import org.scrutineer.platform.demo.DemoFile;
import org.scrutineer.platform.demo.PlatformDemoData;
import org.springframework.stereotype.Component;

/**
 * The Health and Social Care board's departmental revenue budget statements as at 31 May 2025, transcribed from the
 * agenda pack exactly as printed (src/main/resources/demo/halton/finance), including the figures that do not add up.
 * Loaded before the performance demo so that the published Q1 report carries them in its financial appendix.
 */
@Component
class FinanceDemoData implements DemoData {
    static final String FILE = "/demo/halton/finance/revenue-statements.csv";
    static final String DIR = "/demo/halton/finance/";
    static final String COUNCIL_FILE = DIR + "council-statements.csv";
    // the papers that print the board's statements (the Performance Management Report's Appendix 1) and the council's
    // (the spending report's Appendix 2, with the savings programme of its Appendix 3)
    static final String BOARD_PAPER = "pmr-q1-2025-26";
    static final String COUNCIL_PAPER = "spending-2025-05-31";
    private final Statements statements;
    private final FinanceTables tables;
    private final Boards boards;
    private final AuditTrail audit;
    private final BoardReports reports;

    private final Divisions divisions;

    public FinanceDemoData(
            Statements statements,
            FinanceTables tables,
            Boards boards,
            AuditTrail audit,
            BoardReports reports,
            Divisions divisions) {
        this.divisions = divisions;
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
        List<Long> boardStatements = loadStatements(FILE, board);
        // the council-wide spending report (Appendix 2) holds every department's statement, for no one board
        List<Long> councilStatements = loadStatements(COUNCIL_FILE, null);
        // the Adult Social Care budget report's tables belong to the board; the council-wide report's to no one board
        loadTables("", board);
        loadTables("council-", null);
        Map<String, Long> papers = new HashMap<>();
        try (InputStream r = open(DIR + "reports.csv");
                InputStream p = open(DIR + "report-paragraphs.csv")) {
            for (BoardReportFile.Entry e : BoardReportFile.read(r, p)) {
                long id = reports.save(board, e.report());
                papers.put(e.report().slug(), id);
                audit.created(
                        "report:" + e.report().slug(),
                        "report",
                        e.report().subject(),
                        Map.of(
                                "paragraphs",
                                e.report().paragraphs().size(),
                                "tables",
                                e.tables().size()));
                e.tables().forEach(t -> tables.assignToReport(t, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boardStatements.forEach(s -> statements.assignToReport(s, papers.get(BOARD_PAPER)));
        councilStatements.forEach(s -> statements.assignToReport(s, papers.get(COUNCIL_PAPER)));
        try (InputStream in = open(DIR + "savings.csv")) {
            int position = 0;
            for (var p : FinanceTablesFile.savings(in)) {
                tables.saveProposal(p, ++position, papers.get(COUNCIL_PAPER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the names the papers give one division ("ASC", "Adult Social Care"), so that what two papers both state is
        // compared
        for (CSVRecord r : DemoFile.records(DIR + "division-names.csv")) {
            divisions.save(r.get("name"), r.get("division"));
        }
    }

    private List<Long> loadStatements(String file, Long board) {
        List<Long> ids = new ArrayList<>();
        try (InputStream in = open(file)) {
            for (RevenueStatement s : StatementFile.read(in)) {
                long id = statements.save(board, s);
                ids.add(id);
                audit.created(
                        StatementEditing.scope(id),
                        "revenue_statement",
                        s.department() + " " + s.asAt(),
                        Map.of("rows", s.rows().size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private void loadTables(String prefix, Long board) {
        try (InputStream t = open(DIR + prefix + "tables.csv");
                InputStream r = open(DIR + prefix + "table-rows.csv")) {
            for (var table : FinanceTablesFile.read(t, r)) {
                tables.save(board, table);
                audit.created(
                        "finance-table:" + table.id(),
                        "finance_table",
                        table.id(),
                        java.util.Map.of("rows", table.rows().size()));
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
