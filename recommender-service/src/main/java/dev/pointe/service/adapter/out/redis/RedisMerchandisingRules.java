package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.RuleSet;
import dev.pointe.format.ScriptError;
import dev.pointe.format.StoreScripts;
import dev.pointe.service.application.port.MerchandisingRules;
import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.StoreUnavailableException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link MerchandisingRules} in Redis ({@link ModelKeys#rules()}): read at start-up, re-read at once when the
 * rules channel announces a change and, as a safety net, at every poll. A change is one script that checks
 * the version it replaces. Malformed stored rules are not served (the last good ones stay) and said once.
 */
public final class RedisMerchandisingRules implements MerchandisingRules, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisMerchandisingRules.class);

    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Duration timeout;
    private final AtomicReference<RuleSet> current = new AtomicReference<>(RuleSet.NONE);
    private final AtomicReference<String> malformed = new AtomicReference<>();
    private final StoreWatch watch;

    public RedisMerchandisingRules(RedisConnections connections, ModelKeys keys, Duration timeout, Duration pollInterval) {
        this.connections = connections;
        this.keys = keys;
        this.timeout = timeout.multipliedBy(5);
        this.watch = new StoreWatch(connections, keys.rulesChannel(), this.timeout, pollInterval, this::refresh, LOG, "the merchandising rules");
    }

    /** Reads the stored rules and serves them when they are newer; the set now served. */
    Mono<RuleSet> refresh() {
        return read().doOnNext(this::serve);
    }

    private void serve(RuleSet read) {
        RuleSet old = current.getAndSet(read);
        if (old.version() != read.version()) {
            LOG.info("serving merchandising rules version {} ({} rules; was version {})", read.version(), read.rules().size(), old.version());
        }
    }

    @Override
    public RuleSet current() {
        return current.get();
    }

    @Override
    public Mono<RuleSet> read() {
        return connections.model().flatMap(c -> c.reactive().get(keys.rules()))
                .map(bytes -> {
                    try {
                        RuleSet set = ModelCodec.decodeRules(bytes);
                        List<String> problems = set.problems();
                        if (!problems.isEmpty()) throw new IllegalArgumentException(problems.get(0));
                        malformed.set(null);
                        return set;
                    } catch (IllegalArgumentException e) {
                        if (!String.valueOf(e.getMessage()).equals(malformed.getAndSet(String.valueOf(e.getMessage())))) {
                            LOG.error("the merchandising rules at {} are not valid ({}); keeping the last good ones", keys.rules(), e.getMessage());
                        }
                        return current.get();
                    }
                })
                .defaultIfEmpty(RuleSet.NONE)
                .timeout(timeout)
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer", e));
    }

    @Override
    public Mono<RuleSet> replace(long expectedVersion, List<MerchandisingRule> rules) {
        RuleSet next = new RuleSet(expectedVersion + 1, Instant.now().toString(), rules);
        String json = new String(ModelCodec.encodeRules(next), StandardCharsets.UTF_8);
        return connections.admin()
                .flatMap(c -> c.reactive().<Long>eval(StoreScripts.PUT_RULES, ScriptOutputType.INTEGER, new String[]{keys.rules()},
                        Long.toString(expectedVersion), json, keys.rulesChannel()).next())
                .timeout(timeout)
                .map(version -> {
                    serve(next);
                    return next;
                })
                .onErrorMap(e -> {
                    if (e instanceof RedisCommandExecutionException && ScriptError.of(e.getMessage()) == ScriptError.CHANGED) {
                        return new AdminRefusedException(AdminRefusedException.Reason.CONFLICT, ScriptError.detail(e.getMessage()));
                    }
                    return new StoreUnavailableException("the model store did not answer", e);
                });
    }

    @Override
    public void close() {
        watch.close();
    }
}
