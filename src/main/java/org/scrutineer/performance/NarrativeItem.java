package org.scrutineer.performance;

/** A key development or emerging issue written for a quarter's report. */
public record NarrativeItem(String heading, String text) {}
