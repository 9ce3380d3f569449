package dev.pointe.service.adapter.in.web;

import dev.pointe.format.ListEntry;
import dev.pointe.format.ListValueReader;
import dev.pointe.format.ListValueWriter;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The per-request work of the cold path, on a 20-entry list value of the seed catalogue's size: decoding the
 * stored value, filtering it and encoding the answer, each with the streaming code the service runs and with
 * the data binding it replaced (for the ratio). Run with {@code bench/serving-jmh.sh}; never part of the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServingPathBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ListEntry>> LIST = new TypeReference<>() { };

    private byte[] value;
    private List<ListEntry> entries;
    private ListQuery query;
    private Recommendations answer;
    private static final dev.pointe.format.RecommendationId ID = dev.pointe.format.RecommendationId.of("v1", "none", "ctl|PT-SHO-0001");

    @Setup
    public void setUp() {
        ListValueWriter writer = new ListValueWriter();
        String[] categories = {"hosiery", "skirts", "tops", "bodysuits", "accessories", "knitwear"};
        for (int i = 0; i < 20; i++) {
            writer.add(new ListEntry(String.format("PT-%s-%04d", categories[i % 6].substring(0, 3).toUpperCase(), i),
                    "Ballet Pink Sheer Ribbon-Tie Tulle Wrap Piece No. " + i, categories[i % 6], 19.95 + i, "/images/pt-" + i + ".jpg",
                    0.031 - i * 0.001, i % 3 == 0 ? "bt" : "ms", i % 2 == 0 ? List.of("blush", "satin") : List.of(), "Maison Plié", 7,
                    List.of("blush"), List.of("balletcore", "barre")));
        }
        value = writer.finish();
        entries = ListValueReader.read(value);
        query = new ListQuery(ListQuery.DEFAULT_LIMIT, Set.of(), Set.of(), null, null, ListQuery.NO_CAP, true);
        answer = new Recommendations("PT-SHO-0001", "20260101T000000Z-abc", query.apply("PT-SHO-0001", entries), null, false);
    }

    @Benchmark
    public List<ListEntry> decodeStreaming() {
        return ListValueReader.read(value);
    }

    @Benchmark
    public List<ListEntry> decodeDataBinding() {
        return JSON.readValue(value, LIST);
    }

    @Benchmark
    public List<RecommendedItem> filter() {
        return query.apply("PT-SHO-0001", query.candidates("PT-SHO-0001", entries));
    }

    @Benchmark
    public byte[] encodeStreaming() {
        return AnswerJson.encode(answer, ID);
    }

    @Benchmark
    public byte[] encodeDataBinding() {
        return JSON.writeValueAsBytes(LookResponse.of(answer, ID));
    }

    @Benchmark
    public byte[] wholePathStreaming() {
        List<ListEntry> decoded = ListValueReader.read(value);
        return AnswerJson.encode(new Recommendations("PT-SHO-0001", "v", query.apply("PT-SHO-0001", query.candidates("PT-SHO-0001", decoded)), null, false), ID);
    }

    @Benchmark
    public byte[] wholePathDataBinding() {
        List<ListEntry> decoded = JSON.readValue(value, LIST);
        return JSON.writeValueAsBytes(LookResponse.of(new Recommendations("PT-SHO-0001", "v",
                query.apply("PT-SHO-0001", query.candidates("PT-SHO-0001", decoded)), null, false), ID));
    }
}
