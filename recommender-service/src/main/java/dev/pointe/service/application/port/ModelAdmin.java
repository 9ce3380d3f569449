package dev.pointe.service.application.port;

import reactor.core.publisher.Mono;

import java.util.List;

/** Switching the active model version (the same atomic scripts the trainer's CLI uses). */
public interface ModelAdmin {

    /** One version of the store. {@code createdAt} / {@code publishedAt} are ISO-8601; items may be -1 if unknown. */
    record Version(String version, String status, String createdAt, String publishedAt, long items, boolean active,
                   boolean previous) {
    }

    /** Every version, newest publish first. */
    Mono<List<Version>> versions();

    /** Activates a complete version; returns the previously active one (empty when none). */
    Mono<String> activate(String version);

    /** Goes back to the previous complete version; returns the version now active. */
    Mono<String> rollback();
}
