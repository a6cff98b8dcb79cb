package org.scrutineer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void theConfiguredAddressIsKeptWithoutItsTrailingSlash() {
        assertThat(PublicAddress.checked("https://meetings.example.gov.uk/"))
                .isEqualTo("https://meetings.example.gov.uk");
        assertThat(PublicAddress.checked(" http://localhost:8080 ")).isEqualTo("http://localhost:8080");
        assertThat(PublicAddress.checked("https://www.example.gov.uk/scrutiny"))
                .isEqualTo("https://www.example.gov.uk/scrutiny");
    }

    @Test
    void anythingButAnHttpAddressStopsTheStart() {
        for (String bad : new String[] {
            "",
            "meetings.example.gov.uk",
            "/meetings",
            "ftp://example.gov.uk",
            "https://example.gov.uk/?a=1",
            "https://exa mple.gov.uk"
        }) {
            assertThatThrownBy(() -> PublicAddress.checked(bad))
                    .as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("scrutineer.public-base-url");
        }
    }
}
