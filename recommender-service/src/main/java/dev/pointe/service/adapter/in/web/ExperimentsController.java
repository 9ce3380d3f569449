package dev.pointe.service.adapter.in.web;

import dev.pointe.format.Experiment;
import dev.pointe.service.application.RunExperiments;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.domain.ExperimentReport;
import dev.pointe.service.domain.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

/** {@code /admin/experiment}: start, report, stop and promote an A/B test of model versions. Needs the admin key. */
@RestController
@RequestMapping(path = "/admin/experiment", produces = "application/json")
@SecurityRequirement(name = WebConfiguration.ADMIN_KEY)
@Tag(name = "admin", description = "The store's model versions and the shop's merchandising rules")
public class ExperimentsController {

    private final RunExperiments experiments;
    private final AdminKey key;

    public ExperimentsController(RunExperiments experiments, PointeProperties properties) {
        this.experiments = experiments;
        this.key = new AdminKey(properties.admin().apiKey());
    }

    /** The body of a promote request. */
    public record PromoteRequest(String arm) {
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "startExperiment", summary = "Start an experiment: id and two or more arms (name, version, weight); 409 while one runs")
    public Mono<Experiment> start(@RequestHeader Map<String, String> headers, @RequestBody(required = false) Experiment experiment) {
        key.authorize(headers);
        if (experiment == null) throw new InvalidParameterException("experiment", "is required");
        return experiments.start(experiment);
    }

    @GetMapping("/report")
    @Operation(operationId = "experimentReport", summary = "Per arm: impressions, clicks, CTR and conversion with 95% intervals, p against the control, and the winner once there is one")
    public Mono<ExperimentReport> report(@RequestHeader Map<String, String> headers) {
        key.authorize(headers);
        return experiments.report();
    }

    @DeleteMapping
    @Operation(operationId = "stopExperiment", summary = "Stop the experiment: every shopper gets the active version again")
    public Mono<Experiment> stop(@RequestHeader Map<String, String> headers) {
        key.authorize(headers);
        return experiments.stop();
    }

    @PostMapping(path = "/promote", consumes = "application/json")
    @Operation(operationId = "promoteArm", summary = "Activate an arm's version and stop the experiment")
    public Mono<Map<String, String>> promote(@RequestHeader Map<String, String> headers, @RequestBody(required = false) PromoteRequest request) {
        key.authorize(headers);
        if (request == null || request.arm() == null || request.arm().isBlank()) throw new InvalidParameterException("arm", "is required");
        return experiments.promote(request.arm()).map(version -> Map.of("active", version));
    }
}
