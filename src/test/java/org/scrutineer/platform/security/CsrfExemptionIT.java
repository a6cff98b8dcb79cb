package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ClientAddress;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An API call is let off the CSRF token only when its own valid HTTP Basic credentials signed it in. A browser session's
 * call with some other Authorization header, or with HTTP Basic credentials that are wrong, still needs the token. The
 * call used is one that changes records (a figure), with a period that is no period, so it is answered 400 once let
 * through and changes nothing.
 */
@ScrutineerTest
class CsrfExemptionIT {
    static final String BAD_FIGURE = "{\"kind\":\"actual\",\"period\":\"sometime\",\"value\":1}";

    @Autowired
    MockMvc mvc;

    Cookie officerSession;

    @BeforeEach
    void signIn() throws Exception {
        officerSession = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(ClientAddress.from("192.0.2.101"))
                        .param("username", "officer")
                        .param("password", "officer-demo-pass"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(officerSession).isNotNull();
    }

    MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ClientAddress.from("192.0.2.102"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BAD_FIGURE))
                .andReturn()
                .getResponse();
    }

    static MockHttpServletRequestBuilder figure() {
        return post("/api/indicators/PH01a/figures");
    }

    @Test
    void aSessionsCallWithSomeOtherAuthorizationHeaderNeedsTheToken() throws Exception {
        for (String header : new String[] {"Bearer made-up", "Negotiate abc", "anything at all"}) {
            MockHttpServletResponse forged =
                    call(figure().cookie(officerSession).header("Authorization", header));
            assertThat(forged.getStatus()).as(header).isEqualTo(403);
            assertThat(forged.getContentAsString()).as(header).contains("must carry the session's CSRF token");
        }
    }

    @Test
    void aSessionsCallWithWrongHttpBasicCredentialsNeedsTheTokenOrIsRefused() throws Exception {
        // the session's own username with a wrong password: Basic finds the session signed in already and checks
        // nothing
        MockHttpServletResponse sameName =
                call(figure().cookie(officerSession).with(httpBasic("officer", "not-the-password")));
        assertThat(sameName.getStatus()).isEqualTo(403);
        assertThat(sameName.getContentAsString()).contains("must carry the session's CSRF token");
        MockHttpServletResponse otherName =
                call(figure().cookie(officerSession).with(httpBasic("admin", "not-the-password")));
        assertThat(otherName.getStatus()).isEqualTo(401);
    }

    @Test
    void validHttpBasicCredentialsNeedNoToken() throws Exception {
        assertThat(call(figure().with(httpBasic("officer", "officer-demo-pass")))
                        .getStatus())
                .as("no cookie")
                .isEqualTo(400);
        assertThat(call(figure().cookie(officerSession).with(httpBasic("admin", "admin-demo-pass")))
                        .getStatus())
                .as("another account's valid credentials beside a session")
                .isEqualTo(400);
        assertThat(call(figure().cookie(officerSession).with(csrf())).getStatus())
                .as("the session with its token")
                .isEqualTo(400);
    }

    @Test
    void aCallWithNoCredentialsAtAllIsToldToSignIn() throws Exception {
        MockHttpServletResponse anonymous = call(figure());
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.getContentAsString()).contains("Sign in to use /api/indicators/PH01a/figures");
    }
}
