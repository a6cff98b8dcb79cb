package org.scrutineer.assurance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How quality statement scores become a percentage and a rating: the sum of the scores over 4 × the statements scored,
 * rounded up to a whole-number percentage, then the band it falls in. The regulator publishes the ceiling of the exact
 * figure (Hartlepool's 25/36 = 69.4% is printed 70%, North Somerset's 21/36 = 58.3% is printed 59%). The bands are data with a version because the
 * regulator may revise them.
 *
 * @param bands each rating with the lowest whole percentage that earns it, lowest rating first
 */
public record RatingRule(String version, List<Band> bands) {

    public record Band(Rating rating, int from) {}

    /** The regulator's bands for local authority assessments ("How we determine ratings"): 25–38, 39–62, 63–87, 88+. */
    public static final RatingRule CQC_LOCAL_AUTHORITY = new RatingRule(
            "CQC local authority assessment, 2023",
            List.of(
                    new Band(Rating.INADEQUATE, 25), new Band(Rating.REQUIRES_IMPROVEMENT, 39),
                    new Band(Rating.GOOD, 63), new Band(Rating.OUTSTANDING, 88)));

    /** The rule a framework names by its version. */
    public static RatingRule byVersion(String version) {
        if (CQC_LOCAL_AUTHORITY.version().equals(version)) {
            return CQC_LOCAL_AUTHORITY;
        }
        throw new IllegalArgumentException("No rating rule " + version);
    }

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    public RatingRule {
        bands = List.copyOf(bands);
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from() <= bands.get(i - 1).from()) {
                throw new IllegalArgumentException("Rating bands must rise: " + bands);
            }
        }
    }

    /**
     * Rates one score per quality statement, in framework order. A statement the regulator did not assess is given as
     * {@link Score#notAssessed(String)}; every statement of the framework must be given one way or the other.
     *
     * @throws InvalidScores naming every statement whose score is missing or out of range
     */
    public Result rate(List<Score> scores, int statementsInFramework) {
        List<Problem> problems = new ArrayList<>();
        if (scores.size() != statementsInFramework) {
            problems.add(new Problem(
                    -1,
                    "Expected " + statementsInFramework + " scores, one for each quality statement, but got "
                            + scores.size()));
        }
        int total = 0;
        int scored = 0;
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (s.value() == null && !s.notAssessed()) {
                problems.add(new Problem(i, "Enter a score for " + s.statement() + ", or mark it not assessed"));
            } else if (s.value() != null && (s.value() < LOWEST || s.value() > HIGHEST)) {
                problems.add(
                        new Problem(i, "The score for " + s.statement() + " must be from 1 to 4, not " + s.value()));
            } else if (s.value() != null) {
                total += s.value();
                scored++;
            }
        }
        if (problems.isEmpty() && scored == 0) {
            problems.add(new Problem(-1, "At least one quality statement must be scored"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidScores(problems);
        }
        int maximum = HIGHEST * scored;
        BigDecimal exact =
                BigDecimal.valueOf(100L * total).divide(BigDecimal.valueOf(maximum), 1, RoundingMode.HALF_UP);
        int percentage = BigDecimal.valueOf(100L * total)
                .divide(BigDecimal.valueOf(maximum), 0, RoundingMode.CEILING)
                .intValueExact();
        int index = bandIndex(percentage);
        Band band = bands.get(index);
        Distance below =
                index == 0 ? null : new Distance(bands.get(index - 1).rating(), percentage - (band.from() - 1));
        Distance above = index == bands.size() - 1
                ? null
                : new Distance(
                        bands.get(index + 1).rating(), bands.get(index + 1).from() - percentage);
        return new Result(total, maximum, scored, exact, percentage, band.rating(), below, above, version);
    }

    private int bandIndex(int percentage) {
        for (int i = bands.size() - 1; i >= 0; i--) {
            if (percentage >= bands.get(i).from()) {
                return i;
            }
        }
        return 0;
    }

    /** A statement's score, or none where it was not assessed. */
    public record Score(String statement, Integer value, boolean notAssessed) {
        public static Score of(String statement, Integer value) {
            return new Score(statement, value, false);
        }

        public static Score notAssessed(String statement) {
            return new Score(statement, null, true);
        }
    }

    /** Points (whole percentage points) between the result and a neighbouring band. */
    public record Distance(Rating rating, int points) {}

    /**
     * @param exact      the percentage to one decimal place, shown beside the rounded figure
     * @param bandBelow  how many points above the top of the band below (null when there is none)
     * @param bandAbove  how many points short of the band above (null when there is none)
     */
    public record Result(
            int total,
            int maximum,
            int statementsScored,
            BigDecimal exact,
            int percentage,
            Rating rating,
            Distance bandBelow,
            Distance bandAbove,
            String ruleVersion) {

        /** "64% (23/36 = 63.9%)" */
        public String fraction() {
            return total + "/" + maximum + " = " + exact.toPlainString() + "%";
        }

        /** "2 points above Requires improvement; 24 points below Outstanding" */
        public String distances() {
            List<String> parts = new ArrayList<>();
            if (bandBelow != null) {
                parts.add(points(bandBelow.points()) + " above "
                        + bandBelow.rating().words());
            }
            if (bandAbove != null) {
                parts.add(points(bandAbove.points()) + " below "
                        + bandAbove.rating().words());
            }
            return String.join("; ", parts);
        }

        private static String points(int n) {
            return n + (n == 1 ? " point" : " points");
        }
    }

    /** What is wrong, and with which score (its index in framework order; -1 for the scores as a whole). */
    public record Problem(int index, String message) {}

    /** Scores that cannot be rated, with one message per problem. */
    public static final class InvalidScores extends IllegalArgumentException {
        private final List<Problem> problems;

        public InvalidScores(List<Problem> problems) {
            super(String.join("; ", problems.stream().map(Problem::message).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
