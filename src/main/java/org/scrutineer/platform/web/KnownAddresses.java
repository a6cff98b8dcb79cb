package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether any page or API operation answers at an address (by any method), so that asking for one that does not exist
 * is "not found" for everyone instead of a request to sign in. Only the controllers' mappings count: static files are
 * all public, so they are never refused.
 */
@Component
public class KnownAddresses {
    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;
    private volatile List<PathPattern> patterns;

    public KnownAddresses(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    public boolean known(HttpServletRequest request) {
        String uri = request.getRequestURI();
        PathContainer path = PathContainer.parsePath(
                uri.substring(Math.min(request.getContextPath().length(), uri.length())));
        return patterns().stream().anyMatch(p -> p.matches(path));
    }

    // read once the application has started: the mappings are complete by the time anyone is refused
    private List<PathPattern> patterns() {
        List<PathPattern> read = patterns;
        if (read == null) {
            read = mappings.orderedStream()
                    .flatMap(m -> m.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .distinct()
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            patterns = read;
        }
        return read;
    }
}
