package org.scrutineer.platform.imports;

import java.util.List;

/** An upload that was refused whole: nothing was written, and every error found is listed. */
public class ImportRejected extends RuntimeException {
    private final String fileName;
    private final List<RowError> errors;

    public ImportRejected(String fileName, List<RowError> errors) {
        super("The file " + fileName + " was not imported: " + errors.size() + (errors.size() == 1 ? " error" : " errors"));
        this.fileName = fileName;
        this.errors = List.copyOf(errors);
    }

    public static ImportRejected single(String fileName, String reason) {
        return new ImportRejected(fileName, List.of(new RowError(0, "", reason)));
    }

    public String fileName() {
        return fileName;
    }

    public List<RowError> errors() {
        return errors;
    }
}
