package org.scrutineer.performance.domain;

/** A computed judgement and, where an officer replaced it, the override. The final symbol is what reports print. */
public record Assessment(Judgement computed, SymbolOverride override) {
    public Symbol symbol() {
        return override != null ? override.symbol() : computed.symbol();
    }

    public boolean overridden() {
        return override != null;
    }
}
