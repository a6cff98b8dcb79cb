package org.scrutineer.performance.domain;

import java.time.Instant;
import java.util.Objects;

/** An officer's replacement of a computed symbol. A reason is required; the computed symbol is kept beside it. */
public record SymbolOverride(Symbol symbol, String reason, String by, Instant at) {
    public SymbolOverride {
        Objects.requireNonNull(symbol, "symbol");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a reason");
        }
    }
}
