package org.scrutineer.platform.imports;

import org.springframework.modulith.NamedInterface;

/** One thing wrong with an uploaded file: the line (1 is the header), the column, and why. */
@NamedInterface("imports")
public record RowError(int line, String column, String reason) {}
