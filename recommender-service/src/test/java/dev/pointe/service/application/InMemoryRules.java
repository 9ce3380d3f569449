package dev.pointe.service.application;

import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.RuleSet;
import dev.pointe.service.application.port.MerchandisingRules;
import dev.pointe.service.domain.AdminRefusedException;
import reactor.core.publisher.Mono;

import java.util.List;

/** The rules port in memory, for use-case tests (the Redis adapter is tested against a real Redis). */
final class InMemoryRules implements MerchandisingRules {

    static final InMemoryRules NONE = new InMemoryRules();

    private volatile RuleSet rules = RuleSet.NONE;

    static InMemoryRules of(MerchandisingRule... rules) {
        InMemoryRules out = new InMemoryRules();
        out.rules = new RuleSet(1, "2026-12-02T00:00:00Z", List.of(rules));
        return out;
    }

    @Override
    public RuleSet current() {
        return rules;
    }

    @Override
    public Mono<RuleSet> read() {
        return Mono.just(rules);
    }

    @Override
    public synchronized Mono<RuleSet> replace(long expectedVersion, List<MerchandisingRule> next) {
        if (expectedVersion != rules.version()) {
            return Mono.error(new AdminRefusedException(AdminRefusedException.Reason.CONFLICT, "changed"));
        }
        rules = new RuleSet(expectedVersion + 1, "2026-12-02T00:00:00Z", next);
        return Mono.just(rules);
    }
}
