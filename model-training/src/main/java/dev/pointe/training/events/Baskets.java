package dev.pointe.training.events;

import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;

/**
 * Interaction data grouped into baskets (a session, an order, one customer's day...): for each basket
 * its distinct items in ascending id order, each with a weight (see {@link EventWeights}), the
 * shopper and the basket's time. Immutable; stored in flat primitive arrays (CSR layout) so that ten
 * million item occurrences fit in well under 200 MB.
 */
public final class Baskets {

    /** The time of a basket whose source has no timestamps. */
    public static final long NO_TIME = Long.MIN_VALUE;
    /** The user of a basket whose source has no shopper ids. */
    public static final int NO_USER = -1;

    private final ItemIndex items;
    private final int[] offsets;
    private final int[] itemIds;
    private final byte[] weights;
    private final int[] users;
    private final long[] times;
    private final boolean uniformWeights;

    private Baskets(ItemIndex items, int[] offsets, int[] itemIds, byte[] weights, int[] users, long[] times) {
        this.items = items;
        this.offsets = offsets;
        this.itemIds = itemIds;
        this.weights = weights;
        this.users = users;
        this.times = times;
        boolean uniform = true;
        for (byte w : weights) {
            if (w != 1) {
                uniform = false;
                break;
            }
        }
        this.uniformWeights = uniform;
    }

    public ItemIndex items() {
        return items;
    }

    /** Number of baskets. */
    public int size() {
        return users.length;
    }

    /** Number of item occurrences, summed over baskets. */
    public long occurrences() {
        return itemIds.length;
    }

    public int basketSize(int basket) {
        return offsets[basket + 1] - offsets[basket];
    }

    /** Start of the basket's entries in {@link #itemAt}/{@link #weightAt} positions. */
    public int start(int basket) {
        return offsets[basket];
    }

    public int end(int basket) {
        return offsets[basket + 1];
    }

    public int itemAt(int position) {
        return itemIds[position];
    }

    public int weightAt(int position) {
        return weights[position];
    }

    public int user(int basket) {
        return users[basket];
    }

    /** Epoch seconds of the basket's first event, or {@link #NO_TIME}. */
    public long time(int basket) {
        return times[basket];
    }

    /** True when every entry has weight 1 (purchase-only data, one-basket-per-line files). */
    public boolean uniformWeights() {
        return uniformWeights;
    }

    /** The basket's items as a fresh array (ascending ids). */
    public int[] itemsOf(int basket) {
        int[] out = new int[basketSize(basket)];
        System.arraycopy(itemIds, offsets[basket], out, 0, out.length);
        return out;
    }

    public static Builder builder(ItemIndex items) {
        return new Builder(items);
    }

    /**
     * Appends baskets whose items are already distinct ids; sorts each basket's items. Used by readers
     * (through {@link BasketAssembler}), by splits and by down-sampling.
     */
    public static final class Builder {
        private final ItemIndex items;
        private final IntArrayList offsets = new IntArrayList();
        private final IntArrayList itemIds = new IntArrayList();
        private final ByteArrayList weights = new ByteArrayList();
        private final IntArrayList users = new IntArrayList();
        private final LongArrayList times = new LongArrayList();

        private Builder(ItemIndex items) {
            this.items = items;
            offsets.add(0);
        }

        /** Adds one basket of distinct items with weight 1 each; empty baskets are ignored. */
        public Builder add(int user, long time, int[] basketItems) {
            return add(user, time, basketItems, null, 0, basketItems.length);
        }

        /**
         * Adds {@code length} entries starting at {@code from}; {@code basketWeights} may be null (all 1).
         * Items must be distinct; they are sorted here.
         */
        public Builder add(int user, long time, int[] basketItems, byte[] basketWeights, int from, int length) {
            if (length == 0) return this;
            int base = itemIds.size();
            for (int i = from; i < from + length; i++) {
                int id = basketItems[i];
                if (id < 0 || id >= items.size()) throw new IllegalArgumentException("item id out of range: " + id);
                itemIds.add(id);
                weights.add(basketWeights == null ? 1 : basketWeights[i]);
            }
            sortEntries(itemIds.elements(), weights.elements(), base, base + length);
            offsets.add(itemIds.size());
            users.add(user);
            times.add(time);
            return this;
        }

        public int size() {
            return users.size();
        }

        public Baskets build() {
            return new Baskets(items, offsets.toIntArray(), itemIds.toIntArray(), weights.toByteArray(),
                    users.toIntArray(), times.toLongArray());
        }

        /** Insertion sort for short baskets, else a paired sort; baskets are tiny on average. */
        private static void sortEntries(int[] ids, byte[] ws, int from, int to) {
            if (to - from < 32) {
                for (int i = from + 1; i < to; i++) {
                    int id = ids[i];
                    byte w = ws[i];
                    int j = i - 1;
                    while (j >= from && ids[j] > id) {
                        ids[j + 1] = ids[j];
                        ws[j + 1] = ws[j];
                        j--;
                    }
                    ids[j + 1] = id;
                    ws[j + 1] = w;
                }
                return;
            }
            it.unimi.dsi.fastutil.Arrays.quickSort(from, to, (a, b) -> Integer.compare(ids[a], ids[b]), (a, b) -> {
                int t = ids[a];
                ids[a] = ids[b];
                ids[b] = t;
                byte tw = ws[a];
                ws[a] = ws[b];
                ws[b] = tw;
            });
        }
    }
}
