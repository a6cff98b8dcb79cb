package org.scrutineer.platform.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, PUBLISH, IMPORT;

    public String code() {
        return name().toLowerCase();
    }
}
