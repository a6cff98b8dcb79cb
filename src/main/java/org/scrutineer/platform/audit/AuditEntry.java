package org.scrutineer.platform.audit;

import java.time.Instant;

/** One line of the audit trail, with old and new values as JSON text. */
public record AuditEntry(
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityKey,
        String oldValue,
        String newValue,
        String note) {
    public String when() {
        return org.scrutineer.platform.web.LondonTime.dateTime(at);
    }
}
