package org.scrutineer.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a board paper (report in the council's template, or minutes) to an accessible PDF for an agenda item. */
@Service
public class PaperRenderer {
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;

    public PaperRenderer(PdfRenderer pdf, ITemplateEngine templates) {
        this.pdf = pdf;
        this.templates = templates;
    }

    public record Section(String heading, List<String> paragraphs) {}

    /** A paper: header block (REPORT TO, DATE…), title, an optional note about where it came from, and its sections. */
    public record Paper(List<Map.Entry<String, String>> header, String title, String note, List<Section> sections) {}

    /** The file name a paper made from a title is stored and downloaded under. */
    public static String fileName(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".pdf";
    }

    public byte[] render(Paper paper) {
        Context context = new Context(Locale.UK);
        context.setVariable("doc", paper);
        return pdf.render(templates.process("meetings/document", context), paper.title());
    }
}
