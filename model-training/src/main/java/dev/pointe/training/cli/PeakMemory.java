package dev.pointe.training.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's peak heap use so far: the sum of the heap pools' peaks, an upper bound of the true peak. */
final class PeakMemory {

    private PeakMemory() {
    }

    static long heapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) total += pool.getPeakUsage().getUsed();
        }
        return total;
    }
}
