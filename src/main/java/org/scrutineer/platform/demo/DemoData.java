package org.scrutineer.platform.demo;

import org.springframework.modulith.NamedInterface;

/** A feature's part of the demo data. Loaders run in order, inside one transaction, on an empty database. */
@NamedInterface("demo")
public interface DemoData {
    int order();

    void load();
}
