package org.scrutineer.benchmarking;

import java.util.Locale;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tagged PDFs (PDF/UA-1, PDF/A-3u) of a benchmarked indicator (its trend and compare-areas charts with their tables)
 * and of the spine chart, from the same fragments as the pages. Who may read them is what {@link BenchmarkPages} lets
 * through: approved indicators for everyone, drafts for councillors and officers.
 */
@Service
public class BenchmarkPdfs {
    private final BenchmarkPages pages;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;

    public BenchmarkPdfs(BenchmarkPages pages, PdfRenderer pdf, ITemplateEngine templates) {
        this.pages = pages;
        this.pdf = pdf;
        this.templates = templates;
    }

    public byte[] indicator(int id) {
        BenchmarkPages.IndicatorPage page = pages.page(id);
        Context context = new Context(Locale.UK);
        context.setVariable("page", page);
        context.setVariable("pdf", true);
        return pdf.render(
                templates.process("benchmarking/indicator-pdf", context),
                page.indicator().name() + ": benchmarked against England");
    }

    public byte[] spine() {
        Context context = new Context(Locale.UK);
        context.setVariable("spine", pages.spine());
        context.setVariable("pdf", true);
        return pdf.render(templates.process("benchmarking/spine-pdf", context), "Spine chart against England");
    }
}
