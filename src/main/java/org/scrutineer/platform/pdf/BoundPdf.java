package org.scrutineer.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.modulith.NamedInterface;

/**
 * PDFs bound into one, as an agenda pack is from its front sheet and papers. The parts' tags are merged into one
 * structure tree (PDFBox's merger), text added on top is marked as an artifact, and the whole claims PDF/UA-1 and
 * PDF/A-3u only when every part meets them: a part counts as meeting a standard when it declares it in its metadata
 * and, for PDF/UA, is tagged. Scrutineer's own PDFs meet both; an uploaded paper may meet neither.
 */
@NamedInterface("pdf")
public final class BoundPdf implements Closeable {
    private static final Pattern CLAIMS_UA = Pattern.compile("pdfuaid:part(?:>\\s*|=[\"'])1\\b");
    private static final Pattern PDFA_PART = Pattern.compile("pdfaid:part(?:>\\s*|=[\"'])([1-4])\\b");
    private static final Pattern PDFA_CONFORMANCE = Pattern.compile("pdfaid:conformance(?:>\\s*|=[\"'])([ABUabu])\\b");

    /** A PDF to bind, with the title that names it if it keeps the whole from meeting a standard. */
    public record Part(String title, byte[] pdf) {}

    /**
     * What the bound PDF claims, PDF/UA-1 (accessible) and PDF/A-3u (archivable), and the titles of the parts that keep
     * it from claiming one: not tagged and declared as PDF/UA-1, or not declared as PDF/A with Unicode text.
     */
    public record Standards(boolean pdfUa, boolean pdfA, List<String> notPdfUa, List<String> notPdfA) {
        public Standards {
            notPdfUa = List.copyOf(notPdfUa);
            notPdfA = List.copyOf(notPdfA);
        }
    }

    private final PDDocument document = new PDDocument();
    private final List<PDDocument> sources = new ArrayList<>();
    private final List<String> notPdfUa = new ArrayList<>();
    private final List<String> notPdfA = new ArrayList<>();
    private PDType0Font stampFont;

    private BoundPdf() {}

    public static BoundPdf of(List<Part> parts) throws IOException {
        BoundPdf bound = new BoundPdf();
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Part part : parts) {
                PDDocument source;
                try {
                    source = Loader.loadPDF(part.pdf());
                } catch (IOException e) {
                    throw new PartUnreadable(part.title(), e);
                }
                bound.sources.add(source);
                String metadata = metadata(source);
                if (!tagged(source) || !CLAIMS_UA.matcher(metadata).find()) {
                    bound.notPdfUa.add(part.title());
                }
                if (!archivable(source, metadata)) {
                    bound.notPdfA.add(part.title());
                }
                merger.appendDocument(bound.document, source);
            }
        } catch (IOException | RuntimeException e) {
            bound.close();
            throw e;
        }
        return bound;
    }

    /** A part that could not be read as a PDF, named by its title so that whoever put it in can be told. */
    @NamedInterface("pdf")
    public static class PartUnreadable extends IOException {
        private final String title;

        public PartUnreadable(String title, IOException cause) {
            super(title + " could not be read as a PDF", cause);
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    public Standards standards() {
        return new Standards(notPdfUa.isEmpty(), notPdfA.isEmpty(), notPdfUa, notPdfA);
    }

    /** Writes a line of text centred at the foot of a page, marked as an artifact (a page number is not content to read out). */
    public void stampFoot(int pageIndex, String text, float size) throws IOException {
        if (stampFont == null) {
            stampFont = PDType0Font.load(document, new ByteArrayInputStream(DejaVuFonts.regular()));
        }
        PDPage page = document.getPage(pageIndex);
        PDRectangle box = page.getMediaBox();
        float width = stampFont.getStringWidth(text) / 1000 * size;
        try (PDPageContentStream stream =
                new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            stream.beginMarkedContent(COSName.ARTIFACT);
            stream.beginText();
            stream.setFont(stampFont, size);
            stream.setNonStrokingColor(0f, 0f, 0f);
            stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 14);
            stream.showText(text);
            stream.endText();
            stream.endMarkedContent();
        }
    }

    /** The bound PDF: titled, in one language, one sRGB output intent, and metadata claiming only what every part meets. */
    public byte[] save(String title, String language) throws IOException {
        Standards standards = standards();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDViewerPreferences preferences = catalog.getViewerPreferences() != null
                ? catalog.getViewerPreferences()
                : new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        // the parts' output intents are all sRGB or are not claimed as PDF/A; PDF/A wants exactly one
        catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(ColourProfile.sRgb()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        document.setDocumentInformation(information);
        PDMetadata metadata = new PDMetadata(
                document,
                new ByteArrayInputStream(xmp(title, language, standards).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
        document.setVersion(1.7f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
        for (PDDocument source : sources) {
            source.close();
        }
    }

    private static boolean tagged(PDDocument pdf) {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        return catalog.getMarkInfo() != null
                && catalog.getMarkInfo().isMarked()
                && catalog.getStructureTreeRoot() != null;
    }

    /** Declares PDF/A-2 or -3 with Unicode text (u, or a, which implies it), or PDF/A-1a, and keeps to RGB colour. */
    private static boolean archivable(PDDocument pdf, String metadata) {
        var part = PDFA_PART.matcher(metadata);
        var conformance = PDFA_CONFORMANCE.matcher(metadata);
        if (!part.find() || !conformance.find()) {
            return false;
        }
        String level = part.group(1) + conformance.group(1).toUpperCase(java.util.Locale.ROOT);
        if (!List.of("1A", "2U", "2A", "3U", "3A").contains(level)) {
            return false;
        }
        return pdf.getDocumentCatalog().getOutputIntents().stream()
                .map(i -> i.getCOSObject().getCOSStream(COSName.DEST_OUTPUT_PROFILE))
                .allMatch(profile -> profile == null || profile.getInt(COSName.N) == 3);
    }

    private static String metadata(PDDocument pdf) throws IOException {
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return "";
        }
        try (var in = metadata.exportXMPMetadata()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String xmp(String title, String language, Standards standards) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append(
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
                .append(escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:language><rdf:Bag><rdf:li>")
                .append(escape(language))
                .append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n")
                .append(
                        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>Scrutineer</pdf:Producer></rdf:Description>\n");
        if (standards.pdfA()) {
            x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
                    .append(
                            "<pdfaid:part>3</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance></rdf:Description>\n");
        }
        if (standards.pdfUa()) {
            x.append(
                    "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n");
            // PDF/A lets metadata use only the schemas it names, or ones described in the metadata itself
            x.append("""
                    <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                        xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                    <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                    <pdfaProperty:name>part</pdfaProperty:name>
                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                    <pdfaProperty:category>internal</pdfaProperty:category>
                    <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
                    </rdf:li></rdf:Seq></pdfaSchema:property>
                    </rdf:li></rdf:Bag></pdfaExtension:schemas>
                    </rdf:Description>
                    """);
        }
        x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
