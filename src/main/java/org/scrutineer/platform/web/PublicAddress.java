package org.scrutineer.platform.web;

import java.net.URI;
import org.scrutineer.platform.ScrutineerProperties;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The site's public address ({@code scrutineer.public-base-url}), for absolute links in what is read away from the site:
 * calendar feeds and the API description. It is configured, not worked out from each request, because the Host header
 * is the client's to choose and the public pages are cached for every visitor. The default, http://localhost:8080, is
 * right for the demo only.
 */
@NamedInterface("web")
@Component
public class PublicAddress {
    private final String base;

    public PublicAddress(ScrutineerProperties properties) {
        this.base = checked(properties.publicBaseUrl());
    }

    static String checked(String configured) {
        String base = configured == null ? "" : configured.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("scrutineer.public-base-url is not an address: '" + configured + "'", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalStateException("scrutineer.public-base-url must be an http or https address such as "
                    + "https://meetings.example.gov.uk, with no query or fragment; it is '" + configured + "'");
        }
        return base;
    }

    /** The address without a trailing slash, e.g. https://meetings.example.gov.uk */
    public String base() {
        return base;
    }

    /** The absolute address of a path on the site, e.g. /meetings/hsc-2025-09-23 */
    public String url(String path) {
        return base + path;
    }
}
