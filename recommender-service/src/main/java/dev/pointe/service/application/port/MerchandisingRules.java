package dev.pointe.service.application.port;

import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.RuleSet;
import reactor.core.publisher.Mono;

import java.util.List;

/** The shop's merchandising rules: kept in memory for answers, changed in the store by the admin API. */
public interface MerchandisingRules {

    /** The rules as last read, without a round trip; {@link RuleSet#NONE} before the first read or when none are stored. */
    RuleSet current();

    /** The rules as stored now. Errors when the store is unreachable. */
    Mono<RuleSet> read();

    /**
     * Stores {@code rules} (already valid) as the next version, if the stored version is still {@code expectedVersion}
     * (0 = none stored); every instance sees them within a second. The stored set; a conflict errors with
     * {@link dev.pointe.service.domain.AdminRefusedException} (CONFLICT).
     */
    Mono<RuleSet> replace(long expectedVersion, List<MerchandisingRule> rules);
}
