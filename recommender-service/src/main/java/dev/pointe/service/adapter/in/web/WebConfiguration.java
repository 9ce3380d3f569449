package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.PointeProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

import java.util.List;

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

    /** The security scheme name of the admin API in the OpenAPI document. */
    static final String ADMIN_KEY = "adminApiKey";

    @Bean
    OpenAPI pointeOpenApi() {
        return new OpenAPI().info(new Info().title("Pointe recommender API").version("v1")
                        .description("Complete-the-look, bought-together and similar items for a product page or a cart, from the "
                                + "active model. Errors are RFC 9457 problem details."))
                .servers(List.of(new Server().url("http://localhost:8080").description("bin/demo and docker compose")))
                .components(new Components().addSecuritySchemes(ADMIN_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-API-Key").description("pointe.admin.api-key")));
    }
}
