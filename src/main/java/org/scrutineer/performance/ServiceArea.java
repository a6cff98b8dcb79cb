package org.scrutineer.performance;

/** A service area within a board's remit, such as Adult Social Care or Public Health. */
public record ServiceArea(long id, String code, String name, long boardId) {}
