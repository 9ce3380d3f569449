package dev.pointe.service.adapter.in.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.pointe.service.application.port.ModelAdmin;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.domain.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * {@code /admin/model}: the store's versions, and activate / rollback. Every request needs the
 * configured API key in {@code X-API-Key} (or {@code Authorization: Bearer KEY}); otherwise 401.
 */
@RestController
@RequestMapping(path = "/admin/model", produces = "application/json")
@SecurityRequirement(name = WebConfiguration.ADMIN_KEY)
@Tag(name = "admin", description = "The store's model versions and the shop's merchandising rules")
public class AdminController {

    private final ModelAdmin admin;
    private final AdminKey key;

    public AdminController(ModelAdmin admin, PointeProperties properties) {
        this.admin = admin;
        this.key = new AdminKey(properties.admin().apiKey());
    }

    /** Status: the active and previous versions and every version in the store. */
    public record Status(String active, String previous, List<ModelAdmin.Version> versions) {
    }

    /** The body of an activate request. */
    public record ActivateRequest(String version) {
    }

    @GetMapping
    public Mono<Status> status(@RequestHeader Map<String, String> headers) {
        authorize(headers);
        return admin.versions().map(versions -> new Status(
                versions.stream().filter(ModelAdmin.Version::active).map(ModelAdmin.Version::version).findFirst().orElse(null),
                versions.stream().filter(ModelAdmin.Version::previous).map(ModelAdmin.Version::version).findFirst().orElse(null),
                versions));
    }

    @PostMapping(path = "/activate", consumes = "application/json")
    public Mono<Map<String, String>> activate(@RequestHeader Map<String, String> headers,
                                              @RequestBody(required = false) ActivateRequest request) {
        authorize(headers);
        if (request == null || request.version() == null || request.version().isBlank()) {
            throw new InvalidParameterException("version", "is required");
        }
        return admin.activate(request.version()).map(previous -> Map.of("active", request.version(), "previous", previous));
    }

    @PostMapping("/rollback")
    public Mono<Map<String, String>> rollback(@RequestHeader Map<String, String> headers) {
        authorize(headers);
        return admin.rollback().map(active -> Map.of("active", active));
    }

    private void authorize(Map<String, String> headers) {
        key.authorize(headers);
    }
}
