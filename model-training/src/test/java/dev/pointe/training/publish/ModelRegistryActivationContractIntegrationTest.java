package dev.pointe.training.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The activation contract run against the trainer's {@link ModelRegistry} (the CLI's activate and rollback). */
class ModelRegistryActivationContractIntegrationTest extends ActivationContract {

    private RedisModelStore store;
    private ModelRegistry registry;

    @BeforeEach
    void connect() {
        store = StoreFixtures.connect(REDIS);
        registry = new ModelRegistry(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    protected String activate(String version) {
        try {
            return registry.activate(version);
        } catch (PublishException e) {
            throw refused(e);
        }
    }

    @Override
    protected String rollback() {
        try {
            registry.rollback();
            return registry.active();
        } catch (PublishException e) {
            throw refused(e);
        }
    }

    private static RuntimeException refused(PublishException e) {
        if (e.refusal() == null) {
            if (e.getMessage().startsWith("there is no previous version")) return new Refused(Refusal.NO_PREVIOUS, e.getMessage());
            return e;
        }
        return switch (e.refusal()) {
            case MISSING -> new Refused(Refusal.MISSING, e.getMessage());
            case INCOMPLETE -> new Refused(Refusal.INCOMPLETE, e.getMessage());
            case FORMAT -> new Refused(Refusal.FORMAT, e.getMessage());
            default -> e;
        };
    }
}
