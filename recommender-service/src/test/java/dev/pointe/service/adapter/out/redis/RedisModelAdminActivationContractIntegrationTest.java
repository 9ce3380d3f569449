package dev.pointe.service.adapter.out.redis;

import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.training.publish.ActivationContract;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;

/** The activation contract run against the service's {@link RedisModelAdmin} (the admin API's activate and rollback). */
class RedisModelAdminActivationContractIntegrationTest extends ActivationContract {

    private RedisClient client;
    private RedisConnections connections;
    private RedisModelAdmin admin;

    @BeforeEach
    void connect() {
        client = RedisClient.create();
        connections = new RedisConnections(client, RedisURI.create(REDIS.uri()), Duration.ofSeconds(2));
        admin = new RedisModelAdmin(connections, KEYS, Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        connections.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Override
    protected String activate(String version) {
        try {
            String previous = admin.activate(version).block(Duration.ofSeconds(5));
            return previous == null || previous.isEmpty() ? null : previous;
        } catch (AdminRefusedException e) {
            throw refused(e);
        }
    }

    @Override
    protected String rollback() {
        try {
            return admin.rollback().block(Duration.ofSeconds(5));
        } catch (AdminRefusedException e) {
            throw refused(e);
        }
    }

    private static RuntimeException refused(AdminRefusedException e) {
        if (e.script() == null) return new Refused(Refusal.NO_PREVIOUS, e.getMessage());
        return switch (e.script()) {
            case MISSING -> new Refused(Refusal.MISSING, e.getMessage());
            case INCOMPLETE -> new Refused(Refusal.INCOMPLETE, e.getMessage());
            case FORMAT -> new Refused(Refusal.FORMAT, e.getMessage());
            default -> e;
        };
    }
}
