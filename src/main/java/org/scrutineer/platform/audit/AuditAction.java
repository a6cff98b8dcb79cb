package org.scrutineer.platform.audit;

import org.springframework.modulith.NamedInterface;

@NamedInterface("audit")
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    PUBLISH,
    IMPORT,
    /** Someone signed in (a form or an HTTP Basic call). */
    SIGN_IN,
    /** A sign-in was refused: a wrong username or password, a disabled account, or too many attempts. */
    SIGN_IN_FAILED;

    public String code() {
        return name().toLowerCase();
    }
}
