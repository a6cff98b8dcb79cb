package org.scrutineer.platform.demo;

/** A feature's part of the demo data. Loaders run in order, inside one transaction, on an empty database. */
public interface DemoData {
    int order();

    void load();
}
