package dev.pointe.service.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile HTTP/1.1 requests, as raw text: odd methods, paths (API, admin, actuator,
 * docs, traversal, encodings), parameter values, headers and bodies. Every request ends with
 * {@code Connection: close}. Deterministic for a given seed, so that a failure can be replayed.
 */
final class HostileRequests {

    private static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT", "FOO", "get", "G\u00c9T"};
    private static final String[] PATHS = {"/v1/items/%s/complete-the-look", "/v1/items/%s/bought-together", "/v1/items/%s/similar",
            "/v1/items/%s", "/v1/looks", "/v1/bought-together", "/v1/popular", "/admin/model", "/admin/model/versions/%s/activate",
            "/admin/model/rollback", "/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator/env",
            "/actuator/heapdump", "/actuator/beans", "/actuator/info", "/v3/api-docs", "/swagger-ui.html", "/demo/", "/",
            "/v1/items/", "/v1/items//complete-the-look", "/v1/items/%s/complete-the-look/extra", "/v2/items/%s", "/favicon.ico"};
    private static final String[] ODD_SKUS = {"", "NOPE", "%00", "%ZZ", "%", "..%2F..%2Fetc%2Fpasswd", "../../etc/passwd", "%2e%2e",
            "\u00e9\u00e8", "%C3%A9", "%FF%FE", "😀", "%F0%9F%98%80", "a b", "a%20b", "<script>alert(1)</script>", "'; DROP TABLE x;--",
            "${jndi:ldap://x}", "#{1+1}", "%0d%0aSet-Cookie:x=1", "null", "undefined", "-1", "0", "1e309", "[]", "{}", "\\", "%5C",
            "CON", "a;b", "a,b", "*", "?", "%3F"};
    private static final String[] PARAMS = {"limit", "category", "exclude", "minPrice", "maxPrice", "maxPerCategory", "inStock",
            "LIMIT", "limit[]", "", "%00", "x"};
    private static final String[] VALUES = {"", "0", "1", "-1", "10", "50", "51", "99999999999", "2147483648", "-2147483649", "abc",
            "NaN", "Infinity", "-Infinity", "1e309", "1e-400", "0x10", "1.5", "１０", "true", "false", "maybe", "%00", "%ZZ", "%",
            "a,b,,c", ",,,", "shoes", "hosiery,tops", "%E2%80%AE", "null"};
    private static final String[] BODIES = {"{\"skus\":[\"%s\"]}", "{\"skus\":[]}", "{\"skus\":null}", "{}", "[]", "null", "",
            "{\"skus\":[\"%s\"],\"limit\":\"x\"}", "{\"skus\":[\"%s\"],\"limit\":1e400}", "{\"skus\":[1,2,3]}", "{\"skus\":\"%s\"}",
            "{\"skus\":[\"%s\"],\"minPrice\":-5}", "{\"skus\":[\"%s\"],\"maxPerCategory\":0}", "{\"skus\":[\"%s\"", "{{{{", "\u0000\u0001",
            "{\"skus\":[\"%s\"],\"extra\":{\"deep\":[[[[[[[[[[]]]]]]]]]]}}", "{\"@class\":\"java.lang.Runtime\"}"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-8", "text/plain",
            "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=ebcdic",
            "*/*", "", "garbage"};
    private static final String[] ACCEPTS = {"application/json", "*/*", "text/html", "application/xml", "image/png",
            "application/problem+json", "", "garbage/", "application/json;q=abc"};
    private static final String[] HEADERS = {"If-None-Match: \"garbage\"", "If-None-Match: *", "X-API-Key: wrong",
            "Authorization: Bearer wrong", "Authorization: Basic %%%", "Origin: https://evil.example", "Range: bytes=0-1",
            "Accept-Encoding: gzip, br", "Accept-Language: ☃", "X-Forwarded-For: 999.1.1.1", "Cookie: a=b", "Expect: 100-continue",
            "Content-Length: -1", "Host: ", "X-Long: %s"};

    private final Random random;
    private final List<String> skus;

    HostileRequests(Random random, List<String> skus) {
        this.random = random;
        this.skus = skus;
    }

    /** The next request, complete (request line, headers, body). */
    String next() {
        int shape = random.nextInt(100);
        if (shape < 3) return garbageBytes();
        if (shape < 5) return hugeRequestLine();
        if (shape < 7) return hugeHeader();
        String method = pick(METHODS);
        String path = pick(PATHS).replace("%s", sku());
        StringBuilder target = new StringBuilder(path);
        int params = random.nextInt(5);
        for (int i = 0; i < params; i++) target.append(i == 0 ? '?' : '&').append(pick(PARAMS)).append('=').append(pick(VALUES));
        if (random.nextInt(20) == 0) target.append("&exclude=").append("X,".repeat(random.nextInt(1_500)));
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (random.nextBoolean()) request.append("Accept: ").append(pick(ACCEPTS)).append("\r\n");
        int headers = random.nextInt(3);
        for (int i = 0; i < headers; i++) request.append(pick(HEADERS).replace("%s", "y".repeat(random.nextInt(4_000)))).append("\r\n");
        String body = "";
        if (method.equals("POST") || random.nextInt(10) == 0) {
            body = random.nextInt(25) == 0 ? "{\"skus\":[" + "\"A\",".repeat(random.nextInt(400_000)) + "\"B\"]}" : pick(BODIES).replace("%s", sku());
            request.append("Content-Type: ").append(pick(CONTENT_TYPES)).append("\r\n");
        }
        request.append("Connection: close\r\n");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 || method.equals("POST")) request.append("Content-Length: ").append(bytes.length).append("\r\n");
        return request.append("\r\n").append(body).toString();
    }

    private String sku() {
        return random.nextInt(3) == 0 ? pick(ODD_SKUS) : skus.get(random.nextInt(skus.size()));
    }

    private String garbageBytes() {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) s.append((char) random.nextInt(128));
        return s.append("\r\n\r\n").toString();
    }

    private String hugeRequestLine() {
        return "GET /v1/items/" + sku() + "/complete-the-look?exclude=" + "Z".repeat(5_000 + random.nextInt(60_000))
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    }

    private String hugeHeader() {
        return "GET /v1/popular HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "h".repeat(9_000 + random.nextInt(60_000))
                + "\r\nConnection: close\r\n\r\n";
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
