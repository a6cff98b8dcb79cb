package org.scrutineer.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/** Papers as officers upload them from other systems: none of them tagged for accessibility. */
final class UploadedPapers {
    private UploadedPapers() {}

    /** An archival PDF (PDF/A-3u: embedded font, sRGB output intent, metadata saying so) without tags, as many exports are. */
    static byte[] archivableButUntagged(String title, String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, new ByteArrayInputStream(DejaVuFonts.regular()));
            page(doc, font, text);
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(ColourProfile.sRgb()));
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setInfo("sRGB IEC61966-2.1");
            doc.getDocumentCatalog().addOutputIntent(intent);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            doc.setDocumentInformation(info);
            String xmp = """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title></rdf:Description>
                    <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>U</pdfaid:conformance></rdf:Description>
                    </rdf:RDF></x:xmpmeta>
                    <?xpacket end="w"?>""".formatted(title);
            doc.getDocumentCatalog()
                    .setMetadata(new PDMetadata(doc, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8))));
            return save(doc);
        }
    }

    /** A PDF with no claims at all: a standard font that is not embedded, no metadata, no tags. */
    static byte[] plain(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            page(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), text);
            return save(doc);
        }
    }

    private static void page(PDDocument doc, PDFont font, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
            stream.setNonStrokingColor(0f, 0f, 0f);
            stream.beginText();
            stream.setFont(font, 12);
            stream.newLineAtOffset(72, 760);
            stream.showText(text);
            stream.endText();
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
