package dev.pointe.format;

/**
 * The Lua scripts that change control keys atomically, shared by the trainer's CLI and the service's
 * admin endpoints. Every key a script touches is passed in KEYS and carries the {@code {ctl}} hash tag,
 * so the scripts also run on Redis Cluster. Errors start with a code: MISSING, INCOMPLETE, CHANGED,
 * LOCKLOST.
 */
public final class StoreScripts {

    private StoreScripts() {
    }

    /** KEYS: lock. ARGV: token, ttl ms. Extends the lock only when we still hold it. */
    public static final String RENEW_LOCK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0
            """;

    /** KEYS: lock. ARGV: token. Releases the lock only when we hold it. */
    public static final String RELEASE_LOCK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    /** KEYS: lock, manifest. ARGV: token, manifest JSON. Marks a version complete if we still hold the lock. */
    public static final String MARK_COMPLETE = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return redis.error_reply('LOCKLOST the publish lock expired or was taken over')
            end
            redis.call('HSET', KEYS[2], 'status', 'COMPLETE', 'manifest', ARGV[2])
            redis.call('HDEL', KEYS[2], 'writer')
            return 1
            """;

    /**
     * KEYS: active, manifest of the version, history. ARGV: version, channel. Switches the active
     * pointer to a complete version, remembers the old one for rollback, announces the switch.
     * Returns the previously active version ('' when none).
     */
    public static final String ACTIVATE = """
            local status = redis.call('HGET', KEYS[2], 'status')
            if not status then
              return redis.error_reply('MISSING version ' .. ARGV[1] .. ' is not in the store')
            end
            if status ~= 'COMPLETE' then
              return redis.error_reply('INCOMPLETE version ' .. ARGV[1] .. ' is ' .. status)
            end
            local old = redis.call('GET', KEYS[1])
            if old == ARGV[1] then
              return old
            end
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('LREM', KEYS[3], 0, ARGV[1])
            if old then
              redis.call('LREM', KEYS[3], 0, old)
              redis.call('LPUSH', KEYS[3], old)
              redis.call('LTRIM', KEYS[3], 0, 99)
            end
            local event = {type = 'activated', version = ARGV[1]}
            if old then event['previous'] = old end
            redis.call('PUBLISH', ARGV[2], cjson.encode(event))
            return old or ''
            """;

    /**
     * KEYS: active, history, manifest of the history's head. ARGV: that head version, channel. Goes
     * back to the previous version if it is still the head of the history and complete.
     */
    public static final String ROLLBACK = """
            if redis.call('LINDEX', KEYS[2], 0) ~= ARGV[1] then
              return redis.error_reply('CHANGED the activation history changed meanwhile; try again')
            end
            local status = redis.call('HGET', KEYS[3], 'status')
            if status ~= 'COMPLETE' then
              return redis.error_reply('INCOMPLETE the previous version ' .. ARGV[1] .. ' is missing or incomplete')
            end
            local old = redis.call('GET', KEYS[1])
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('LPOP', KEYS[2])
            local event = {type = 'rolled-back', version = ARGV[1]}
            if old then event['previous'] = old end
            redis.call('PUBLISH', ARGV[2], cjson.encode(event))
            return old or ''
            """;
}
