package org.scrutineer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Pages built by the framework's links work when the application is served under a context path (say a council puts
 * it at https://example.gov.uk/scrutineer/): every link, form, stylesheet and script of a page starts with that path.
 * The requests carry the context path through MockMvc, so the shared application serves them.
 */
@ScrutineerTest
class ContextPathIT {
    private static final String CONTEXT = "/scrutineer";

    @Autowired
    MockMvc mvc;

    @Test
    void publicPagesLinkWithinTheContextPath() throws Exception {
        for (String page : List.of(
                "/",
                "/meetings",
                "/meetings/hsc-2025-09-23",
                "/meetings/hsc-2025-09-23/finance",
                "/meetings/hsc-2025-09-23/finance/spending-2025-05-31",
                "/boards/HSC-PPB",
                "/search?q=budget",
                "/questions",
                "/assurance",
                "/improvement",
                "/workforce",
                "/sign-in")) {
            assertLinksWithinContext(page, null);
        }
    }

    @Test
    void officersFormsPostWithinTheContextPath() throws Exception {
        RequestPostProcessor officer = user("o").roles("OFFICER");
        for (String page : List.of("/meetings/new", "/meetings/hsc-2025-09-23", "/indicators", "/finance", "/import")) {
            assertLinksWithinContext(page, officer);
        }
    }

    @Test
    void administratorsPagesLinkWithinTheContextPath() throws Exception {
        RequestPostProcessor admin = user("a").roles("ADMIN");
        for (String page : List.of("/admin/users", "/admin/boards")) {
            assertLinksWithinContext(page, admin);
        }
    }

    @Test
    void whereWeAreIsMarkedUnderAContextPath() throws Exception {
        Document page = page("/meetings", null);
        assertThat(page.select(".govuk-service-navigation__link[aria-current=page]")
                        .text())
                .isEqualTo("Meetings");
    }

    private void assertLinksWithinContext(String path, RequestPostProcessor who) throws Exception {
        Document page = page(path, who);
        List<String> outside = new ArrayList<>();
        for (Element e : page.select("a[href^=/], link[href^=/]")) {
            collect(outside, e.attr("href"));
        }
        for (Element e : page.select("form[action^=/]")) {
            collect(outside, e.attr("action"));
        }
        for (Element e : page.select("script[src^=/], img[src^=/]")) {
            collect(outside, e.attr("src"));
        }
        for (Element e : page.select("[data-rating-api^=/]")) {
            collect(outside, e.attr("data-rating-api"));
        }
        assertThat(page.select("a[href^=/], form[action^=/]")).as(path).isNotEmpty();
        assertThat(outside).as("links on %s outside %s", path, CONTEXT).isEmpty();
    }

    private static void collect(List<String> outside, String url) {
        if (!url.startsWith(CONTEXT + "/") && !url.equals(CONTEXT)) {
            outside.add(url);
        }
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get(CONTEXT + path).contextPath(CONTEXT);
        if (who != null) {
            request = request.with(who);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(), "http://localhost" + CONTEXT + path);
    }
}
