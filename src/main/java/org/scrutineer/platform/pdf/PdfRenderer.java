package org.scrutineer.platform.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Renders an HTML page (the same Thymeleaf template as the web page) into a tagged, accessible PDF (PDF/UA-1, PDF/A-3u).
 * In that mode text is drawn only in fonts registered here and named in the CSS, so the open-licence DejaVu fonts
 * ship inside the application; colours are given meaning by the sRGB output intent.
 */
@NamedInterface("pdf")
@Component
public class PdfRenderer {
    public static final String FONT_FAMILY = DejaVuFonts.FAMILY;
    private final byte[] regular = DejaVuFonts.regular();
    private final byte[] bold = DejaVuFonts.bold();
    private final byte[] colourProfile = ColourProfile.sRgb();

    public byte[] render(String html, String title) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        if (parsed.title().isBlank()) {
            parsed.title(title);
        }
        describeCharts(parsed);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(colourProfile);
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(regular),
                    FONT_FAMILY,
                    400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> new java.io.ByteArrayInputStream(bold),
                    FONT_FAMILY,
                    700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(parsed), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF '" + title + "'", e);
        }
    }

    /**
     * A chart is an SVG with its name and description in title and desc, which is what a web page reads; the PDF tags it
     * as a Figure whose alternative text is the element's alt attribute, so that is filled from them.
     */
    static void describeCharts(org.jsoup.nodes.Document page) {
        for (org.jsoup.nodes.Element svg : page.select("svg")) {
            if (!svg.attr("alt").isBlank()) {
                continue;
            }
            String title = svg.selectFirst("> title") == null
                    ? ""
                    : svg.selectFirst("> title").text().strip();
            String desc = svg.selectFirst("> desc") == null
                    ? ""
                    : svg.selectFirst("> desc").text().strip();
            String alt = title.isEmpty() || desc.isEmpty()
                    ? title + desc
                    : title + (title.endsWith(".") ? " " : ". ") + desc;
            svg.attr("alt", alt.isEmpty() ? svg.attr("aria-label") : alt);
        }
    }
}
