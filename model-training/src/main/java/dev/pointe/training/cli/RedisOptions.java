package dev.pointe.training.cli;

import dev.pointe.format.ModelKeys;
import dev.pointe.training.publish.RedisModelStore;
import picocli.CommandLine.Option;

import java.time.Duration;

/** Where the model store is. */
final class RedisOptions {

    @Option(names = "--redis", paramLabel = "URI", defaultValue = "${env:REDIS_URL:-redis://127.0.0.1:6379}",
            description = "Redis URI: redis://[:password@]host:port[/db], or rediss:// for TLS. Default: $REDIS_URL, "
                    + "else redis://127.0.0.1:6379.")
    String uri;

    @Option(names = "--prefix", defaultValue = "pointe", description = "Key prefix of the model store (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--redis-timeout", paramLabel = "DURATION", defaultValue = "PT10S",
            description = "Command timeout, ISO-8601 (default: 10 s).")
    Duration timeout;

    RedisModelStore connect() {
        return RedisModelStore.connect(uri, new ModelKeys(prefix), timeout);
    }
}
