package org.scrutineer.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Where static files are served from. Links written {@code @{/css/...}} in templates, and the links inside stylesheets,
 * get the file's content hash in their name, so those URLs can be cached for a year ({@link StaticFileCaching}).
 * GOV.UK Frontend's images and manifest are served at {@code /assets/...}, where its stylesheet and page template ask
 * for them; its fonts are not served at all (see {@link SystemFontStylesheet}).
 * Registered before Spring Boot's defaults, which then leave {@code /webjars/**} to this one.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticFiles implements WebMvcConfigurer {
    private static final String GOVUK_ASSETS = "classpath:/META-INF/resources/webjars/govuk-frontend/"
            + new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        chain(registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true));
        chain(registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .resourceChain(true));
        chain(registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .resourceChain(true));
        chain(registry.addResourceHandler("/images/**")
                .addResourceLocations("classpath:/static/images/")
                .resourceChain(true));
        chain(registry.addResourceHandler("/assets/images/**")
                .addResourceLocations(GOVUK_ASSETS + "images/")
                .resourceChain(true));
        chain(registry.addResourceHandler("/assets/*.json")
                .addResourceLocations(GOVUK_ASSETS)
                .resourceChain(true));
    }

    private static void chain(ResourceChainRegistration chain) {
        chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addTransformer(new SystemFontStylesheet())
                .addTransformer(new CssLinkResourceTransformer());
    }
}
