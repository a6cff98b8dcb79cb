package org.scrutineer.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The DejaVu fonts every PDF of Scrutineer is drawn in (they ship inside the application; licence in
 * fonts/DejaVu-LICENSE.txt), read without their glyph substitution table (GSUB).
 * <p>
 * PDFBox 3 applies a font's GSUB ligatures to Latin text, so "finance" was drawn with the single glyph "ﬁ" (U+FB01) and
 * read back, searched and copied as "ﬁnance". Without the table each letter is its own glyph and the text reads as
 * written. The licence allows changing the fonts as long as their name does not become "Bitstream" or "Vera".
 */
final class DejaVuFonts {
    public static final String FAMILY = "DejaVu Sans";
    private static final byte[] REGULAR = withoutTable(read("/fonts/DejaVuSans.ttf"), "GSUB");
    private static final byte[] BOLD = withoutTable(read("/fonts/DejaVuSans-Bold.ttf"), "GSUB");

    private DejaVuFonts() {}

    public static byte[] regular() {
        return REGULAR.clone();
    }

    public static byte[] bold() {
        return BOLD.clone();
    }

    private record Table(String tag, int checksum, byte[] data) {}

    /** The TrueType font without the named table: the table directory is written anew and the file checksum recomputed. */
    static byte[] withoutTable(byte[] font, String dropped) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int record = 12 + 16 * i;
            byte[] tag = new byte[4];
            in.get(record, tag);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] data = new byte[length];
            in.get(offset, data);
            String name = new String(tag, java.nio.charset.StandardCharsets.US_ASCII);
            if (!name.equals(dropped)) {
                tables.add(new Table(name, in.getInt(record + 4), data));
            }
        }
        int n = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = (1 << entrySelector) * 16;
        int size = 12
                + 16 * n
                + tables.stream().mapToInt(t -> (t.data().length + 3) & ~3).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version)
                .putShort((short) n)
                .putShort((short) searchRange)
                .putShort((short) entrySelector)
                .putShort((short) (n * 16 - searchRange));
        int offset = 12 + 16 * n;
        int headOffset = -1;
        for (int i = 0; i < n; i++) {
            Table t = tables.get(i);
            out.put(12 + 16 * i, t.tag().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.putInt(12 + 16 * i + 4, t.checksum())
                    .putInt(12 + 16 * i + 8, offset)
                    .putInt(12 + 16 * i + 12, t.data().length);
            out.put(offset, t.data());
            if (t.tag().equals("head")) {
                headOffset = offset;
            }
            offset += (t.data().length + 3) & ~3;
        }
        if (headOffset >= 0) {
            // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA
            out.putInt(headOffset + 8, 0);
            int sum = 0;
            for (int i = 0; i < size; i += 4) {
                sum += out.getInt(i);
            }
            out.putInt(headOffset + 8, 0xB1B0AFBA - sum);
        }
        return out.array();
    }

    private static byte[] read(String path) {
        try (InputStream in = DejaVuFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
