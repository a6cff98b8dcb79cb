package org.scrutineer.finance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.platform.audit.AuditEntry;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.LondonTime;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the finance pages show, one method a page, each read in one transaction. A board's statements, tables and
 * papers are its drafts, for its members and officers; the council-wide report's are for every councillor
 * ({@link Access}): every page here shows only what the person asking may read.
 */
@Service
@Transactional(readOnly = true)
class FinancePages {
    private final Statements statements;
    private final FinanceTables tables;
    private final AuditTrail audit;
    private final SpendingReport spendingReport;
    private final Boards boards;
    private final ReportTextChecks reportTextChecks;
    private final FinancePapers papers;
    private final Meetings meetings;
    private final BoardReports reports;
    private final Access access;

    FinancePages(
            Statements statements,
            FinanceTables tables,
            AuditTrail audit,
            SpendingReport spendingReport,
            Boards boards,
            ReportTextChecks reportTextChecks,
            FinancePapers papers,
            Meetings meetings,
            BoardReports reports,
            Access access) {
        this.statements = statements;
        this.tables = tables;
        this.audit = audit;
        this.spendingReport = spendingReport;
        this.boards = boards;
        this.reportTextChecks = reportTextChecks;
        this.papers = papers;
        this.meetings = meetings;
        this.reports = reports;
        this.access = access;
    }

    /** Statements listed under the board or report that holds them. */
    record StatementGroup(String title, List<StatementView> statements) {}

    /** What the papers of one meeting both state, compared. */
    record MeetingCheck(String meeting, String key, List<String> papers, FinancePapers.CrossPaper result) {}

    /** The finance page: statements, tables, the checks of report texts and of each meeting's papers, the boards. */
    record Overview(
            List<StatementGroup> statementGroups,
            List<TableView> tables,
            List<ReportTextChecks.Checked> reportChecks,
            List<MeetingCheck> meetingChecks,
            List<Board> boards) {}

    /** A statement with its lines, its audit trail and the figures its suggested commentary is worded from. */
    record StatementPage(
            Statements.Stored stored, StatementView statement, List<StatementRow> lines, List<AuditEntry> entries) {}

    /** A line of a statement, for its form. */
    record LinePage(StatementView statement, StatementRow row) {}

    Overview overview() {
        var all = statements.all().stream()
                .filter(s -> access.mayReadDraftsOfBoardOrCouncil(s.boardCode()))
                .toList();
        List<StatementGroup> groups = List.of(
                new StatementGroup(
                        "Health and Social Care board",
                        all.stream()
                                .filter(s -> s.boardCode() != null)
                                .map(s -> StatementView.of(s))
                                .toList()),
                new StatementGroup(
                        "Council-wide spending report, Appendix 2",
                        all.stream()
                                .filter(s -> s.boardCode() == null)
                                .map(s -> StatementView.of(s))
                                .toList()));
        Map<String, String> tableBoards = tables.boardCodes();
        List<TableView> readable = tables.all().stream()
                .filter(t -> access.mayReadDraftsOfBoardOrCouncil(tableBoards.get(t.id())))
                .map(TableView::of)
                .toList();
        Map<String, String> reportBoards = reports.boardCodes();
        List<ReportTextChecks.Checked> reportChecks = reportTextChecks.all().stream()
                .filter(c -> access.mayReadDraftsOfBoardOrCouncil(reportBoards.get(c.slug())))
                .toList();
        List<MeetingCheck> meetingChecks = meetings.all(null).stream()
                .filter(m -> access.mayReadDrafts(m.boardCode()))
                .map(m -> {
                    var presented = reports.presentedAtMeeting(m.id());
                    return presented.size() < 2
                            ? null
                            : new MeetingCheck(
                                    m.boardName() + ", " + LondonTime.date(m.date()),
                                    m.key(),
                                    presented.stream()
                                            .map(r -> r.report().subject())
                                            .toList(),
                                    papers.crossCheck(presented));
                })
                .filter(Objects::nonNull)
                .toList();
        return new Overview(groups, readable, reportChecks, meetingChecks, boards.all());
    }

    TableView table(String id) {
        return TableView.of(tables.byId(id)
                .filter(t ->
                        access.mayReadDraftsOfBoardOrCouncil(tables.boardCodes().get(t.id())))
                .orElseThrow(() -> new NotFound("No table " + id)));
    }

    SavingsView savings() {
        return SavingsView.of(
                tables.proposals(), tables.byId("savings-by-department").orElse(null));
    }

    byte[] spendingReportPdf() {
        return spendingReport.renderPdf(spendingReport.contents());
    }

    StatementPage statement(long id) {
        Statements.Stored s = readable(statements, access, id);
        return new StatementPage(
                s,
                StatementView.of(s),
                s.statement().rows().stream()
                        .filter(r -> r.kind() == RowKind.LINE)
                        .toList(),
                audit.forScope(StatementEditing.scope(id)));
    }

    LinePage line(long id, int position) {
        Statements.Stored s = readable(statements, access, id);
        return new LinePage(StatementView.of(s), line(s, position));
    }

    /** The statement, if the person asking may read it; to anyone else it does not exist. */
    static Statements.Stored readable(Statements statements, Access access, long id) {
        return statements
                .byId(id)
                .filter(s -> access.mayReadDraftsOfBoardOrCouncil(s.boardCode()))
                .orElseThrow(() -> new NotFound("No statement " + id));
    }

    /** A line of the statement (not a heading or total) by its position. */
    static StatementRow line(Statements.Stored s, int position) {
        return s.statement().rows().stream()
                .filter(r -> r.position() == position && r.kind() == RowKind.LINE)
                .findFirst()
                .orElseThrow(() -> new NotFound("No line " + position));
    }
}
