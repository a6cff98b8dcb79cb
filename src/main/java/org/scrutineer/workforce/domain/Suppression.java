package org.scrutineer.workforce.domain;

/**
 * Small numbers in anything published. Scrutineer's rule: a count of 1 to 4 is published as "fewer than 5", and a
 * proportion or likelihood that rests on such a count (an outcome or a base of either group compared) is withheld, as
 * it could be worked back to the count. A count of 0 is published: it identifies no one. Published tables give white,
 * Black, Asian and minority ethnic, and "not known" staff, not the five groups, so that no small group can be found by
 * subtraction. Signed-in officers and members see the return's own figures.
 */
public final class Suppression {
    public static final int THRESHOLD = 5;
    public static final String WORDS = "fewer than " + THRESHOLD;

    private Suppression() {}

    public static boolean hides(Integer n) {
        return n != null && n > 0 && n < THRESHOLD;
    }

    /** The count as published: the number, "fewer than 5", or "not provided". */
    public static String count(Integer n) {
        if (n == null) {
            return "not provided";
        }
        return hides(n) ? WORDS : String.format(java.util.Locale.UK, "%,d", n);
    }

    /** Whether a likelihood from these four counts is withheld from what is published. */
    public static boolean withholds(int minoritisedOutcome, int minoritisedBase, int whiteOutcome, int whiteBase) {
        return hides(minoritisedOutcome) || hides(minoritisedBase) || hides(whiteOutcome) || hides(whiteBase);
    }
}
