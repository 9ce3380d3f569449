package dev.pointe.training.events;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects events as they stream out of a reader and groups them into {@link Baskets}: one basket per
 * distinct basket key (session, order, customer+day...) or per input line, each item once with its
 * largest event weight, the basket's time being its earliest event.
 *
 * <p>With a fixed {@link ItemIndex} (from the catalogue) events for unknown skus are refused
 * ({@link #event} returns false, the reader counts them as skipped); without one every sku seen
 * becomes an item.
 */
public final class BasketAssembler {

    private final ItemIndex fixedItems;
    private final EventWeights weights;

    private final Object2IntOpenHashMap<String> provisionalItems = new Object2IntOpenHashMap<>();
    private final List<String> provisionalSkus = new ArrayList<>();
    private final Object2IntOpenHashMap<String> basketIds = new Object2IntOpenHashMap<>();
    private final Object2IntOpenHashMap<String> userIds = new Object2IntOpenHashMap<>();
    private final IntArrayList basketUser = new IntArrayList();
    private final LongArrayList basketTime = new LongArrayList();

    private long latestTime = Baskets.NO_TIME;
    private final IntArrayList eventBasket = new IntArrayList();
    private final IntArrayList eventItem = new IntArrayList();
    private final ByteArrayList eventWeight = new ByteArrayList();

    public BasketAssembler(ItemIndex fixedItems, EventWeights weights) {
        this.fixedItems = fixedItems;
        this.weights = weights;
        provisionalItems.defaultReturnValue(-1);
        basketIds.defaultReturnValue(-1);
        userIds.defaultReturnValue(-1);
    }

    /**
     * One event. {@code user} may be null (no shopper ids); {@code time} is epoch seconds or
     * {@link Baskets#NO_TIME}. Returns false when the sku is not in the fixed item index.
     */
    public boolean event(String basketKey, String user, String sku, EventType type, long time) {
        int item = itemId(sku);
        if (item < 0) return false;
        if (time > latestTime) latestTime = time;
        int basket = basketIds.getInt(basketKey);
        if (basket < 0) {
            basket = basketUser.size();
            basketIds.put(basketKey, basket);
            basketUser.add(userId(user));
            basketTime.add(time);
        } else if (time != Baskets.NO_TIME && (basketTime.getLong(basket) == Baskets.NO_TIME || time < basketTime.getLong(basket))) {
            basketTime.set(basket, time);
        }
        eventBasket.add(basket);
        eventItem.add(item);
        eventWeight.add((byte) weights.of(type));
        return true;
    }

    /**
     * A whole basket from one input line (one-basket-per-line files), every item a purchase. Returns the
     * number of skus refused because they are not in the fixed item index.
     */
    public int basket(List<String> skus) {
        int basket = basketUser.size();
        basketUser.add(Baskets.NO_USER);
        basketTime.add(Baskets.NO_TIME);
        int refused = 0;
        byte w = (byte) weights.of(EventType.PURCHASE);
        for (String sku : skus) {
            int item = itemId(sku);
            if (item < 0) {
                refused++;
                continue;
            }
            eventBasket.add(basket);
            eventItem.add(item);
            eventWeight.add(w);
        }
        return refused;
    }

    private int itemId(String sku) {
        if (fixedItems != null) return fixedItems.id(sku);
        int id = provisionalItems.getInt(sku);
        if (id < 0) {
            id = provisionalSkus.size();
            provisionalItems.put(sku, id);
            provisionalSkus.add(sku);
        }
        return id;
    }

    private int userId(String user) {
        if (user == null || user.isEmpty()) return Baskets.NO_USER;
        int id = userIds.getInt(user);
        if (id < 0) {
            id = userIds.size();
            userIds.put(user, id);
        }
        return id;
    }

    /** Number of distinct shoppers seen. */
    public int users() {
        return userIds.size();
    }

    /** Epoch seconds of the latest event seen, or {@link Baskets#NO_TIME}. */
    public long latestTime() {
        return latestTime;
    }

    public long events() {
        return eventItem.size();
    }

    /** Groups the collected events; baskets keep the order in which they first appeared. */
    public Baskets finish() {
        ItemIndex items = fixedItems;
        int[] remap = null;
        if (items == null) {
            items = ItemIndex.of(provisionalSkus.toArray(String[]::new));
            remap = new int[provisionalSkus.size()];
            for (int i = 0; i < remap.length; i++) remap[i] = items.id(provisionalSkus.get(i));
        }
        int basketCount = basketUser.size();
        int n = eventItem.size();
        int[] start = new int[basketCount + 1];
        int[] evB = eventBasket.elements();
        for (int i = 0; i < n; i++) start[evB[i] + 1]++;
        for (int b = 0; b < basketCount; b++) start[b + 1] += start[b];
        int[] fill = start.clone();
        int[] sortedItems = new int[n];
        byte[] sortedWeights = new byte[n];
        int[] evI = eventItem.elements();
        byte[] evW = eventWeight.elements();
        for (int i = 0; i < n; i++) {
            int pos = fill[evB[i]]++;
            sortedItems[pos] = remap == null ? evI[i] : remap[evI[i]];
            sortedWeights[pos] = evW[i];
        }
        Baskets.Builder builder = Baskets.builder(items);
        int[] scratchItems = new int[16];
        byte[] scratchWeights = new byte[16];
        for (int b = 0; b < basketCount; b++) {
            int from = start[b];
            int to = start[b + 1];
            if (to - from > scratchItems.length) {
                scratchItems = new int[to - from];
                scratchWeights = new byte[to - from];
            }
            int distinct = dedupe(sortedItems, sortedWeights, from, to, scratchItems, scratchWeights);
            builder.add(basketUser.getInt(b), basketTime.getLong(b), scratchItems, scratchWeights, 0, distinct);
        }
        return builder.build();
    }

    /** Copies the distinct items of [from, to) to out, keeping each item's largest weight. */
    private static int dedupe(int[] items, byte[] ws, int from, int to, int[] outItems, byte[] outWeights) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int item = items[i];
            int j = 0;
            while (j < count && outItems[j] != item) j++;
            if (j < count) {
                if (ws[i] > outWeights[j]) outWeights[j] = ws[i];
            } else {
                outItems[count] = item;
                outWeights[count] = ws[i];
                count++;
            }
        }
        return count;
    }
}
