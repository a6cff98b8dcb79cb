package org.scrutineer.moderngov;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches from ModernGov sites, and only from the hosts an administrator of the server listed in
 * {@code scrutineer.moderngov.allowed-hosts} (none by default): the importer must not become a way to make the server
 * fetch any address someone types. Only http and https; a redirect is followed only to the same host, a few times;
 * every answer is bounded in size and time.
 */
@Component
class ModernGovSite {
    /** The most an XML answer may be: years of a busy committee's meetings come to a few megabytes. */
    static final int MAX_XML = 20 * 1024 * 1024;
    /** The most a document may be to be downloaded; a larger one is kept as a link. */
    static final int MAX_DOCUMENT = 30 * 1024 * 1024;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 3;

    private final Set<String> allowedHosts;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    ModernGovSite(@Value("${scrutineer.moderngov.allowed-hosts:}") String allowedHosts) {
        this.allowedHosts = Arrays.stream(allowedHosts.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A source address refused before anything is fetched, and why. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** An address on the allow-list that did not answer, or answered with an error. */
    public static class Unreachable extends RuntimeException {
        public Unreachable(String message) {
            super(message);
        }
    }

    /** The site's base address, checked: http or https, a host on the allow-list, no user, query or fragment. */
    public URI base(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl == null ? "" : baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new Refused("baseUrl: \"" + baseUrl + "\" is not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("baseUrl: only http and https addresses are imported from, not \"" + baseUrl + "\"");
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new Refused("baseUrl: give the site's address only, such as https://democracy.example.gov.uk");
        }
        checkHost(uri);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    private void checkHost(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.contains(host)) {
            throw new Refused("baseUrl: " + (host.isEmpty() ? "the address" : host)
                    + " is not on this server's list of ModernGov hosts "
                    + "(scrutineer.moderngov.allowed-hosts): ask whoever runs Scrutineer to add it");
        }
    }

    /** A web service operation's answer. */
    public byte[] service(URI base, String operation, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return get(
                URI.create(base + "/mgWebService.asmx/" + operation + (q.isEmpty() ? "" : "?" + q)),
                MAX_XML,
                operation);
    }

    /** A document's bytes, given its address as the site lists it (relative to the site, or on the same host). */
    public byte[] document(URI base, String url) {
        URI target = base.resolve(url.strip().replace(" ", "%20"));
        if (!target.getHost().equalsIgnoreCase(base.getHost())) {
            throw new Unreachable("the document is on another host (" + target.getHost() + "), not downloaded");
        }
        return get(target, MAX_DOCUMENT, "the document");
    }

    private byte[] get(URI uri, int limit, String what) {
        URI at = uri;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkHost(at);
            HttpResponse<InputStream> response;
            try {
                response = client.send(
                        HttpRequest.newBuilder(at)
                                .timeout(TIMEOUT)
                                .header("Accept", "application/xml, text/xml, */*")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new Unreachable(what + " could not be fetched from " + at.getHost() + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unreachable(what + " was interrupted");
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                String location = response.headers().firstValue("Location").orElse("");
                URI next = at.resolve(location);
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                if (!next.getHost().equalsIgnoreCase(at.getHost())
                        || !(scheme.equals("http") || scheme.equals("https"))) {
                    throw new Unreachable(what + " redirected to " + next.getHost() + ", another host: not followed");
                }
                at = next;
                continue;
            }
            if (status != 200) {
                close(response);
                throw new Unreachable(what + " answered HTTP " + status + " at " + at);
            }
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes(limit + 1);
                if (bytes.length > limit) {
                    throw new Unreachable(what + " is larger than " + limit / (1024 * 1024) + " MB: not read");
                }
                return bytes;
            } catch (IOException e) {
                throw new Unreachable(what + " broke off while being read: " + describe(e));
            }
        }
        throw new Unreachable(what + " redirected more than " + MAX_REDIRECTS + " times");
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the answer is not used
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
