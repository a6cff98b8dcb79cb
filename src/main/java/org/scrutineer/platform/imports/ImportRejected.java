package org.scrutineer.platform.imports;

import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * An upload that was refused whole: nothing was written. Every error found is counted and the first
 * {@value RowErrors#LISTED} are listed (see {@link RowErrors}).
 */
@NamedInterface("imports")
public class ImportRejected extends RuntimeException {
    private final String fileName;
    private final List<RowError> errors;
    private final int count;

    public ImportRejected(String fileName, RowErrors errors) {
        super(message(fileName, errors.size()));
        this.fileName = fileName;
        this.errors = errors.listed();
        this.count = errors.size();
    }

    public ImportRejected(String fileName, List<RowError> errors) {
        this(fileName, of(errors));
    }

    public static ImportRejected single(String fileName, String reason) {
        return new ImportRejected(fileName, List.of(new RowError(0, "", reason)));
    }

    private static RowErrors of(List<RowError> list) {
        RowErrors errors = new RowErrors();
        list.forEach(errors::add);
        return errors;
    }

    private static String message(String fileName, int count) {
        return "The file " + fileName + " was not imported: " + String.format(Locale.UK, "%,d", count)
                + (count == 1 ? " error" : " errors")
                + (count > RowErrors.LISTED
                        ? " (the first " + String.format(Locale.UK, "%,d", RowErrors.LISTED) + " are listed)"
                        : "");
    }

    public String fileName() {
        return fileName;
    }

    /** The errors listed: all of them, or the first {@value RowErrors#LISTED}. */
    public List<RowError> errors() {
        return errors;
    }

    /** How many errors were found, listed or not. */
    public int errorCount() {
        return count;
    }

    /** How many errors were found beyond those listed. */
    public int notListed() {
        return count - errors.size();
    }
}
