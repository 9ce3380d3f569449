package dev.pointe.service.adapter.in.web;

import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.StoreUnavailableException;
import dev.pointe.service.domain.UnknownItemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/** RFC 9457 problem details for every expected failure; no stack trace ever reaches a client. */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(InvalidParameterException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage(), "invalid-parameter");
        p.setProperty("parameter", e.parameter());
        return ResponseEntity.badRequest().body(p);
    }

    @ExceptionHandler(UnknownItemException.class)
    ResponseEntity<ProblemDetail> unknownItem(UnknownItemException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "Unknown item", e.getMessage(), "unknown-item"));
    }

    @ExceptionHandler(AdminRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AdminRefusedException e) {
        HttpStatus status = e.reason() == AdminRefusedException.Reason.MISSING ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(problem(status, "Switch refused", e.getMessage(), "switch-refused"));
    }

    @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(org.springframework.web.server.ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (status == HttpStatus.UNAUTHORIZED) builder.header("WWW-Authenticate", "Bearer realm=\"pointe-admin\"");
        return builder.body(problem(status, status == HttpStatus.UNAUTHORIZED ? "Unauthorized" : status.getReasonPhrase(),
                e.getReason(), status == HttpStatus.UNAUTHORIZED ? "unauthorized" : "error"));
    }

    @ExceptionHandler(NoActiveModelException.class)
    ResponseEntity<ProblemDetail> noModel(NoActiveModelException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "No model published yet", e.getMessage(), "no-model"));
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> storeDown(StoreUnavailableException e) {
        LOG.warn("model store unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Model store unavailable",
                        "the model store did not answer in time; try again shortly", "store-unavailable"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("https://pointe.dev/problems/" + type));
        return p;
    }
}
