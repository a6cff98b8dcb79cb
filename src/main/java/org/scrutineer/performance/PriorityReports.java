package org.scrutineer.performance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.finance.StatementView;
import org.scrutineer.finance.Statements;
import org.scrutineer.performance.PriorityBasedReport.Area;
import org.scrutineer.performance.PriorityBasedReport.KpiRow;
import org.scrutineer.performance.PriorityBasedReport.Mark;
import org.scrutineer.performance.PriorityBasedReport.ObjectiveRow;
import org.scrutineer.performance.domain.Assessment;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.KpiFigures;
import org.scrutineer.performance.domain.MilestoneProgress;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.PeriodKind;
import org.scrutineer.performance.domain.SymbolOverride;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/** Builds a board's quarterly Priority Based Report from the records, renders it, and publishes frozen copies. */
@Service
public class PriorityReports {
    static final String RISK_CONTROL =
            "Risk control is part of the Council's business planning and performance monitoring. "
                    + "When directorate business plans were prepared, each service assessed the risks to its key objectives, "
                    + "and high risks are carried in the directorate risk registers.";
    static final String NO_EQUALITY_ACTIONS =
            "There have been no high priority equality actions identified in the quarter.";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String TEMPLATE = "performance/report-pdf";

    private final PerformanceRepository repository;
    private final ScrutineerProperties properties;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final AuditTrail audit;
    private final Statements statements;
    private final java.time.Clock clock;
    private final EnglandColumn englandColumn;

    public PriorityReports(
            PerformanceRepository repository,
            ScrutineerProperties properties,
            JdbcClient jdbc,
            JsonMapper json,
            PdfRenderer pdf,
            ITemplateEngine templates,
            AuditTrail audit,
            Statements statements,
            java.time.Clock clock,
            EnglandColumn englandColumn) {
        this.clock = clock;
        this.englandColumn = englandColumn;
        this.statements = statements;
        this.repository = repository;
        this.properties = properties;
        this.jdbc = jdbc;
        this.json = json;
        this.pdf = pdf;
        this.templates = templates;
        this.audit = audit;
    }

    /** The report as the records stand now (the draft). */
    @Transactional(readOnly = true)
    public PriorityBasedReport build(Board board, Period quarter) {
        if (quarter.kind() != PeriodKind.QUARTER) {
            throw new IllegalArgumentException(
                    "A Priority Based Report is for a quarter, such as Q1 2025/26, not " + quarter.label());
        }
        LocalDate end = quarter.end();
        Map<Long, String> commentary = repository.commentary(quarter.label());
        Map<Long, Map<String, SymbolOverride>> overrides = repository.overrides(quarter.label());
        Map<Long, MilestoneProgress> progress = repository.milestoneProgress(quarter.label());
        // the whole board in a fixed number of queries, however many service areas it has
        Map<Long, List<Objective>> objectivesByArea = repository.objectivesOfBoard(board.id());
        Map<String, List<Indicator>> indicatorsByArea = repository.indicatorsOfBoard(board.id());
        List<Long> allIds = indicatorsByArea.values().stream()
                .flatMap(List::stream)
                .map(Indicator::id)
                .toList();
        Map<Long, List<Figure>> figures = repository.figures(allIds);
        Map<Long, List<Target>> targets = repository.targets(allIds);
        Map<Long, Map<String, List<NarrativeItem>>> narrative =
                repository.narrativeOfBoard(board.id(), quarter.label());
        // England's column, when the board shows it: each row's Fingertips indicator, each asked of benchmarking once
        boolean england = englandColumn.shown(board.id());
        Map<Long, Integer> benchmarkLinks = england ? englandColumn.links(allIds) : Map.of();
        Map<Integer, org.scrutineer.benchmarking.EnglandComparisons.EnglandFigure> englandFigures =
                new java.util.HashMap<>();
        List<Area> areas = new ArrayList<>();
        for (ServiceArea area : repository.serviceAreas(board.id())) {
            List<ObjectiveRow> objectives = new ArrayList<>();
            for (Objective o : objectivesByArea.getOrDefault(area.id(), List.of())) {
                MilestoneProgress p = progress.get(o.id());
                if (p != null) {
                    objectives.add(new ObjectiveRow(
                            o.ref(),
                            o.title(),
                            o.milestone(),
                            new Mark(p.progress(), p.progress(), "Officer's judgement of the milestone.", null),
                            p.commentary()));
                }
            }
            List<Indicator> indicators = indicatorsByArea.getOrDefault(area.code(), List.of());
            List<KpiRow> kpis = new ArrayList<>();
            for (Indicator i : indicators) {
                KpiFigures k = KpiFigures.select(
                        figures.getOrDefault(i.id(), List.of()), targets.getOrDefault(i.id(), List.of()), end);
                if (k.current() == null) {
                    continue;
                }
                Map<String, SymbolOverride> o = overrides.getOrDefault(i.id(), Map.of());
                Assessment progressAssessment =
                        new Assessment(k.progress(i.polarity(), i.projection()), o.get("PROGRESS"));
                Assessment directionAssessment = new Assessment(k.direction(i.polarity()), o.get("DIRECTION"));
                kpis.add(new KpiRow(
                        i.ref(),
                        i.measure(),
                        i.definition(),
                        print(i, k.previous()),
                        printTarget(i, k.target()),
                        print(i, k.current()),
                        mark(progressAssessment),
                        mark(directionAssessment),
                        commentary.getOrDefault(i.id(), ""),
                        england ? englandColumn.cell(benchmarkLinks.get(i.id()), englandFigures) : null));
            }
            boolean available = !objectives.isEmpty() || !kpis.isEmpty();
            Map<String, List<NarrativeItem>> sections = narrative.getOrDefault(area.id(), Map.of());
            areas.add(new Area(
                    area.code(),
                    area.name(),
                    available,
                    sections.getOrDefault("KEY_DEVELOPMENTS", List.of()),
                    sections.getOrDefault("EMERGING_ISSUES", List.of()),
                    objectives,
                    kpis));
        }
        int year = quarter.financialYearStart();
        return new PriorityBasedReport(
                board.code(),
                board.name(),
                properties.councilName(),
                quarter.label(),
                "Quarter " + quarter.quarterNumber(),
                "Quarter " + quarter.quarterNumber() + " – Period " + LONG_DATE.format(quarter.start()) + " – "
                        + LONG_DATE.format(end),
                Period.financialYear(year - 1).label(),
                Period.financialYear(year).label(),
                areas,
                RISK_CONTROL,
                NO_EQUALITY_ACTIONS,
                statements.forBoard(board.id(), quarter.start(), end).stream()
                        .map(s -> StatementView.of(s))
                        .toList(),
                null,
                england);
    }

    public String renderHtml(PriorityBasedReport report) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", report);
        context.setVariable("pdf", true);
        return templates.process(TEMPLATE, context);
    }

    public byte[] renderPdf(PriorityBasedReport report) {
        return pdf.render(renderHtml(report), report.boardName() + " Priority Based Report " + report.quarter());
    }

    /** Freezes the report as it stands: its figures and its PDF are stored and never change. */
    @Transactional
    public PublishedReport publish(Board board, Period quarter) {
        return publish(board, quarter, null);
    }

    /**
     * Freezes the report as it stands. Where figures in its financial appendix do not follow from the others, it is
     * published only with an officer's written reason, which the published copy shows.
     */
    @Transactional
    public PublishedReport publish(Board board, Period quarter, String checksReason) {
        return publish(board, quarter, checksReason, clock.instant());
    }

    /** Publishes with the moment it was published, for a record of an earlier publication (the demo's report went out with its agenda). */
    @Transactional
    public PublishedReport publish(Board board, Period quarter, String checksReason, Instant at) {
        // two officers publishing at once: the second waits here for the first, then numbers its version after it
        // (without this both took the same number and one was answered with a server error)
        jdbc.sql("select id from board where id = :b for no key update")
                .param("b", board.id())
                .query(Long.class)
                .single();
        PriorityBasedReport draft = build(board, quarter);
        String reason = checksReason == null || checksReason.isBlank() ? null : checksReason.trim();
        if (draft.financeFindings() > 0 && reason == null) {
            throw new ChecksUnresolved(draft.financeFindings());
        }
        return freeze(board, quarter, draft, draft.financeFindings() > 0 ? reason : null, at);
    }

    private PublishedReport freeze(Board board, Period quarter, PriorityBasedReport draft, String reason, Instant at) {
        int version = jdbc.sql(
                        "select coalesce(max(version), 0) + 1 from published_report where board_id = :b and quarter = :q")
                .param("b", board.id())
                .param("q", quarter.label())
                .query(Integer.class)
                .single();
        PriorityBasedReport report =
                draft.published(new PriorityBasedReport.Publication(version, at, CurrentUser.name(), reason));
        byte[] document = renderPdf(report);
        long id = jdbc.sql("""
                        insert into published_report (board_id, quarter, version, published_at, published_by, snapshot, pdf)
                        values (:b, :q, :v, :at, :by, cast(:s as jsonb), :pdf) returning id""")
                .param("b", board.id())
                .param("q", quarter.label())
                .param("v", version)
                .param("at", java.sql.Timestamp.from(report.publication().publishedAt()))
                .param("by", report.publication().publishedBy())
                .param("s", json.writeValueAsString(report))
                .param("pdf", document)
                .query(Long.class)
                .single();
        audit.record(
                "report:" + board.code() + ":" + quarter.label(),
                AuditAction.PUBLISH,
                "priority_report",
                board.code() + " " + quarter.label() + " v" + version,
                null,
                Map.of("version", version, "pdfBytes", document.length),
                null);
        return new PublishedReport(
                id,
                board.code(),
                board.name(),
                quarter.label(),
                version,
                report.publication().publishedAt(),
                report.publication().publishedBy());
    }

    public List<PublishedReport> published() {
        return jdbc.sql("""
                        select r.id, b.code, b.name, r.quarter, r.version, r.published_at, r.published_by
                        from published_report r join board b on b.id = r.board_id
                        order by r.published_at desc, r.version desc""")
                .query((rs, n) -> new PublishedReport(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("quarter"),
                        rs.getInt("version"),
                        rs.getTimestamp("published_at").toInstant(),
                        rs.getString("published_by")))
                .list();
    }

    /** The latest published version for a board and quarter, or a given version. */
    public Optional<PriorityBasedReport> publishedReport(Board board, Period quarter, Integer version) {
        return jdbc.sql("""
                        select snapshot::text from published_report where board_id = :b and quarter = :q
                        and (cast(:v as int) is null or version = :v) order by version desc limit 1""")
                .param("b", board.id())
                .param("q", quarter.label())
                .param("v", version)
                .query(String.class)
                .optional()
                .map(s -> json.readValue(s, PriorityBasedReport.class));
    }

    public Optional<byte[]> publishedPdf(Board board, Period quarter, Integer version) {
        return jdbc.sql("""
                        select pdf from published_report where board_id = :b and quarter = :q
                        and (cast(:v as int) is null or version = :v) order by version desc limit 1""")
                .param("b", board.id())
                .param("q", quarter.label())
                .param("v", version)
                .query(byte[].class)
                .optional();
    }

    /** An indicator's row as a published report printed it: its latest figure, the one before, and the target. */
    public record PublishedFigures(
            String boardCode, String quarter, int version, String current, String previous, String target) {
        public String path() {
            return "/reports/" + boardCode + "/" + QuarterSlug.of(quarter) + "?version=" + version;
        }
    }

    /**
     * What the published reports say of an indicator: the latest version of each board's report for each quarter that
     * carries it, latest quarter first. This, not the figures as they stand, is what is public of an indicator.
     */
    public List<PublishedFigures> publishedFigures(String ref) {
        return jdbc.sql("""
                        select b.code, r.quarter, r.version, k->>'current', k->>'previous', k->>'target'
                        from published_report r join board b on b.id = r.board_id,
                             jsonb_array_elements(r.snapshot->'areas') a, jsonb_array_elements(a->'kpis') k
                        where k->>'ref' = :ref
                          and r.version = (select max(x.version) from published_report x where x.board_id = r.board_id and x.quarter = r.quarter)
                        order by r.published_at desc""")
                .param("ref", ref)
                .query((rs, n) -> new PublishedFigures(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private static Mark mark(Assessment a) {
        return new Mark(
                a.symbol(),
                a.computed().symbol(),
                a.computed().reason(),
                a.overridden() ? a.override().reason() : null);
    }

    static String print(Indicator i, Figure f) {
        if (f == null) {
            return "";
        }
        if (!f.available()) {
            return "not yet available (" + f.period().label() + ")";
        }
        String text = i.unit().format(f.value()) + " (" + f.period().label() + ")";
        return f.status() == org.scrutineer.performance.domain.ValueStatus.PROVISIONAL ? text + " provisional" : text;
    }

    static String printTarget(Indicator i, Target t) {
        return t == null ? "" : i.unit().format(t.value()) + " (" + t.period().label() + ")";
    }

    /** Publishing refused: the financial appendix has figures that do not add up and no reason was recorded. */
    public static class ChecksUnresolved extends RuntimeException {
        private final int findings;

        public ChecksUnresolved(int findings) {
            super("The financial appendix has " + findings + (findings == 1 ? " figure that does" : " figures that do")
                    + " not follow from the others: record why the report is published as it is");
            this.findings = findings;
        }

        public int findings() {
            return findings;
        }
    }

    public record PublishedReport(
            long id,
            String boardCode,
            String boardName,
            String quarter,
            int version,
            Instant publishedAt,
            String publishedBy) {
        /** The public address of this version. */
        public String path() {
            return "/reports/" + boardCode + "/" + QuarterSlug.of(quarter) + "?version=" + version;
        }

        public String publishedOn() {
            return org.scrutineer.platform.web.LondonTime.dateTime(publishedAt);
        }
    }
}
