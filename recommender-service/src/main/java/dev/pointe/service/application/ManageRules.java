package dev.pointe.service.application;

import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.RuleSet;
import dev.pointe.service.application.port.MerchandisingRules;
import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.InvalidBodyException;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** Reads and changes the shop's merchandising rules: validated as a whole, stored only when valid. */
public final class ManageRules {

    private final MerchandisingRules rules;

    public ManageRules(MerchandisingRules rules) {
        this.rules = rules;
    }

    public Mono<RuleSet> read() {
        return rules.read();
    }

    /**
     * Replaces every rule. {@code expectedVersion}: the version the client read (an optimistic lock), or null to
     * replace whatever is stored.
     */
    public Mono<RuleSet> replaceAll(Long expectedVersion, List<MerchandisingRule> next) {
        check(next);
        if (expectedVersion != null) return rules.replace(expectedVersion, next);
        return rules.read().flatMap(stored -> rules.replace(stored.version(), next));
    }

    /** Adds a rule, or replaces the one with its id. */
    public Mono<RuleSet> put(MerchandisingRule rule) {
        return rules.read().flatMap(stored -> {
            List<MerchandisingRule> next = new ArrayList<>(stored.rules());
            boolean replaced = false;
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).id().equals(rule.id())) {
                    next.set(i, rule);
                    replaced = true;
                }
            }
            if (!replaced) next.add(rule);
            check(next);
            return rules.replace(stored.version(), next);
        });
    }

    /** Removes the rule with this id; refused (MISSING) when there is none. */
    public Mono<RuleSet> delete(String id) {
        return rules.read().flatMap(stored -> {
            List<MerchandisingRule> next = new ArrayList<>(stored.rules());
            if (!next.removeIf(r -> r.id().equals(id))) {
                return Mono.error(new AdminRefusedException(AdminRefusedException.Reason.MISSING, "there is no rule '" + id + "'"));
            }
            return rules.replace(stored.version(), next);
        });
    }

    private static void check(List<MerchandisingRule> next) {
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i) == null) throw new InvalidBodyException("rules", List.of("rules[" + i + "]: must be a rule object"));
        }
        List<String> problems = new RuleSet(0, null, next).problems();
        if (!problems.isEmpty()) throw new InvalidBodyException("rules", problems);
    }
}
