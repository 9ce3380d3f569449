package dev.pointe.format;

/**
 * A message on {@link ModelKeys#channel()}: the active version changed.
 *
 * @param type     {@code activated} or {@code rolled-back}
 * @param version  the version now active
 * @param previous the version active before, or null
 */
public record ModelEvent(String type, String version, String previous) {
}
