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
 * that states that amount, and a percentage the text gives as a relation between figures ("an increase of 2.8%",
 * "2.81% of the net budget", "£33.555m (22%)") must follow, at its printed precision, from the figures the same
 * sentence quotes: a share a ÷ b, a change (a − b) ÷ b, or a sum added to bring a total to b as a share of what the
 * total was, a ÷ (b − a). Where the sentence quotes a single figure, the other may come from its paragraph (a share or
 * a change) or from the report's tables (a share). A sentence with a percentage but no figure of its own is not
 * checked (nothing in the report says what it is of), nor is a percentage that names a rate ("the 3.2% pay offer",
 * "inflation of 2%"): it is not worked out from the report's figures.
 */
public final class NarrativeCheck {

    /** A quoted figure that does not follow: where, what the text says, what the figures give, and why. */
    public record Finding(String paragraph, String quoted, String expected, String rule) {}

    private static final Pattern MONEY = Pattern.compile("£\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(bn|m|k)?(?![a-z])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");
    private static final Pattern REFERENCE =
            Pattern.compile("\\bpara(?:graph)?s?\\.?\\s+(\\d+\\.\\d+)", Pattern.CASE_INSENSITIVE);
    // years and financial years (2024/25, 24/25) are dates, not operands
    private static final Pattern YEAR = Pattern.compile("\\b\\d{2,4}/\\d{2}\\b|\\b(?:19|20)\\d{2}\\b");
    // dates such as "31 May 2025" are not operands either
    private static final Pattern DAY =
            Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August|"
                    + "September|October|November|December)\\b");
    // words that present a percentage as a relation between figures, before it or after it
    private static final Pattern RELATION_BEFORE = Pattern.compile(
            "(?:(?:increase|decrease|reduction|rise|fall|growth|drop|change)\\s+of"
                    + "|\\bis|\\bwas|\\bare|\\bwere|\\bbe|represents?|accounts?\\s+for|\\()\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATION_AFTER = Pattern.compile(
            "^\\s*(?:of\\b|lower|higher|more|less|above|below|over|under|up\\b|down\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\d.,]*\\d)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z(£])");

    private NarrativeCheck() {}

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
                percentages(number, text, sentence, paragraphOperands, tableFigures, findings);
            }
        });
        return findings;
    }

    private static void references(
            String number, String sentence, Map<String, List<BigDecimal>> amounts, List<Finding> findings) {
        Matcher m = REFERENCE.matcher(sentence);
        List<BigDecimal> cited = money(sentence);
        while (m.find()) {
            String target = m.group(1);
            if (cited.isEmpty()) {
                continue;
            }
            if (!amounts.containsKey(target)) {
                findings.add(new Finding(
                        number, m.group(), "a paragraph of this report", "the report has no paragraph " + target));
                continue;
            }
            for (BigDecimal amount : cited) {
                if (contains(amounts.get(target), amount)) {
                    continue;
                }
                String holder = amounts.entrySet().stream()
                        .filter(e -> !e.getKey().equals(number) && contains(e.getValue(), amount))
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
                if (holder != null) {
                    findings.add(new Finding(
                            number,
                            m.group(),
                            "para " + holder,
                            "the " + pounds(amount) + " it is cited for is stated in para " + holder + ", not in para "
                                    + target));
                }
            }
        }
    }

    private static void percentages(
            String number,
            String paragraph,
            String sentence,
            List<BigDecimal> paragraphOperands,
            List<BigDecimal> tableFigures,
            List<Finding> findings) {
        List<BigDecimal> own = operands(sentence);
        if (own.isEmpty()) {
            return;
        }
        List<BigDecimal> money = money(sentence);
        Map<BigDecimal, String> printedAs = printedForms(paragraph);
        Matcher m = PERCENT.matcher(sentence);
        while (m.find()) {
            if (!RELATION_BEFORE.matcher(sentence.substring(0, m.start())).find()
                    && !RELATION_AFTER.matcher(sentence.substring(m.end())).find()) {
                continue; // a rate, not a relation between the report's figures
            }
            BigDecimal printed = new BigDecimal(m.group(1));
            BigDecimal tolerance = BigDecimal.ONE.movePointLeft(printed.scale()).divide(BigDecimal.valueOf(2));
            List<Candidate> candidates = new ArrayList<>();
            if (own.size() > 1) {
                for (BigDecimal a : own) {
                    for (BigDecimal b : own) {
                        if (a.compareTo(b) != 0) {
                            candidates.add(share(a, b, printedAs));
                            candidates.add(change(a, b, printedAs));
                            if (contains(money, a) && contains(money, b) && b.compareTo(a) > 0) {
                                candidates.add(addedTo(a, b, printedAs));
                            }
                        }
                    }
                }
            } else {
                BigDecimal a = own.get(0);
                for (BigDecimal b : paragraphOperands) {
                    if (a.compareTo(b) != 0) {
                        candidates.add(share(a, b, printedAs));
                        candidates.add(change(a, b, printedAs));
                        candidates.add(change(b, a, printedAs));
                    }
                }
                tableFigures.stream()
                        .map(BigDecimal::abs)
                        .filter(b -> b.signum() > 0 && a.compareTo(b) != 0)
                        .forEach(b -> candidates.add(share(a, b, printedAs)));
            }
            Candidate nearest = null;
            boolean found = false;
            for (Candidate c : candidates) {
                if (c == null) {
                    continue;
                }
                BigDecimal gap = c.value().subtract(printed).abs();
                found |= gap.compareTo(tolerance) <= 0;
                if (nearest == null
                        || gap.compareTo(nearest.value().subtract(printed).abs()) < 0) {
                    nearest = c;
                }
            }
            if (!found && nearest != null) {
                BigDecimal shown = nearest.value().setScale(Math.max(printed.scale(), 1), RoundingMode.HALF_UP);
                findings.add(new Finding(
                        number,
                        m.group(),
                        nearest.value()
                                        .setScale(printed.scale(), RoundingMode.HALF_UP)
                                        .toPlainString() + "%",
                        "no two of the figures quoted gives " + m.group() + " at its printed precision; the nearest is "
                                + nearest.how() + " = " + shown.toPlainString() + "%"));
            }
        }
    }

    /** A percentage two figures give, and how. */
    private record Candidate(BigDecimal value, String how) {}

    private static Candidate share(BigDecimal a, BigDecimal b, Map<BigDecimal, String> as) {
        return b.signum() == 0 ? null : new Candidate(percent(a, b), shown(a, as) + " ÷ " + shown(b, as));
    }

    private static Candidate change(BigDecimal a, BigDecimal b, Map<BigDecimal, String> as) {
        return b.signum() == 0
                ? null
                : new Candidate(
                        percent(a.subtract(b).abs(), b),
                        "(" + shown(a, as) + " − " + shown(b, as) + ") ÷ " + shown(b, as));
    }

    /** A sum a added to bring a total to b, as a share of what the total was. */
    private static Candidate addedTo(BigDecimal a, BigDecimal b, Map<BigDecimal, String> as) {
        return new Candidate(
                percent(a, b.subtract(a)), shown(a, as) + " ÷ (" + shown(b, as) + " − " + shown(a, as) + ")");
    }

    /** Each money amount of a text as it is printed there ("£940.85"), by its value in £'000. */
    private static Map<BigDecimal, String> printedForms(String text) {
        Map<BigDecimal, String> forms = new java.util.HashMap<>();
        Matcher m = MONEY.matcher(text);
        List<BigDecimal> values = money(text);
        for (int i = 0; m.find(); i++) {
            forms.putIfAbsent(values.get(i).stripTrailingZeros(), m.group().trim());
        }
        return forms;
    }

    /** A figure as the text prints it where it is an amount of the text; otherwise as a plain number (£'000 for a table's). */
    private static String shown(BigDecimal v, Map<BigDecimal, String> as) {
        return as.getOrDefault(v.stripTrailingZeros(), plain(v));
    }

    private static BigDecimal percent(BigDecimal top, BigDecimal bottom) {
        return top.multiply(BigDecimal.valueOf(100)).divide(bottom.abs(), 6, RoundingMode.HALF_UP);
    }

    /** The money amounts a text states, in £'000. */
    static List<BigDecimal> money(String text) {
        List<BigDecimal> result = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            String scale = m.group(2) == null ? "" : m.group(2);
            result.add(
                    switch (scale) {
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
        rest = DAY.matcher(rest).replaceAll(" ");
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
