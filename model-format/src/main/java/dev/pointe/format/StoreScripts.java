package dev.pointe.format;

/**
 * The Lua scripts that change control keys atomically, shared by the trainer's CLI and the service's
 * admin endpoints. Every key a script touches is passed in KEYS and carries the {@code {ctl}} hash tag,
 * so the scripts also run on Redis Cluster. Errors start with a {@link ScriptError} code. Hash fields are
 * {@link ManifestFields}'.
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

    /** ARGV of {@link #ACTIVATE}: the formats {@link ModelCodec#readable} accepts, comma-separated. */
    public static String readableFormats() {
        StringBuilder out = new StringBuilder();
        for (int f = 1; f <= ModelCodec.FORMAT_VERSION; f++) {
            if (ModelCodec.readable(f)) out.append(out.isEmpty() ? "" : ",").append(f);
        }
        return out.toString();
    }

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
     * KEYS: active, manifest of the version, history. ARGV: version, channel, the formats the caller's
     * code reads ({@link #readableFormats()}). Switches the active pointer to a complete version in a
     * readable format, remembers the old one for rollback, announces the switch.
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
            local format = redis.call('HGET', KEYS[2], 'format') or '1'
            if not string.find(',' .. ARGV[3] .. ',', ',' .. format .. ',', 1, true) then
              return redis.error_reply('FORMAT version ' .. ARGV[1] .. ' is in model format ' .. format
                .. ', which this code cannot read (it reads ' .. ARGV[3] .. ')')
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
     * KEYS: active, history, manifest of the history's head. ARGV: that head version, channel, readable
     * formats. Goes back to the previous version if it is still the head of the history, complete and readable.
     */
    public static final String ROLLBACK = """
            if redis.call('LINDEX', KEYS[2], 0) ~= ARGV[1] then
              return redis.error_reply('CHANGED the activation history changed meanwhile; try again')
            end
            local status = redis.call('HGET', KEYS[3], 'status')
            if status ~= 'COMPLETE' then
              return redis.error_reply('INCOMPLETE the previous version ' .. ARGV[1] .. ' is missing or incomplete')
            end
            local format = redis.call('HGET', KEYS[3], 'format') or '1'
            if not string.find(',' .. ARGV[3] .. ',', ',' .. format .. ',', 1, true) then
              return redis.error_reply('FORMAT the previous version ' .. ARGV[1] .. ' is in model format ' .. format
                .. ', which this code cannot read (it reads ' .. ARGV[3] .. ')')
            end
            local old = redis.call('GET', KEYS[1])
            redis.call('SET', KEYS[1], ARGV[1])
            redis.call('LPOP', KEYS[2])
            local event = {type = 'rolled-back', version = ARGV[1]}
            if old then event['previous'] = old end
            redis.call('PUBLISH', ARGV[2], cjson.encode(event))
            return old or ''
            """;

    /**
     * KEYS: rules. ARGV: the version the caller read (0 = none stored), the new {@link RuleSet} JSON (whose
     * version is that + 1), the rules channel. Stores the rules only if nobody changed them meanwhile,
     * announces the new version. Returns it.
     */
    public static final String PUT_RULES = """
            local current = redis.call('GET', KEYS[1])
            local version = 0
            if current then version = cjson.decode(current)['version'] or 0 end
            if tostring(version) ~= ARGV[1] then
              return redis.error_reply('CHANGED the rules are at version ' .. version .. ', not ' .. ARGV[1] .. '; read them again')
            end
            redis.call('SET', KEYS[1], ARGV[2])
            redis.call('PUBLISH', ARGV[3], tostring(version + 1))
            return version + 1
            """;

    /** Events kept in the stream, about (MAXLEN ~): at 1 KB each, about 1 GB of Redis memory at most. */
    public static final long EVENTS_MAX_LENGTH = 1_000_000;
    /** How long an event id is remembered for idempotency: a client retrying within 15 minutes never double-counts (one small key per event meanwhile). */
    public static final long EVENT_ID_TTL_SECONDS = 900;

    /**
     * KEYS: the stream, then one seen-key per event. ARGV: max length, id ttl seconds, then per event its
     * {@link ShopperEventRecord#payload()}. Stores each event whose id was not seen (SET NX) as an entry with the one
     * field {@value ShopperEventRecord#PAYLOAD}, in order; returns the number stored (the rest were duplicates).
     * One script: a batch is stored whole or not at all.
     */
    public static final String ADD_EVENTS = """
            local added = 0
            for i = 2, #KEYS do
              if redis.call('SET', KEYS[i], '1', 'NX', 'EX', ARGV[2]) then
                redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'e', ARGV[i + 1])
                added = added + 1
              end
            end
            return added
            """;

    /**
     * KEYS: the stream, the metrics index, then the metrics hashes the batch touches. ARGV: the group, then per event:
     * its entry id, the 1-based KEYS index of its metrics hash, its index member ("version:arm"), the number of
     * field/increment pairs, and the pairs. Acknowledges each event and adds up the increments of those it
     * acknowledged (one HINCRBY per counter and batch, not per event), all in one step, so that a consumer
     * that dies in between cannot exist: an event is counted exactly once. An entry already acknowledged (another
     * consumer claimed and counted it) is not counted again. Returns one flag per event: 1 counted here, 0 not.
     */
    public static final String COUNT_EVENTS = """
            local sums = {}
            local order = {}
            local members = {}
            local counted = {}
            local at = 2
            while at <= #ARGV do
              local n = tonumber(ARGV[at + 3])
              if redis.call('XACK', KEYS[1], ARGV[1], ARGV[at]) == 1 then
                for j = 0, n - 1 do
                  local k = ARGV[at + 1] .. ' ' .. ARGV[at + 4 + 2 * j]
                  if not sums[k] then
                    sums[k] = 0
                    order[#order + 1] = k
                  end
                  sums[k] = sums[k] + tonumber(ARGV[at + 5 + 2 * j])
                end
                members[ARGV[at + 2]] = true
                counted[#counted + 1] = 1
              else
                counted[#counted + 1] = 0
              end
              at = at + 4 + 2 * n
            end
            for _, k in ipairs(order) do
              local sep = string.find(k, ' ', 1, true)
              -- pcall: a counter at its limit stays there; the events are acknowledged and the other counters still count
              redis.pcall('HINCRBY', KEYS[tonumber(string.sub(k, 1, sep - 1))], string.sub(k, sep + 1), string.format('%.0f', sums[k]))
            end
            for m in pairs(members) do
              redis.call('SADD', KEYS[2], m)
            end
            return counted
            """;
}
