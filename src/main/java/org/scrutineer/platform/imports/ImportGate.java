package org.scrutineer.platform.imports;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One large import at a time, whichever feature it is for: every file read through {@link TabularFile} that is an
 * Excel workbook (what it unzips to is known only as it is read) or a CSV of more than {@value #LARGE_BYTES} bytes
 * passes this gate. A second waits up to {@value #WAIT_SECONDS} seconds (long enough for a small workbook ahead of it)
 * and is then refused with {@link ImportBusy}, which says to try again, rather than keep a request, a database
 * connection and memory waiting behind a load that takes most of a minute.
 */
final class ImportGate {
    static final int LARGE_BYTES = 1024 * 1024;
    static final int WAIT_SECONDS = 2;
    private static final Semaphore GATE = new Semaphore(1, true);

    private ImportGate() {}

    /** Held while a large file is read; closing it lets the next one in. */
    public interface Pass extends AutoCloseable {
        @Override
        void close();
    }

    public static Pass enter(String fileName) {
        try {
            if (!GATE.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ImportBusy(fileName);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportBusy(fileName);
        }
        boolean[] closed = {false};
        return () -> {
            if (!closed[0]) {
                closed[0] = true;
                GATE.release();
            }
        };
    }
}
