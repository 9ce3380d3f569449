package dev.pointe.service.adapter.in.web;

import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.RuleSet;
import dev.pointe.service.application.ManageRules;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.domain.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * {@code /admin/rules}: the shop's merchandising rules (boost, bury, exclude, pin), stored beside the models and
 * seen by every instance within a second. Needs the admin key like {@link AdminController}.
 */
@RestController
@RequestMapping(path = "/admin/rules", produces = "application/json")
@SecurityRequirement(name = WebConfiguration.ADMIN_KEY)
@Tag(name = "admin", description = "The store's model versions and the shop's merchandising rules")
public class RulesController {

    private final ManageRules rules;
    private final AdminKey key;

    public RulesController(ManageRules rules, PointeProperties properties) {
        this.rules = rules;
        this.key = new AdminKey(properties.admin().apiKey());
    }

    /** The body of a replace-all request. */
    public record RulesRequest(List<MerchandisingRule> rules) {
    }

    @GetMapping
    @Operation(operationId = "getRules", summary = "The stored rules and their version (0 and no rules when none are stored)")
    public Mono<RuleSet> read(@RequestHeader Map<String, String> headers) {
        key.authorize(headers);
        return rules.read();
    }

    @PutMapping(consumes = "application/json")
    @Operation(operationId = "replaceRules", summary = "Replace every rule; with If-Match, only if the stored version is still that one (else 409)")
    public Mono<RuleSet> replaceAll(@RequestHeader Map<String, String> headers,
                                    @Parameter(description = "the version read before, e.g. \"3\"")
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                    @RequestBody(required = false) RulesRequest request) {
        key.authorize(headers);
        if (request == null || request.rules() == null) throw new InvalidParameterException("rules", "is required (may be empty)");
        return rules.replaceAll(version(ifMatch), request.rules());
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @Operation(operationId = "putRule", summary = "Add a rule, or replace the rule with this id")
    public Mono<RuleSet> put(@RequestHeader Map<String, String> headers, @PathVariable String id,
                             @RequestBody(required = false) MerchandisingRule rule) {
        key.authorize(headers);
        if (rule == null) throw new InvalidParameterException("rule", "is required");
        if (rule.id() != null && !rule.id().equals(id)) throw new InvalidParameterException("id", "differs from the path's id");
        return rules.put(new MerchandisingRule(id, rule.action(), rule.match(), rule.when(), rule.factor(), rule.position()));
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteRule", summary = "Remove the rule with this id (404 when there is none)")
    public Mono<RuleSet> delete(@RequestHeader Map<String, String> headers, @PathVariable String id) {
        key.authorize(headers);
        return rules.delete(id);
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) return null;
        String v = ifMatch.trim();
        if (v.startsWith("W/")) v = v.substring(2);
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
        try {
            long version = Long.parseLong(v);
            if (version < 0) throw new NumberFormatException();
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", "must be a rules version such as \"3\"");
        }
    }
}
