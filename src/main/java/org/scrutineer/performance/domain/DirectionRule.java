package org.scrutineer.performance.domain;

/**
 * Direction of Travel: Green when better than the comparison figure (the previous one reported),
 * Amber when the same, Red when worse, N/A when there is nothing to compare or no polarity.
 */
final class DirectionRule {
    private DirectionRule() {}

    public static Judgement assess(Polarity polarity, Figure current, Figure previous) {
        if (polarity == Polarity.NONE) {
            return new Judgement(
                    Symbol.NOT_APPLICABLE, "The indicator has no polarity, so better or worse cannot be said.");
        }
        if (current == null || !current.available()) {
            return new Judgement(Symbol.NOT_APPLICABLE, "No current figure to compare.");
        }
        if (previous == null || !previous.available()) {
            return new Judgement(Symbol.NOT_APPLICABLE, "No earlier figure to compare with.");
        }
        int better = polarity.compareBetter(current.value(), previous.value());
        String against = current.value().toPlainString() + " ("
                + current.period().label() + ") against " + previous.value().toPlainString() + " ("
                + previous.period().label() + "), " + polarity.words();
        if (better > 0) {
            return new Judgement(Symbol.GREEN, "Better: " + against + ".");
        }
        if (better == 0) {
            return new Judgement(Symbol.AMBER, "The same: " + against + ".");
        }
        return new Judgement(Symbol.RED, "Worse: " + against + ".");
    }
}
