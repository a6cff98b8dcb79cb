package org.scrutineer.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.modulith.NamedInterface;

/**
 * How a download is named in its Content-Disposition header (RFC 6266): in UTF-8 as {@code filename*}, with a Latin-1
 * {@code filename} beside it for old clients, so "Rapport d’évaluation.pdf" keeps its name (a name outside Latin-1
 * alone made the header be dropped); without control characters; and never so long that the header cannot be sent
 * (a 10,000-character name broke the answer mid-way).
 */
@NamedInterface("web")
public final class DownloadNames {
    /** The longest name given, in characters: any file system takes it, and the header stays far below 8 KB. */
    static final int MAX = 100;

    private DownloadNames() {}

    public static String inline(String fileName) {
        return ContentDisposition.inline()
                .filename(shortened(fileName), StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    public static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(shortened(fileName), StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    /** The name without control characters, cut to {@value #MAX} characters keeping its extension. */
    static String shortened(String fileName) {
        String name =
                fileName == null ? "" : fileName.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "document.pdf";
        }
        if (name.codePointCount(0, name.length()) <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX - extension.length();
        return base.substring(0, base.offsetByCodePoints(0, Math.min(keep, base.codePointCount(0, base.length()))))
                + extension;
    }
}
