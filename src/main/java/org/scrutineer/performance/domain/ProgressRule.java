package org.scrutineer.performance.domain;

/**
 * Current Progress of an indicator against its annual target (seed appendix "Explanation of Symbols"):
 * a final figure covering a whole year either meets the target (Green) or does not (Red);
 * an in-year or provisional figure, or no figure yet, is Amber (too early to say) unless the indicator's
 * projection says otherwise; with no target or no polarity, progress cannot be judged (N/A).
 */
final class ProgressRule {
    private ProgressRule() {}

    public static Judgement assess(Polarity polarity, Figure current, Target target, Projection projection) {
        if (polarity == Polarity.NONE) {
            return new Judgement(
                    Symbol.NOT_APPLICABLE, "The indicator has no polarity, so there is no target to be on course for.");
        }
        if (target == null) {
            return new Judgement(Symbol.NOT_APPLICABLE, "No target is set.");
        }
        if (current == null || !current.available()) {
            return new Judgement(Symbol.AMBER, "No figure is available yet: too early to say.");
        }
        boolean meets = polarity.compareBetter(current.value(), target.value()) >= 0;
        String comparison = current.value().toPlainString() + (meets ? " meets" : " does not meet") + " the target of "
                + target.value().toPlainString() + " (" + polarity.words() + ")";
        boolean finalAnnual =
                current.status() == ValueStatus.FINAL && current.period().coversWholeYear();
        if (finalAnnual) {
            return new Judgement(meets ? Symbol.GREEN : Symbol.RED, comparison + ".");
        }
        String why = current.status() == ValueStatus.PROVISIONAL
                ? "provisional"
                : "in-year (" + current.period().label() + ")";
        if (projection == Projection.YEAR_TO_DATE) {
            return new Judgement(
                    meets ? Symbol.GREEN : Symbol.RED,
                    "The figure is " + why + "; projected on its year-to-date value, " + comparison + ".");
        }
        return new Judgement(
                Symbol.AMBER, "The figure is " + why + ": too early to say whether the annual target will be met.");
    }
}
