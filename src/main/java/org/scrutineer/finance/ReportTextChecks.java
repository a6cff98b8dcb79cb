package org.scrutineer.finance;

import java.util.List;
import org.scrutineer.finance.domain.NarrativeCheck;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.stereotype.Service;

/** What each board report's text quotes, checked against its paragraphs and the tables it prints. */
@Service
class ReportTextChecks {
    private final BoardReports reports;
    private final FinanceTables tables;

    public ReportTextChecks(BoardReports reports, FinanceTables tables) {
        this.reports = reports;
        this.tables = tables;
    }

    /** One report's findings, worded as every page prints them. */
    public record Checked(
            String slug, String subject, String date, int paragraphs, List<NarrativeCheck.Finding> findings) {
        public List<String> lines() {
            return findings.stream()
                    .map(f -> "Para " + f.paragraph() + ", \u201c" + f.quoted() + "\u201d: the figures give "
                            + f.expected() + " (" + f.rule() + ").")
                    .toList();
        }
    }

    /** Every report whose paragraphs are held, checked. */
    public List<Checked> all() {
        return reports.all().stream()
                .filter(s -> !s.report().paragraphs().isEmpty())
                .map(this::of)
                .toList();
    }

    public Checked of(BoardReports.Stored s) {
        return new Checked(
                s.report().slug(),
                s.report().subject(),
                LondonTime.date(s.report().date()),
                s.report().paragraphs().size(),
                NarrativeCheck.check(s.report().paragraphTexts(), tables.figuresOfReport(s.id())));
    }
}
