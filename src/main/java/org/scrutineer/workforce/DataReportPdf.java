package org.scrutineer.workforce;

import java.util.List;
import java.util.Locale;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.scrutineer.workforce.domain.PayBandGrouping;
import org.scrutineer.workforce.domain.Suppression;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A return's individual data report as a tagged PDF for the board's agenda: the same findings the page shows (relative
 * likelihoods beside the national figures, staff, pay bands, each indicator with its chart and table), read with the
 * same rule of who sees what, so a visitor's copy has small numbers suppressed as the page has.
 */
@Service
class DataReportPdf {
    private final WorkforceEquality equality;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;

    DataReportPdf(WorkforceEquality equality, PdfRenderer pdf, ITemplateEngine templates) {
        this.equality = equality;
        this.pdf = pdf;
        this.templates = templates;
    }

    /** The report's PDF and the name it is saved under. */
    record Download(byte[] pdf, String fileName) {}

    Download render(long id, PayBandGrouping grouping) {
        ReturnView view = equality.report(id, grouping).view();
        Context context = new Context(Locale.UK);
        context.setVariable("view", view);
        context.setVariable("groupings", List.of());
        context.setVariable("threshold", Suppression.THRESHOLD);
        String title = "SC-WRES data report: " + view.title();
        String fileName =
                "sc-wres-data-report-" + view.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf";
        return new Download(pdf.render(templates.process("workforce/report-pdf", context), title), fileName);
    }
}
