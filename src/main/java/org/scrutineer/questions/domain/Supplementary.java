package org.scrutineer.questions.domain;

/**
 * PQ-07: one supplementary question, asked by the questioner, related to the original (the Chair rules on that).
 */
final class Supplementary {
    private Supplementary() {}

    /** @return why the supplementary is refused, or null when it may be put */
    public static String refusal(String questioner, String asker, int alreadyAsked, boolean chairRulesRelated) {
        if (alreadyAsked > 0) {
            return "Only one supplementary question may be asked";
        }
        if (!QuestionRules.identity(questioner).equals(QuestionRules.identity(asker))) {
            return "Only the person who asked the question may ask the supplementary";
        }
        if (!chairRulesRelated) {
            return "The supplementary question must relate to the original question (the Chair's ruling)";
        }
        return null;
    }
}
