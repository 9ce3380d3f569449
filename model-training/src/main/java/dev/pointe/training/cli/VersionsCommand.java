package dev.pointe.training.cli;

import dev.pointe.format.StoredManifest;
import dev.pointe.training.publish.ModelRegistry;
import dev.pointe.training.publish.RedisModelStore;
import dev.pointe.training.publish.VersionInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "versions", mixinStandardHelpOptions = true,
        description = "Lists the model versions in Redis, newest first: id, data time, publish time, items, status, "
                + "offline HR@10 / NDCG@10 of pointe, and which one is active (*) or previous (rollback target).")
public final class VersionsCommand implements Callable<Integer> {

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Override
    public Integer call() {
        try (RedisModelStore store = redis.connect()) {
            List<VersionInfo> versions = new ModelRegistry(store).versions();
            System.out.printf("%-2s %-16s %-20s %-24s %8s %-8s %7s %8s %s%n", "", "VERSION", "CREATED", "PUBLISHED", "ITEMS",
                    "STATUS", "HR@10", "NDCG@10", "NOTE");
            for (VersionInfo v : versions) {
                StoredManifest m = v.manifest();
                System.out.printf(Locale.ROOT, "%-2s %-16s %-20s %-24s %8s %-8s %7s %8s %s%n", v.active() ? "*" : "", v.version(),
                        m == null ? "?" : m.createdAt(), m == null ? "?" : m.publishedAt(),
                        m == null ? "?" : String.valueOf(m.counts().getOrDefault("items", 0L)), v.status(),
                        metric(m, "hr@10"), metric(m, "ndcg@10"), v.active() ? "active" : v.previous() ? "previous" : "");
            }
            if (versions.isEmpty()) System.out.println("(no versions in " + store.where() + ")");
        }
        return ExitCodes.OK;
    }

    private static String metric(StoredManifest m, String name) {
        if (m == null || m.metrics() == null) return "-";
        for (Map.Entry<String, Double> e : m.metrics().entrySet()) {
            if (e.getKey().endsWith("/pointe/" + name)) return String.format(Locale.ROOT, "%.4f", e.getValue());
        }
        return "-";
    }
}
