package org.scrutineer.benchmarking;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A PostgreSQL COPY fed from another thread: the reader of the file appends rows, and chunks of about 1 MB are handed
 * to a writer thread that sends them while the next chunk is parsed. Abandoned (cancelled) when the file turns out to
 * have errors, so nothing of it lands.
 */
final class CopyWriter implements AutoCloseable {
    private static final int CHUNK = 1 << 20;
    private static final StringBuilder END = new StringBuilder();
    private final CopyIn in;
    /** Chunks of text handed to the writer thread, which also encodes them: the reader's thread has enough to do. */
    private final BlockingQueue<StringBuilder> chunks = new ArrayBlockingQueue<>(4);

    private final Thread thread;
    private StringBuilder chunk = new StringBuilder(CHUNK + 4096);
    private volatile SQLException failure;
    private boolean done;

    CopyWriter(Connection connection, String copySql) {
        try {
            in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start copying rows into PostgreSQL", e);
        }
        thread = new Thread(this::send, "benchmark-copy");
        thread.setDaemon(true);
        thread.start();
    }

    /** The row being built: append tab-separated fields in COPY's text format, then call {@link #endRow()}. */
    StringBuilder row() {
        return chunk;
    }

    void endRow() {
        chunk.append('\n');
        if (chunk.length() >= CHUNK) {
            hand(chunk);
            chunk = new StringBuilder(CHUNK + 4096);
        }
    }

    /** Sends what is left and ends the COPY; returns the rows PostgreSQL took. */
    long finish() {
        if (!chunk.isEmpty()) {
            hand(chunk);
            chunk = new StringBuilder();
        }
        hand(END);
        join();
        if (failure != null) {
            throw new IllegalStateException(
                    "Copying the checked rows into PostgreSQL failed: " + failure.getMessage(), failure);
        }
        try {
            done = true;
            return in.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Copying the checked rows into PostgreSQL failed: " + e.getMessage(), e);
        }
    }

    private void hand(StringBuilder text) {
        try {
            while (!chunks.offer(text, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return; // the writer stopped on an error: finish() reports it
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while copying rows into PostgreSQL", e);
        }
    }

    private void send() {
        try {
            while (true) {
                StringBuilder text = chunks.take();
                if (text == END) {
                    return;
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
            }
        } catch (SQLException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!done) {
            thread.interrupt();
            join();
            try {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            } catch (SQLException e) {
                // the transaction rolls back in any case
            }
        }
    }

    /** Appends text in COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
    static void text(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    static void number(StringBuilder out, Double value) {
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value.doubleValue());
        }
    }

    /**
     * A number as the file wrote it ({@code text}, checked to be a plain decimal number that Java read as {@code
     * value}): PostgreSQL reads it to the same double. Zero and numbers too small to be normal are written anew, as
     * PostgreSQL refuses a text that rounds to zero such as 1e-400.
     */
    static void number(StringBuilder out, Double value, String text) {
        if (value == null || Math.abs(value) < Double.MIN_NORMAL) {
            number(out, value);
        } else {
            out.append(text);
        }
    }
}
