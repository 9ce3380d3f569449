package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.PointeProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** CORS for shop frontends (origins from configuration) and the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebFluxConfigurer {

    private final PointeProperties properties;

    public WebConfiguration(PointeProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        var origins = properties.http().corsAllowedOrigins().stream().filter(o -> !o.isBlank()).toArray(String[]::new);
        if (origins.length == 0) return;
        registry.addMapping("/v1/**").allowedOrigins(origins).allowedMethods("GET", "POST").maxAge(3600)
                .exposedHeaders("ETag", "Cache-Control");
    }

    @Bean
    OpenAPI pointeOpenApi() {
        return new OpenAPI().info(new Info().title("Pointe recommender API").version("v1")
                .description("Complete-the-look and similar items for a product page or a cart, from the active model. "
                        + "Errors are RFC 9457 problem details."));
    }
}
