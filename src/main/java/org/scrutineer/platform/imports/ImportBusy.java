package org.scrutineer.platform.imports;

/** A large import asked for while another is running: nothing was read, and the uploader is told to try again. */
public class ImportBusy extends RuntimeException {
    /** What the answer's Retry-After says: the figures test's 1.44 million rows take well under a minute. */
    public static final int RETRY_AFTER_SECONDS = 60;

    private final String fileName;

    public ImportBusy(String fileName) {
        super(
                "Another large file is being imported now, and Scrutineer imports one at a time. Nothing was imported from "
                        + fileName + ": upload it again in a minute");
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
