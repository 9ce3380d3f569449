package dev.pointe.service.adapter.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** The admin API's key check: {@code X-API-Key: KEY} or {@code Authorization: Bearer KEY}, compared in constant time. */
final class AdminKey {

    private final byte[] key;

    AdminKey(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Returns when the headers carry the key; else 401 (as a problem with {@code WWW-Authenticate}). */
    void authorize(Map<String, String> headers) {
        String given = null;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase("X-API-Key")) given = h.getValue();
            if (h.getKey().equalsIgnoreCase("Authorization") && h.getValue().startsWith("Bearer ")) given = h.getValue().substring(7);
        }
        if (key.length == 0 || given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, key.length == 0
                    ? "the admin API is off: set pointe.admin.api-key" : "a valid X-API-Key header is required");
        }
    }
}
