package dev.pointe.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A shop's merchandising rules as stored at {@link ModelKeys#rules()}: changed without retraining, seen
 * by every service instance, versioned so that concurrent edits do not overwrite each other.
 *
 * @param version   1 for the first stored set, +1 for every change; 0 = none stored yet
 * @param updatedAt ISO-8601 instant of the last change; null when none stored yet
 * @param rules     in order: for pins on the same position, the first wins
 */
public record RuleSet(long version, String updatedAt, List<MerchandisingRule> rules) {

    /** What the service uses while no rules are stored. */
    public static final RuleSet NONE = new RuleSet(0, null, List.of());

    public RuleSet {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** What is wrong with the rules, each as "rules[i].field: problem"; empty when valid. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (rules.size() > MerchandisingRule.MAX_RULES) out.add("rules: at most " + MerchandisingRule.MAX_RULES + " rules");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            MerchandisingRule r = rules.get(i);
            if (r == null) {
                out.add("rules[" + i + "]: must be a rule object");
                continue;
            }
            out.addAll(r.problems("rules[" + i + "]"));
            if (r.id() != null && !ids.add(r.id())) out.add("rules[" + i + "].id: '" + r.id() + "' is used by an earlier rule");
        }
        return out;
    }
}
