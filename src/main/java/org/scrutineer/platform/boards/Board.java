package org.scrutineer.platform.boards;

/** A Policy and Performance Board (or other committee) whose remit reports are made to. */
public record Board(long id, String code, String name, String shortName) {
}
