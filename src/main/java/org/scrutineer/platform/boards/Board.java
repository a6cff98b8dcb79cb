package org.scrutineer.platform.boards;

import org.springframework.modulith.NamedInterface;

/** A Policy and Performance Board (or other committee) whose remit reports are made to. */
@NamedInterface("boards")
public record Board(long id, String code, String name, String shortName) {}
