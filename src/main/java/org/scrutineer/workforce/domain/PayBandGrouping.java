package org.scrutineer.workforce.domain;

import java.util.List;
import java.util.Optional;

/**
 * How indicator 1's twelve pay bands are grouped for showing. The council's data report groups them under £40,000,
 * £40,000 to £79,999 and £80,000 and over; the national report under £30,000, £30,000 to £69,999 and £70,000 and
 * over, which is why the two cannot be compared like for like (board report 3.5.1). Any grouping of consecutive bands
 * covering all twelve can be made with {@link #of}.
 */
public record PayBandGrouping(String code, String words, List<Range> ranges) {
    public record Range(String label, int fromBand, int toBand) {
        public boolean includes(Measure band) {
            return band.bandNumber() >= fromBand && band.bandNumber() <= toBand;
        }
    }

    public static final PayBandGrouping COUNCIL = new PayBandGrouping(
            "council",
            "As the council's data report groups them",
            List.of(
                    new Range("Less than £40,000", 1, 4),
                    new Range("£40,000 to £79,999", 5, 9),
                    new Range("£80,000 and over", 10, 12)));
    public static final PayBandGrouping NATIONAL = new PayBandGrouping(
            "national",
            "As the national report groups them",
            List.of(
                    new Range("Less than £30,000", 1, 2),
                    new Range("£30,000 to £69,999", 3, 8),
                    new Range("£70,000 and over", 9, 12)));

    public PayBandGrouping {
        ranges = List.copyOf(ranges);
        int next = 1;
        for (Range r : ranges) {
            if (r.fromBand() != next || r.toBand() < r.fromBand() || r.toBand() > 12) {
                throw new IllegalArgumentException("The ranges must run through bands 1 to 12 in order, each once");
            }
            next = r.toBand() + 1;
        }
        if (next != 13) {
            throw new IllegalArgumentException("The ranges must cover all 12 pay bands");
        }
    }

    public static PayBandGrouping of(String code, String words, List<Range> ranges) {
        return new PayBandGrouping(code, words, ranges);
    }

    public static List<PayBandGrouping> all() {
        return List.of(COUNCIL, NATIONAL);
    }

    public static Optional<PayBandGrouping> byCode(String code) {
        return all().stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
