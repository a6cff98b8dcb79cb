package org.scrutineer.platform.imports;

/** One thing wrong with an uploaded file: the line (1 is the header), the column, and why. */
public record RowError(int line, String column, String reason) {
}
