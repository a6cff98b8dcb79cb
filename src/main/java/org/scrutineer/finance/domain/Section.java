package org.scrutineer.finance.domain;

/** The blocks of a revenue budget statement, in the order they are printed. */
public enum Section {
    EXPENDITURE,
    INCOME,
    RECHARGES,
    SUMMARY
}
