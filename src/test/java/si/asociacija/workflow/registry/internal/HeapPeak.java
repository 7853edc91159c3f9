package si.asociacija.workflow.registry.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while some work runs, sampled every 50 ms on a background thread, and the heap
 * live before it (after a full collection).
 */
final class HeapPeak {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final long before;
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapPeak() {
        System.gc();
        before = used();
        peak = before;
        sampler = new Thread(() -> {
            while (running) {
                peak = Math.max(peak, used());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapPeak start() {
        return new HeapPeak();
    }

    long before() {
        return before;
    }

    long peak() {
        return peak;
    }

    void stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak = Math.max(peak, used());
    }

    static long max() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
