package org.scrutineer.finance.domain;

import java.util.Locale;

/** The words officers write under a statement, generated from the figures for them to edit. */
public final class BudgetPhrase {
    private BudgetPhrase() {}

    /** £'000 as £m to three decimals: 51 → "£0.051m". */
    public static String millions(long thousands) {
        return String.format(Locale.UK, "£%,.3fm", Math.abs(thousands) / 1000.0);
    }

    /** "£0.051m under the budget profile" for a positive (under) variance, "over" for an overspend. */
    public static String position(long variance) {
        if (variance == 0) {
            return "on the budget profile";
        }
        return millions(variance) + (variance > 0 ? " under" : " over") + " the budget profile";
    }

    /** "forecast to be £2.635m over budget at the end of the year" from the forecast outturn variance. */
    public static String forecast(long forecastOutturn) {
        if (forecastOutturn == 0) {
            return "forecast to be on budget at the end of the year";
        }
        return "forecast to be " + millions(forecastOutturn) + (forecastOutturn > 0 ? " under" : " over")
                + " budget at the end of the year";
    }
}
