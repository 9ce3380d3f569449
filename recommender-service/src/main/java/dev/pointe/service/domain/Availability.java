package dev.pointe.service.domain;

/**
 * Live stock and price of one item from the shop's catalogue.
 *
 * @param price    the live price; null when the catalogue gives none (the model's price is kept)
 * @param category the item's category; null when the catalogue gives none. Lets a sku the model does not
 *                 hold yet (a new product) get best-sellers for its category instead of a 404
 */
public record Availability(String sku, boolean inStock, Double price, String category) {

    public Availability(String sku, boolean inStock, Double price) {
        this(sku, inStock, price, null);
    }
}
