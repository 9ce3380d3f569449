package dev.pointe.bench;

import dev.pointe.training.events.Baskets;
import org.apache.mahout.cf.taste.impl.common.FastByIDMap;
import org.apache.mahout.cf.taste.impl.common.FastIDSet;
import org.apache.mahout.cf.taste.impl.model.GenericBooleanPrefDataModel;

/**
 * Pointe baskets as a Mahout Taste data model: every basket is a Taste "user" whose id is the basket's
 * index, holding its items (Pointe item ids) as boolean preferences. Empty baskets do not exist in
 * {@link Baskets}, so the model's user count equals the basket count, the same N that Pointe's
 * co-occurrence statistics use.
 */
public final class TasteData {

    private TasteData() {
    }

    /** A {@link GenericBooleanPrefDataModel} with user = basket index, items = Pointe item ids. */
    public static GenericBooleanPrefDataModel booleanModel(Baskets baskets) {
        FastByIDMap<FastIDSet> users = new FastByIDMap<>(baskets.size());
        for (int b = 0; b < baskets.size(); b++) {
            FastIDSet items = new FastIDSet(baskets.basketSize(b));
            for (int p = baskets.start(b); p < baskets.end(b); p++) items.add(baskets.itemAt(p));
            users.put(b, items);
        }
        return new GenericBooleanPrefDataModel(users);
    }
}
