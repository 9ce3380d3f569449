package dev.pointe.service.adapter.in.web;

import dev.pointe.format.RecommendationId;
import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

import java.io.ByteArrayOutputStream;

/**
 * Writes an answer ({@link LookResponse}'s shape, field for field) with the streaming generator: no data
 * binding per request. {@code LookResponse} stays the documented schema; a test holds the two equal.
 */
final class AnswerJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final SerializableString SKU = new SerializedString("sku");
    private static final SerializableString MODEL_VERSION = new SerializedString("modelVersion");
    private static final SerializableString FALLBACK = new SerializedString("fallback");
    private static final SerializableString FALLBACK_KIND = new SerializedString("fallbackKind");
    private static final SerializableString DEGRADED = new SerializedString("degraded");
    private static final SerializableString ITEMS = new SerializedString("items");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString CATEGORY = new SerializedString("category");
    private static final SerializableString PRICE = new SerializedString("price");
    private static final SerializableString IMAGE_URL = new SerializedString("imageUrl");
    private static final SerializableString SCORE = new SerializedString("score");
    private static final SerializableString REASON_CODE = new SerializedString("reasonCode");
    private static final SerializableString REASON = new SerializedString("reason");
    private static final SerializableString RECOMMENDATION_ID = new SerializedString("recommendationId");
    private static final SerializableString ARM = new SerializedString("arm");

    private AnswerJson() {
    }

    /** A per-thread output buffer, reused: one exact-size copy per answer instead of a growing stream's arrays. */
    private static final class Output extends ByteArrayOutputStream {
        Output() {
            super(8192);
        }

        byte[] take() {
            byte[] bytes = java.util.Arrays.copyOf(buf, count);
            count = 0;
            if (buf.length > 65_536) buf = new byte[8192]; // a rare huge answer does not stay pinned
            return bytes;
        }
    }

    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    static byte[] encode(Recommendations r, RecommendationId id) {
        Output out = OUTPUT.get();
        out.reset();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeName(SKU).writeString(r.sku());
            g.writeName(MODEL_VERSION).writeString(r.version());
            g.writeName(FALLBACK).writeBoolean(r.fallback() != null);
            g.writeName(FALLBACK_KIND).writeString(r.fallback());
            g.writeName(DEGRADED).writeBoolean(r.degraded());
            g.writeName(ITEMS).writeStartArray();
            for (RecommendedItem item : r.items()) {
                g.writeStartObject();
                g.writeName(SKU).writeString(item.sku());
                g.writeName(TITLE).writeString(item.title());
                g.writeName(CATEGORY).writeString(item.category());
                g.writeName(PRICE).writeNumber(item.price());
                g.writeName(IMAGE_URL).writeString(item.imageUrl());
                g.writeName(SCORE).writeNumber(item.score());
                g.writeName(REASON_CODE).writeString(item.reasonCode());
                g.writeName(REASON).writeString(item.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName(RECOMMENDATION_ID).writeString(id.toString());
            g.writeName(ARM).writeString(id.arm());
            g.writeEndObject();
        }
        return out.take();
    }
}
