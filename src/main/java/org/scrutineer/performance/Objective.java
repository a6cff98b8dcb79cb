package org.scrutineer.performance;

/** A key objective of a service area with its milestone. */
public record Objective(long id, String ref, long serviceAreaId, String title, String milestone) {}
