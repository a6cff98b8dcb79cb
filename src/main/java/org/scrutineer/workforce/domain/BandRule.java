package org.scrutineer.workforce.domain;

import java.math.BigDecimal;
import org.scrutineer.performance.domain.Symbol;

/**
 * A relative likelihood in the board's performance framework: progress is Green inside the band 0.80 to 1.25 and Red
 * outside it (where the methodology asks for monitoring and policy action), N/A with no figure; direction is Green when
 * the likelihood moved nearer 1.00 (equality) since the year before, Red when further, Amber when no nearer or further.
 */
public final class BandRule {
    private BandRule() {}

    public static Symbol progress(Likelihood l) {
        if (!l.computed()) {
            return Symbol.NOT_APPLICABLE;
        }
        return l.withinBand() ? Symbol.GREEN : Symbol.RED;
    }

    public static Symbol direction(Likelihood before, Likelihood now) {
        if (!before.computed() || !now.computed()) {
            return Symbol.NOT_APPLICABLE;
        }
        int cmp = now.value()
                .subtract(BigDecimal.ONE)
                .abs()
                .compareTo(before.value().subtract(BigDecimal.ONE).abs());
        return cmp < 0 ? Symbol.GREEN : cmp > 0 ? Symbol.RED : Symbol.AMBER;
    }
}
