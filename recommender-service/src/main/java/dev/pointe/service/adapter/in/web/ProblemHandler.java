package dev.pointe.service.adapter.in.web;

import dev.pointe.service.config.RateLimitedLog;
import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.InvalidBodyException;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.StoreBusyException;
import dev.pointe.service.domain.StoreLostException;
import dev.pointe.service.domain.StoreUnavailableException;
import dev.pointe.service.domain.UnknownItemException;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;

/**
 * RFC 9457 problem details for every expected failure, for annotated controllers and (through
 * {@link #serverResponse}) functional routes alike; no stack trace or class name ever reaches a client.
 * Store failures are logged at a bounded rate: an outage writes a few lines, not one per request.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's problem-details handler, which would answer framework exceptions without our type and headers
public class ProblemHandler {

    /** Where every problem type of Pointe lives: the type URI is this plus a short name. */
    static final String TYPE_PREFIX = "https://pointe.dev/problems/";

    private static final RateLimitedLog LOG = new RateLimitedLog(LoggerFactory.getLogger(ProblemHandler.class), Duration.ofSeconds(10));

    @ExceptionHandler({InvalidParameterException.class, InvalidBodyException.class, UnknownItemException.class, AdminRefusedException.class,
            ResponseStatusException.class, NoActiveModelException.class, StoreUnavailableException.class,
            DataBufferLimitException.class})
    ResponseEntity<ProblemDetail> handle(Exception e) {
        return problem(e);
    }

    /** The problem answer of an expected failure; null for anything else (a bug: the framework answers 500). */
    static ResponseEntity<ProblemDetail> problem(Throwable e) {
        if (e instanceof InvalidParameterException p) {
            ProblemDetail d = detail(HttpStatus.BAD_REQUEST, "Invalid parameter", p.getMessage(), "invalid-parameter");
            d.setProperty("parameter", p.parameter());
            return ResponseEntity.badRequest().body(d);
        }
        if (e instanceof InvalidBodyException b) {
            ProblemDetail d = detail(HttpStatus.BAD_REQUEST, "Invalid " + b.kind(), b.getMessage() + " (nothing was stored)", "invalid-" + b.kind());
            d.setProperty("errors", b.problems());
            return ResponseEntity.badRequest().body(d);
        }
        if (e instanceof UnknownItemException) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(detail(HttpStatus.NOT_FOUND, "Unknown item", e.getMessage(), "unknown-item"));
        }
        if (e instanceof AdminRefusedException r) {
            HttpStatus status = r.reason() == AdminRefusedException.Reason.MISSING ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
            return ResponseEntity.status(status).body(detail(status, "Switch refused", r.getMessage(), "switch-refused"));
        }
        if (e instanceof DataBufferLimitException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(detail(HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
                    "the request body exceeds the limit", "body-too-large"));
        }
        if (e instanceof ResponseStatusException s) {
            for (Throwable c = s.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c instanceof DataBufferLimitException limit) return problem(limit);
            }
            HttpStatus status = HttpStatus.resolve(s.getStatusCode().value());
            if (status == null) status = HttpStatus.BAD_REQUEST;
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
            if (status == HttpStatus.UNAUTHORIZED) builder.header("WWW-Authenticate", "Bearer realm=\"pointe-admin\"");
            // the reason of a framework exception may quote a Java type (e.g. a failed conversion): say only what went wrong
            String reason = s.getReason() == null || s.getReason().contains("java.") || s.getReason().contains("class ")
                    ? status.getReasonPhrase() : s.getReason();
            return builder.body(detail(status, status == HttpStatus.UNAUTHORIZED ? "Unauthorized" : status.getReasonPhrase(),
                    reason, status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "error"));
        }
        if (e instanceof NoActiveModelException) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                    .body(detail(HttpStatus.SERVICE_UNAVAILABLE, "No model published yet", e.getMessage(), "no-model"));
        }
        if (e instanceof StoreBusyException) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .body(detail(HttpStatus.SERVICE_UNAVAILABLE, "Busy", "too many requests in flight; try again in a second", "busy"));
        }
        if (e instanceof StoreLostException) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .body(detail(HttpStatus.SERVICE_UNAVAILABLE, "Model store lost its data",
                            "the model store no longer holds the model being served; answers resume once a model is published again",
                            "store-lost"));
        }
        if (e instanceof StoreUnavailableException) {
            LOG.warn("store", "model store unavailable: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .body(detail(HttpStatus.SERVICE_UNAVAILABLE, "Model store unavailable",
                            "the model store did not answer in time; try again shortly", "store-unavailable"));
        }
        return null;
    }

    /** {@link #problem} as a functional route's answer; other errors pass on to the framework's handler. */
    static Mono<ServerResponse> serverResponse(Throwable e) {
        ResponseEntity<ProblemDetail> p = problem(e);
        if (p == null) return Mono.error(e);
        return ServerResponse.status(p.getStatusCode()).headers(h -> h.addAll(p.getHeaders()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).bodyValue(p.getBody());
    }

    private static ProblemDetail detail(HttpStatus status, String title, String detail, String type) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create(TYPE_PREFIX + type));
        return p;
    }
}
