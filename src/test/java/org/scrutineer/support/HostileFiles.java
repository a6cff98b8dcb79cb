package org.scrutineer.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Files built to hurt whoever reads them, as a hostile or careless uploader sends them. */
public final class HostileFiles {
    private HostileFiles() {}

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The header row of the figures layout, as a sheet's first row. */
    public static final String FIGURES_HEADER =
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator_ref</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>kind</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>period</t></is></c>"
                    + "<c r=\"D1\" t=\"inlineStr\"><is><t>value</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><t>status</t></is></c></row>";

    /** A workbook whose one sheet is the given XML, with nothing else but the parts that make it a workbook. */
    public static byte[] workbookWithSheet(String sheetXml) {
        return workbook(out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A workbook of about {@code sheetBytes} of sheet XML that compresses about 75 to 1: under POI's ratio limit (100 to 1),
     * as the tester's 1.3 MB file that expanded to 95 MB. Its rows are well formed figure rows, each with a long
     * repeated reference, so only its size is wrong with it.
     */
    public static byte[] workbookExpandingTo(long sheetBytes) {
        String pad = "IMP-1 " + "padding ".repeat(200);
        return workbook(out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            long written = 0;
            StringBuilder row = new StringBuilder();
            for (int r = 1; written < sheetBytes; r++) {
                row.setLength(0);
                row.append("<row r=\"")
                        .append(r)
                        .append("\"><c r=\"A")
                        .append(r)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(r == 1 ? "indicator_ref" : pad)
                        .append("</t></is></c><c r=\"B")
                        .append(r)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(r == 1 ? "kind" : "actual")
                        .append("</t></is></c><c r=\"C")
                        .append(r)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(r == 1 ? "period" : "Q1 2025/26")
                        .append("</t></is></c><c r=\"D")
                        .append(r)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(r == 1 ? "value" : String.valueOf(r % 1000))
                        .append("</t></is></c><c r=\"E")
                        .append(r)
                        .append("\" t=\"inlineStr\"><is><t>")
                        .append(r == 1 ? "status" : "final")
                        .append("</t></is></c></row>");
                byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * The same workbook with its zip directory saying that the sheet unzips to {@code claimed} bytes, whatever it does:
     * a reader that trusts the directory is fooled.
     */
    public static byte[] claimingSheetSize(byte[] workbook, int claimed) {
        byte[] bytes = workbook.clone();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at + 46 < bytes.length; at++) {
            if (buffer.getInt(at) == 0x02014b50
                    && buffer.getShort(at + 28) == name.length
                    && java.util.Arrays.equals(bytes, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 24, claimed);
                return bytes;
            }
        }
        throw new IllegalArgumentException("no sheet in the zip directory");
    }

    /** A classic zip bomb: the figures header, then {@code sheetBytes} of empty rows, far past POI's 100 to 1 ratio. */
    public static byte[] zipBomb(long sheetBytes) {
        return workbook(out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                            + FIGURES_HEADER)
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = "<row/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (long left = sheetBytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A sheet that asks the reader to fetch a file of the server's into a cell (XML external entity). */
    public static byte[] xxeWorkbook() {
        return workbookWithSheet("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="%s"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>indicator_ref</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>&secret;</t></is></c></row>
                </sheetData></worksheet>""".formatted(MAIN));
    }

    /** A sheet whose entities expand to a billion copies of one word ("billion laughs"). */
    public static byte[] billionLaughsWorkbook() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return workbookWithSheet("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [%s]>
                <worksheet xmlns="%s"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>
                </sheetData></worksheet>""".formatted(entities, MAIN));
    }

    private interface Body {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] workbook(Body sheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="figures" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN));
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>""");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet.write(zip);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A one-page PDF whose page tree claims {@code count} pages (any number, zero and negative among them). */
    public static byte[] pdfClaimingPages(int count) {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.getDocumentCatalog()
                    .getCOSObject()
                    .getCOSDictionary(COSName.PAGES)
                    .setInt(COSName.COUNT, count);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} pages, each of 50 lines of the given text in a standard font. */
    public static byte[] pdfOfText(int pages, String line) {
        return pdfOfLines(pages, () -> line);
    }

    /**
     * A PDF of {@code pages} pages of made-up five-letter words, none repeated often: the most a text can weigh in
     * PostgreSQL's search vector, which may not pass 1 MB.
     */
    public static byte[] pdfOfRandomWords(int pages) {
        java.util.Random random = new java.util.Random(5);
        return pdfOfLines(pages, () -> {
            StringBuilder line = new StringBuilder();
            while (line.length() < 90) {
                for (int i = 0; i < 5; i++) {
                    line.append((char) ('a' + random.nextInt(26)));
                }
                line.append(' ');
            }
            return line.toString();
        });
    }

    private static byte[] pdfOfLines(int pages, java.util.function.Supplier<String> lines) {
        try (PDDocument doc = new PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    stream.beginText();
                    stream.setFont(font, 6);
                    stream.newLineAtOffset(20, 800);
                    for (int l = 0; l < 50; l++) {
                        stream.showText(lines.get());
                        stream.newLineAtOffset(0, -15);
                    }
                    stream.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code pages} blank pages, each real. */
    public static byte[] pdfOfPages(int pages) {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
