package org.scrutineer.platform.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an uploaded Excel workbook (.xlsx), read as a stream of rows: the upload is kept in a temporary
 * file so that each part is unzipped as it is read, and the sheet is parsed event by event (SAX), never built in memory.
 * A workbook is a zip of XML, so what it unzips to is bounded, not only what was uploaded:
 * <ul>
 * <li>no part unzips to more than {@value #MAX_PART_MB} MB, nor more than 100 times its zipped size (POI's
 * {@link ZipSecureFile} checks both while unzipping). A sheet as Excel writes it takes about 190 bytes a row in the
 * figures layout, so 64 MB holds some 350,000 rows: more than any council's indicators need at once, and far more than
 * the upload page is for (larger loads go as CSV, which streams without such a bound). The tester's 95 MB sheet is
 * refused after 64 MB of it, in well under a second;</li>
 * <li>the styles part (how numbers and dates are written) is built in memory by POI, at several times its size, so it
 * may unzip to {@value #MAX_STYLES_MB} MB at most (Excel's own are a few kilobytes);</li>
 * <li>no more rows than Excel's own limit, 1,048,576, no cell past its last column (XFD, the 16,384th), and no cell of
 * more than 32,767 characters, Excel's own cell limit: a sheet past them was not written by Excel;</li>
 * <li>no document type declaration: POI's parsers refuse DOCTYPE, so entities cannot read the server's files (XXE) nor
 * expand a few bytes to gigabytes (billion laughs).</li>
 * </ul>
 * Every refusal is an {@link ImportRejected} saying what was wrong, never a server error.
 */
final class XlsxSheet {
    static final int MAX_PART_MB = 64;
    static final int MAX_STYLES_MB = 4;
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARACTERS = 32_767;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_MB * 1024L * 1024L);
        ZipSecureFile.setMinInflateRatio(0.01); // POI's default, said here: 100 to 1 at most
        ZipSecureFile.setMaxFileCount(1000); // POI's default; Excel writes a dozen parts
    }

    private static final String TOO_LARGE =
            "The workbook unzips to more than " + MAX_PART_MB + " MB in one part, more than Scrutineer reads"
                    + " from a workbook. Split it into smaller files, or save it as CSV";

    private XlsxSheet() {}

    static void read(String fileName, InputStream input, TabularFile.RowHandler handler) throws IOException {
        Path file = Files.createTempFile("scrutineer-import-", ".xlsx");
        try {
            Files.copy(input, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(file) == 0) {
                throw ImportRejected.single(fileName, "The file is empty");
            }
            read(fileName, file, handler);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void read(String fileName, Path file, TabularFile.RowHandler handler) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (UnsupportedFileFormatException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException e) {
            throw ImportRejected.single(fileName, "The file is not an Excel workbook (.xlsx)");
        } catch (EmptyFileException e) {
            throw ImportRejected.single(fileName, "The file is empty");
        }
        try {
            // a part that says it unzips past the bound is refused before anything is unzipped; one that lies about
            // its size is stopped by ZipSecureFile as it is read
            for (var part : pkg.getParts()) {
                if (part.getSize() > MAX_PART_MB * 1024L * 1024L) {
                    throw ImportRejected.single(fileName, TOO_LARGE);
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = styles(fileName, reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportRejected.single(fileName, "The workbook has no sheet");
            }
            Rows rows = new Rows(fileName, handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new BoundedSheetHandler(styles, strings, rows, new DataFormatter(Locale.UK)));
                parser.parse(new InputSource(sheet));
            }
            if (rows.none()) {
                throw ImportRejected.single(
                        fileName, "The workbook's first sheet is empty: it has no header row and no data");
            }
        } catch (SAXException e) {
            throw ImportRejected.single(fileName, refusal(e));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser for workbooks", e);
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException e) {
            // POI says "Zip bomb detected" both for a part too large and for one that expands too much for its size
            throw ImportRejected.single(fileName, refusal(e));
        } finally {
            pkg.revert(); // read only: close without writing anything back
        }
    }

    /** The styles, read only when their part is small: POI builds them in memory. */
    private static StylesTable styles(String fileName, XSSFReader reader) throws IOException {
        InputStream data;
        try {
            data = reader.getStylesData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            data = null;
        }
        if (data == null) {
            return new StylesTable(); // a workbook with no styles part: numbers are written as they are
        }
        Bounded bounded = new Bounded(data, MAX_STYLES_MB * 1024L * 1024L);
        try (bounded) {
            return new StylesTable(bounded);
        } catch (IOException | POIXMLException e) {
            if (bounded.exceeded()) {
                throw ImportRejected.single(
                        fileName,
                        "The workbook's styles unzip to more than " + MAX_STYLES_MB
                                + " MB; Excel's own are a few kilobytes. Save the sheet again from Excel, or as CSV");
            }
            throw e;
        }
    }

    /** What to tell the officer when the workbook could not be read, in words that say what to do. */
    private static String refusal(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null) {
                message = message + " " + cause.getMessage();
            }
        }
        if (e instanceof SheetTooLarge t) {
            return t.getMessage();
        }
        if (message.contains("max size of the expanded data") || message.contains("exceed the max size")) {
            return TOO_LARGE;
        }
        if (message.contains("max. ratio") || message.contains("Zip bomb")) {
            return "The workbook expands to more than 100 times its size when unzipped, which a spreadsheet does not:"
                    + " it looks built to exhaust the server's memory (a zip bomb), so it was not read";
        }
        if (message.contains("more internal file entries")) {
            return "The workbook holds more parts than a spreadsheet does, so it was not read";
        }
        if (message.contains("DOCTYPE")) {
            return "The workbook's XML declares a document type (DOCTYPE), which Excel never writes and which can make the"
                    + " reader fetch files or expand entities without end, so it was not read. Save the sheet again from Excel";
        }
        if (e instanceof SAXException) {
            return "The workbook's sheet is not well-formed XML, so it could not be read. Save it again from Excel, or as CSV";
        }
        return "The file is not an Excel workbook (.xlsx) that can be read";
    }

    /** A sheet past the limits above, with the reason to give. */
    private static final class SheetTooLarge extends SAXException {
        SheetTooLarge(String message) {
            super(message);
        }
    }

    /** An input stream that fails once more than {@code limit} bytes have been read from it, and says so after. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        boolean exceeded() {
            return left < 0;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("part too large");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("part too large");
            }
            return n;
        }
    }

    /** POI's sheet parser with Excel's own limits on cell length, rows and columns. */
    private static final class BoundedSheetHandler extends XSSFSheetXMLHandler {
        private final Rows rows;
        private boolean inCell;
        private int cellCharacters;

        BoundedSheetHandler(
                StylesTable styles, ReadOnlySharedStringsTable strings, Rows rows, DataFormatter formatter) {
            super(styles, strings, rows, formatter, false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                inCell = true;
                cellCharacters = 0;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("c".equals(localName)) {
                inCell = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellCharacters += inCell ? length : 0;
            if (cellCharacters > MAX_CELL_CHARACTERS) {
                throw new SheetTooLarge("Row " + rows.line() + " has a cell of more than "
                        + String.format(Locale.UK, "%,d", MAX_CELL_CHARACTERS)
                        + " characters, Excel's own limit for a cell, so the workbook was not read");
            }
            super.characters(ch, start, length);
        }
    }

    /** Collects each row's cells in column order and hands whole rows on: the first is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String fileName;
        private final TabularFile.RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int rowCount;
        private int rowNumber;
        private int width = -1; // the header's, once read: later cells past it belong to no column

        Rows(String fileName, TabularFile.RowHandler handler) {
            this.fileName = fileName;
            this.handler = handler;
        }

        int line() {
            return rowNumber + 1;
        }

        boolean none() {
            return rowCount == 0;
        }

        @Override
        public void startRow(int rowNum) {
            if (++rowCount > MAX_ROWS || rowNum >= MAX_ROWS) {
                throw ImportRejected.single(
                        fileName,
                        "The sheet has more than " + String.format(Locale.UK, "%,d", MAX_ROWS)
                                + " rows, Excel's own limit, so it was not written by Excel. Split it, or save it as CSV");
            }
            rowNumber = rowNum;
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column < 0 || column >= MAX_COLUMNS) {
                throw ImportRejected.single(
                        fileName,
                        "Row " + line() + " has a cell past column XFD, Excel's last, so the workbook was not read");
            }
            if (width >= 0 && column >= width) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = new ArrayList<>(cells);
            if (width < 0) {
                width = row.size();
                handler.header(row);
            } else {
                while (row.size() < width) {
                    row.add("");
                }
                if (!TabularFile.blank(row)) {
                    handler.row(rowNum + 1, row);
                }
            }
        }
    }
}
