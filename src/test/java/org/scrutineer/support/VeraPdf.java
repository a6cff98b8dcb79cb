package org.scrutineer.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the PDF Association's validator, run on PDF bytes against the two standards Scrutineer's PDFs claim: PDF/UA-1
 * (accessible) and PDF/A-3u (archivable), giving the rules each breaks as the veraPDF command line reports them.
 */
public final class VeraPdf {
    /** The standards every PDF Scrutineer makes must meet. */
    public static final List<PDFAFlavour> STANDARDS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U);

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** A rule of a standard that the PDF breaks: where the standard states it, what it asks, and how many checks failed. */
    public record FailedRule(String standard, String clause, int test, String description, int checks) {
        @Override
        public String toString() {
            return standard + " " + clause + "-" + test + " (" + checks + (checks == 1 ? " check" : " checks") + "): "
                    + description;
        }
    }

    /** The rules the PDF breaks under each of the given standards (none when it conforms). */
    public static List<FailedRule> failedRules(byte[] pdf, List<PDFAFlavour> standards) {
        List<FailedRule> failed = new ArrayList<>();
        // one parse and one walk of the PDF for all the standards, as the command line does when given several;
        // one failure of each rule kept in detail (the counts are of all of them): thousands kept slow it down
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), standards.get(0));
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(standards, 1, false, false, false)) {
            for (ValidationResult result : validator.validateAll(parser)) {
                String name = name(result.getPDFAFlavour());
                for (Map.Entry<RuleId, Integer> e : result.getFailedChecks().entrySet()) {
                    Rule rule = result.getValidationProfile().getRuleByRuleId(e.getKey());
                    failed.add(new FailedRule(
                            name,
                            e.getKey().getClause(),
                            e.getKey().getTestNumber(),
                            rule == null ? "" : rule.getDescription(),
                            e.getValue()));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(
                    "veraPDF could not check the PDF against "
                            + standards.stream().map(VeraPdf::name).toList(),
                    e);
        }
        failed.sort(Comparator.comparing(FailedRule::standard)
                .thenComparing(FailedRule::clause)
                .thenComparingInt(FailedRule::test));
        return failed;
    }

    public static List<FailedRule> failedRules(byte[] pdf) {
        return failedRules(pdf, STANDARDS);
    }

    /** The failed rules one a line, for an assertion's message. */
    public static String describe(String what, List<FailedRule> failed) {
        return failed.isEmpty()
                ? what + " conforms"
                : what + " breaks " + failed.size() + " rules:\n  "
                        + failed.stream().map(FailedRule::toString).collect(Collectors.joining("\n  "));
    }

    static String name(PDFAFlavour standard) {
        return switch (standard) {
            case PDFUA_1 -> "PDF/UA-1";
            case PDFA_3_U -> "PDF/A-3u";
            default -> standard.getId();
        };
    }
}
