package org.scrutineer.performance.domain;

import java.util.Objects;

/** A computed symbol with the reason it was computed, so officers and members can see why. */
public record Judgement(Symbol symbol, String reason) {
    public Judgement {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(reason, "reason");
    }
}
