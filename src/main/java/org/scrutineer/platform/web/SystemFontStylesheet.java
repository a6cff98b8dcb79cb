package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * The GDS Transport typeface is licensed for GOV.UK services only, and a council's site is not one. GOV.UK Frontend's
 * stylesheet is served as its Sass would build it with {@code $govuk-font-family} set to system fonts and
 * {@code $govuk-include-default-font-face: false}: without the {@code @font-face} rules and with system fonts wherever it
 * names GDS Transport, so no page ever asks for the font files (which are not served either).
 */
final class SystemFontStylesheet implements ResourceTransformer {
    static final String STYLESHEET = "govuk-frontend.min.css";
    /** Arial where it is installed; Liberation Sans has its metrics, DejaVu Sans is on every Linux with fonts. */
    static final String SYSTEM_FONTS = "arial,\"Liberation Sans\",\"DejaVu Sans\",sans-serif";

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*GDS Transport[^}]*}");
    private static final Pattern FONT_FAMILY = Pattern.compile("\"?GDS Transport\"?\\s*,\\s*arial\\s*,\\s*sans-serif");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        if (!STYLESHEET.equals(resource.getFilename())) {
            return transformed;
        }
        String css = transformed.getContentAsString(StandardCharsets.UTF_8);
        return new TransformedResource(resource, withSystemFonts(css).getBytes(StandardCharsets.UTF_8));
    }

    static String withSystemFonts(String css) {
        // HttpCachingIT checks that nothing is left of GDS Transport in the GOV.UK Frontend we ship
        return FONT_FAMILY.matcher(FONT_FACE.matcher(css).replaceAll("")).replaceAll(SYSTEM_FONTS);
    }
}
