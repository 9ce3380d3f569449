package dev.pointe.service.domain;

/**
 * Live stock and price of one item from the shop's catalogue.
 *
 * @param price the live price; null when the catalogue gives none (the model's price is kept)
 */
public record Availability(String sku, boolean inStock, Double price) {
}
