package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ModelKeys;
import dev.pointe.service.application.BoughtWithCart;
import dev.pointe.service.application.BrowseCatalog;
import dev.pointe.service.application.ManageRules;
import dev.pointe.service.application.RecordEvents;
import dev.pointe.service.application.RunExperiments;
import dev.pointe.service.application.port.MerchandisingRules;
import dev.pointe.service.application.RecommendItems;
import dev.pointe.service.application.ShopTheLook;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.domain.ListKind;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import dev.pointe.service.config.ServiceMetrics;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lettuce.core.resource.EpollProvider;
import io.lettuce.core.resource.IOUringProvider;
import io.lettuce.core.resource.KqueueProvider;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.client.ReactorResourceFactory;
import reactor.netty.resources.LoopResources;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Wires the Redis adapter and the use cases. */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    ClientResources redisClientResources(MeterRegistry registry) {
        // Redis command latency as lettuce.command.completion / lettuce.command.firstresponse
        // reconnect attempts 50 ms, 100 ms, ... at most 1 s apart: answers resume within about a second of Redis returning
        return ClientResources.builder()
                .commandLatencyRecorder(new MicrometerCommandLatencyRecorder(registry, MicrometerOptions.create()))
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(ClientResources resources) {
        RedisClient client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS) // fail fast, never queue
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .build());
        return client;
    }

    @Bean(destroyMethod = "close")
    RedisConnections redisConnections(RedisClient client, PointeProperties properties, ObjectProvider<ReactorResourceFactory> reactor) {
        RedisURI uri = RedisURI.create(properties.redis().uri());
        uri.setTimeout(properties.redis().commandTimeout());
        return new RedisConnections(client, uri, Duration.ofSeconds(2),
                properties.redis().connectionPerEventLoop() ? () -> serverEventLoops(reactor.getIfAvailable()) : List::of);
    }

    /**
     * The event loops the HTTP server runs on (Reactor Netty's, from Spring's resource factory, asked once it has
     * started); none when there is no such server or it and Lettuce would not use the same transport (both native, or both NIO); null
     * while the factory has not started.
     */
    static List<EventLoop> serverEventLoops(ReactorResourceFactory factory) {
        if (factory != null && !factory.isRunning()) return null;
        boolean lettuceNative = EpollProvider.isAvailable() || KqueueProvider.isAvailable() || IOUringProvider.isAvailable();
        boolean serverNative = LoopResources.DEFAULT_NATIVE && LoopResources.hasNativeSupport();
        if (factory == null || serverNative != lettuceNative) return List.of();
        List<EventLoop> loops = new java.util.ArrayList<>();
        for (EventExecutor executor : factory.getLoopResources().onServer(LoopResources.DEFAULT_NATIVE)) {
            if (!(executor instanceof EventLoop loop)) return List.of();
            loops.add(loop);
        }
        return loops;
    }

    @Bean
    RedisModelRepository modelRepository(RedisConnections connections, PointeProperties properties, MeterRegistry registry) {
        ModelKeys keys = new ModelKeys(properties.redis().prefix());
        MultiGauge activeVersion = MultiGauge.builder(ServiceMetrics.ACTIVE_MODEL)
                .description("1 for the model version being served").register(registry);
        RedisModelRepository repository = new RedisModelRepository(connections, keys, properties.redis().maxInFlight(),
                properties.nearCache().enabled(), properties.nearCache().maxBytes().toBytes(),
                onSwitch -> new ActiveVersion(connections, keys, properties.redis().commandTimeout(),
                        properties.redis().pollInterval(), version -> {
                            onSwitch.accept(version);
                            activeVersion.register(version == null ? List.of()
                                    : List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
                        }));
        registry.gauge(ServiceMetrics.READS_IN_FLIGHT, repository, RedisModelRepository::inFlight);
        if (repository.cache() != null) CaffeineCacheMetrics.monitor(registry, repository.cache(), ServiceMetrics.NEAR_CACHE);
        return repository;
    }

    @Bean
    RedisModelAdmin modelAdmin(RedisConnections connections, PointeProperties properties) {
        return new RedisModelAdmin(connections, new ModelKeys(properties.redis().prefix()), properties.redis().commandTimeout());
    }

    @Bean(destroyMethod = "close")
    RedisMerchandisingRules merchandisingRules(RedisConnections connections, PointeProperties properties) {
        return new RedisMerchandisingRules(connections, new ModelKeys(properties.redis().prefix()), properties.redis().commandTimeout(),
                properties.redis().pollInterval());
    }

    @Bean(destroyMethod = "close")
    RedisExperiments experiments(RedisConnections connections, PointeProperties properties) {
        return new RedisExperiments(connections, new ModelKeys(properties.redis().prefix()), properties.redis().commandTimeout(),
                properties.events().experimentPoll());
    }

    @Bean
    RunExperiments runExperiments(RedisExperiments experiments, RedisModelAdmin admin, PointeProperties properties) {
        return new RunExperiments(experiments, admin, java.time.Clock.systemUTC(), properties.events().minImpressions());
    }

    @Bean
    RecordEvents recordEvents(RedisConnections connections, PointeProperties properties) {
        return new RecordEvents(new RedisEventStore(connections, new ModelKeys(properties.redis().prefix()), properties.redis().commandTimeout()),
                java.time.Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "pointe.events.consume", havingValue = "true", matchIfMissing = true)
    OnlineMetricsConsumer onlineMetricsConsumer(RedisClient client, PointeProperties properties, MeterRegistry registry) {
        String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        return new OnlineMetricsConsumer(client, RedisURI.create(properties.redis().uri()), new ModelKeys(properties.redis().prefix()), name,
                properties.events().claimAfter(), registry);
    }

    @Bean
    ManageRules manageRules(MerchandisingRules rules) {
        return new ManageRules(rules);
    }

    @Bean
    ReactiveHealthIndicator redisHealthIndicator(RedisConnections connections, PointeProperties properties) {
        return StoreHealth.redis(connections, properties.redis().commandTimeout());
    }

    @Bean
    ReactiveHealthIndicator modelHealthIndicator(RedisModelRepository repository) {
        return StoreHealth.model(repository);
    }

    @Bean
    RecommendItems completeTheLook(RedisModelRepository repository, CatalogAvailability catalog, MerchandisingRules rules) {
        return new RecommendItems(repository, ListKind.COMPLETE_THE_LOOK, catalog, rules);
    }

    @Bean
    RecommendItems boughtTogether(RedisModelRepository repository, CatalogAvailability catalog, MerchandisingRules rules) {
        return new RecommendItems(repository, ListKind.BOUGHT_TOGETHER, catalog, rules);
    }

    @Bean
    RecommendItems similarItems(RedisModelRepository repository, CatalogAvailability catalog, MerchandisingRules rules) {
        return new RecommendItems(repository, ListKind.SIMILAR, catalog, rules);
    }

    @Bean
    BrowseCatalog browseCatalog(RedisModelRepository repository) {
        return new BrowseCatalog(repository);
    }

    @Bean
    BoughtWithCart boughtWithCart(RedisModelRepository repository, CatalogAvailability catalog) {
        return new BoughtWithCart(repository, catalog);
    }

    @Bean
    ShopTheLook shopTheLook(RedisModelRepository repository, CatalogAvailability catalog) {
        return new ShopTheLook(repository, catalog);
    }
}
