package org.scrutineer.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.Comparison;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Halton's published assessment, its what-if, the API, the regional table and the self-assessment, from the demo data. */
@ScrutineerTest
class AssurancePagesIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments assessments;

    long published() {
        return assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.REGULATOR)
                .findFirst()
                .orElseThrow()
                .id();
    }

    String anonymous(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void thePublishedAssessmentIsPublicWithItsComputedRating() throws Exception {
        String html = anonymous("/assurance/assessments/" + published());
        assertThat(html)
                .contains(
                        "Halton Borough Council: adult social care",
                        "17 March to 19 March 2025",
                        ">Good</strong>",
                        "64% (23/36 = 63.9%)",
                        "2 points above Requires improvement; 24 points below Outstanding",
                        "Assessing needs: score 2 of 4",
                        "Timeliness of assessments, care planning and reviews",
                        "57.02%",
                        "70.28%",
                        "significantly worse");
        assertThat(html).doesNotContain("The report prints the rating"); // printed Good agrees with the scores
        assertThat(anonymous("/assurance")).contains("Care Quality Commission assessment", "Good (64%)");
    }

    @Test
    void whatIfWorksAsAPlainFormAndNamesTheFieldItCannotRate() throws Exception {
        String base = "/assurance/assessments/" + published() + "?s1=2&s2=3&s3=3&s4=2&s5=2&s6=3&s7=3&s8=2";
        assertThat(anonymous(base + "&s9=2"))
                .contains("With these scores:", "Requires improvement", "62% (22/36 = 61.1%)", "1 point below Good");
        assertThat(anonymous(base + "&s9=n")).contains("63% (20/32 = 62.5%)", "Good");
        String bad = anonymous(base + "&s9=5");
        assertThat(bad)
                .contains(
                        "There is a problem",
                        "href=\"#s9\"",
                        "The score for Learning, improvement and innovation must be from 1 to 4, not 5");
        assertThat(anonymous(base + "&s9=x")).contains("must be a whole number from 1 to 4");
    }

    @Test
    void theRatingApiUsesTheSameRuleAndAnswersProblemsByField() throws Exception {
        mvc.perform(get("/api/assurance/rating?s1=2&s2=3&s3=3&s4=2&s5=2&s6=3&s7=3&s8=2&s9=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.percentage").value(64))
                .andExpect(jsonPath("$.rating").value("Good"))
                .andExpect(jsonPath("$.fraction").value("23/36 = 63.9%"));
        mvc.perform(get("/api/assurance/rating?s1=2&s2=3&s3=3&s4=2&s5=2&s6=3&s7=3&s8=2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("s9"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("Enter a score for Learning, improvement and innovation, or mark it not assessed"));
    }

    @Test
    void everyCitedMetricsComputedWordAgreesWithTheReportOrCarriesANote() {
        Assessment a = assessments.byId(published()).orElseThrow();
        assertThat(a.metrics()).hasSize(17);
        for (Assessment.CitedMetric m : a.metrics()) {
            assertThat(m.agrees()).as(m.name()).isNotNull();
            if (!m.agrees()) {
                assertThat(m.note())
                        .as("why the report's word differs for " + m.name())
                        .isNotBlank();
            }
        }
        // the two the figures alone cannot explain: 20.00 vs 16.14 and 53.92 vs 48.70, both "similar" in the report
        assertThat(a.metrics().stream().filter(m -> !m.agrees()))
                .extracting(
                        m -> m.councilValue().toPlainString(),
                        m -> m.englandValue().toPlainString(),
                        Assessment.CitedMetric::reportWord)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("20.00", "16.14", "similar"),
                        org.assertj.core.groups.Tuple.tuple("53.92", "48.70", "similar"));
        assertThat(a.metrics().get(0).computed().direction()).isEqualTo(Comparison.Direction.WORSE);
    }

    @Test
    void theRegionalTableAddsUpAndPlacesTheCouncil() throws Exception {
        assertThat(anonymous("/assurance/benchmark"))
                .contains("Adds up", "England", "Sum of the regions", "153", "Halton Borough Council</span> is rated");
    }

    @Test
    void anOfficerRecordsTheSelfAssessmentBesideTheRegulators() throws Exception {
        mvc.perform(get("/assurance/self-assessment").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assurance/self-assessment")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("s1", "3")
                        .param("s2", "3")
                        .param("s3", "3")
                        .param("s4", "3")
                        .param("s5", "2")
                        .param("s6", "3")
                        .param("s7", "3")
                        .param("s8", "3")
                        .param("s9", "7"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("must be from 1 to 4, not 7")));
        mvc.perform(post("/assurance/self-assessment")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("s1", "3")
                        .param("s2", "3")
                        .param("s3", "3")
                        .param("s4", "3")
                        .param("s5", "2")
                        .param("s6", "3")
                        .param("s7", "3")
                        .param("s8", "3")
                        .param("s9", "3"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(
                        get("/assurance/self-assessment").with(user("c").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Self-assessed 1 higher", "Good (73%)", "Good (64%)");
        // a self-assessment is not published: public visitors do not see it in the list
        assertThat(anonymous("/assurance")).doesNotContain("self-assessment</a>");
        mvc.perform(post("/assurance/self-assessment")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf())
                        .param("s1", "3"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDraftAssessmentIsNotPublic() throws Exception {
        long draft = assessments.save(org.scrutineer.assurance.domain.AssessmentFixtures.anAssessment()
                .ofCouncil("Draft Borough Council")
                .build());
        mvc.perform(get("/assurance/assessments/" + draft)).andExpect(status().isNotFound());
        assertThat(anonymous("/assurance")).doesNotContain("Draft Borough Council");
        String member = mvc.perform(
                        get("/assurance/assessments/" + draft).with(user("c").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(member).contains("Draft Borough Council", "75% (27/36 = 75.0%)");
    }
}
