package org.corridor.web;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Static {@code .geojson} files (the country outlines under /geo) go out as {@code application/geo+json}
 * (RFC 7946). The server knows no such extension and would call them {@code application/octet-stream},
 * which a browser asked to open the file offers to save instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GeoJsonFiles {

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> geoJsonMediaType() {
        return factory -> factory.addMimeMappings(new MimeMappings(Map.of("geojson", "application/geo+json")));
    }
}
