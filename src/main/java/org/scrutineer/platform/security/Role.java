package org.scrutineer.platform.security;

/** Who a signed-in person is. Visitors who are not signed in are the public and read only what is published. */
public enum Role {
    /** A councillor: reads everything of the boards they sit on, drafts included. */
    MEMBER,
    /** A council officer: enters and edits data, prepares and publishes reports. */
    OFFICER,
    /** Manages users, boards and reference data. */
    ADMIN
}
