package org.scrutineer.finance.domain;

/** A statement row: an ordinary line, a printed total or sub-total, or a heading with no figures. */
public enum RowKind {
    LINE,
    TOTAL,
    HEADING
}
