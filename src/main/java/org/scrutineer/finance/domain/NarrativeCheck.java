package org.scrutineer.finance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the figures a report's text quotes: a paragraph reference given for an amount must point to the paragraph
 * that states that amount, and a percentage must follow, at its printed precision, from figures the same sentence
 * quotes and figures of the paragraph or of the report's tables (a share a ÷ b or a change (a − b) ÷ b).
 * A sentence with a percentage but no figure of its own is not checked: nothing in the report says what it is of.
 */
public final class NarrativeCheck {

    /** A quoted figure that does not follow: where, what the text says, what the figures give, and why. */
    public record Finding(String paragraph, String quoted, String expected, String rule) {
    }

    private static final Pattern MONEY = Pattern.compile("£\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(bn|m|k)?(?![a-z])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern REFERENCE = Pattern.compile("\\bpara(?:graph)?s?\\.?\\s+(\\d+\\.\\d+)", Pattern.CASE_INSENSITIVE);
    // years and financial years (2024/25, 24/25) are dates, not operands
    private static final Pattern YEAR = Pattern.compile("\\b\\d{2,4}/\\d{2}\\b|\\b(?:19|20)\\d{2}\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\d.,]*\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(])");

    private NarrativeCheck() {
    }

    /**
     * @param paragraphs  the report's numbered paragraphs in order, number to text
     * @param tableFigures the figures of the report's tables, in £'000 as printed
     */
    public static List<Finding> check(Map<String, String> paragraphs, List<BigDecimal> tableFigures) {
        Map<String, List<BigDecimal>> amounts = new LinkedHashMap<>();
        paragraphs.forEach((number, text) -> amounts.put(number, money(text)));
        List<Finding> findings = new ArrayList<>();
        paragraphs.forEach((number, text) -> {
            List<BigDecimal> paragraphOperands = operands(text);
            for (String sentence : SENTENCE_END.split(text)) {
                references(number, sentence, amounts, findings);
                percentages(number, sentence, paragraphOperands, tableFigures, findings);
            }
        });
        return findings;
    }

    private static void references(String number, String sentence, Map<String, List<BigDecimal>> amounts, List<Finding> findings) {
        Matcher m = REFERENCE.matcher(sentence);
        List<BigDecimal> cited = money(sentence);
        while (m.find()) {
            String target = m.group(1);
            if (cited.isEmpty()) {
                continue;
            }
            if (!amounts.containsKey(target)) {
                findings.add(new Finding(number, m.group(), "a paragraph of this report",
                        "the report has no paragraph " + target));
                continue;
            }
            for (BigDecimal amount : cited) {
                if (contains(amounts.get(target), amount)) {
                    continue;
                }
                String holder = amounts.entrySet().stream()
                        .filter(e -> !e.getKey().equals(number) && contains(e.getValue(), amount))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (holder != null) {
                    findings.add(new Finding(number, m.group(), "para " + holder,
                            "the " + pounds(amount) + " it is cited for is stated in para " + holder + ", not in para " + target));
                }
            }
        }
    }

    private static void percentages(String number, String sentence, List<BigDecimal> paragraphOperands,
                                    List<BigDecimal> tableFigures, List<Finding> findings) {
        List<BigDecimal> own = operands(sentence);
        if (own.isEmpty()) {
            return;
        }
        List<BigDecimal> others = new ArrayList<>(paragraphOperands);
        others.addAll(tableFigures.stream().map(BigDecimal::abs).filter(v -> v.signum() > 0).toList());
        Matcher m = PERCENT.matcher(sentence);
        while (m.find()) {
            BigDecimal printed = new BigDecimal(m.group(1));
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(printed.scale()).divide(BigDecimal.valueOf(2));
            BigDecimal nearest = null;
            String nearestHow = null;
            boolean found = false;
            for (BigDecimal a : own) {
                for (BigDecimal b : others) {
                    if (b.signum() == 0 || a.compareTo(b) == 0) {
                        continue;
                    }
                    for (boolean change : new boolean[]{true, false}) {
                        if (change && !own.contains(b)) {
                            continue; // a change is between two figures the sentence itself compares
                        }
                        BigDecimal top = change ? a.subtract(b).abs() : a;
                        BigDecimal value = top.multiply(BigDecimal.valueOf(100)).divide(b, 6, RoundingMode.HALF_UP);
                        BigDecimal gap = value.subtract(printed).abs();
                        if (gap.compareTo(tolerance) <= 0) {
                            found = true;
                        }
                        if (nearest == null || gap.compareTo(nearest.subtract(printed).abs()) < 0) {
                            nearest = value;
                            nearestHow = change ? "(" + plain(a) + " − " + plain(b) + ") ÷ " + plain(b) : plain(a) + " ÷ " + plain(b);
                        }
                    }
                }
            }
            if (!found && nearest != null) {
                BigDecimal shown = nearest.setScale(Math.max(printed.scale(), 1), RoundingMode.HALF_UP);
                findings.add(new Finding(number, m.group(), nearest.setScale(printed.scale(), RoundingMode.HALF_UP).toPlainString() + "%",
                        "no two of the figures quoted gives " + m.group() + " at its printed precision; the nearest is "
                                + nearestHow + " = " + shown.toPlainString() + "%"));
            }
        }
    }

    /** The money amounts a text states, in £'000. */
    static List<BigDecimal> money(String text) {
        List<BigDecimal> result = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            String scale = m.group(2) == null ? "" : m.group(2);
            result.add(switch (scale) {
                case "bn" -> v.movePointRight(6);
                case "m" -> v.movePointRight(3);
                case "k" -> v;
                default -> v.movePointLeft(3);
            });
        }
        return result;
    }

    /** The figures a text quotes that can be operands: money in £'000 and plain counts; not percentages, years or references. */
    static List<BigDecimal> operands(String text) {
        List<BigDecimal> result = new ArrayList<>(money(text));
        String rest = MONEY.matcher(text).replaceAll(" ");
        rest = PERCENT.matcher(rest).replaceAll(" ");
        rest = REFERENCE.matcher(rest).replaceAll(" ");
        rest = YEAR.matcher(rest).replaceAll(" ");
        Matcher m = NUMBER.matcher(rest);
        while (m.find()) {
            result.add(new BigDecimal(m.group().replace(",", "")));
        }
        return result;
    }

    private static boolean contains(List<BigDecimal> values, BigDecimal v) {
        return values.stream().anyMatch(x -> x.compareTo(v) == 0);
    }

    private static String pounds(BigDecimal thousands) {
        return "£" + thousands.movePointLeft(3).stripTrailingZeros().toPlainString() + "m";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
