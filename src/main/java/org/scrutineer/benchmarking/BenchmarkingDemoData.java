package org.scrutineer.benchmarking;

import java.util.List;
import org.scrutineer.platform.demo.DemoData;
import org.springframework.stereotype.Component;

/**
 * The demo council's own area for benchmarking: Halton (E06000006). No Fingertips file is among the seeds, so the demo
 * has no benchmark figures and no peer group: an officer imports a download and chooses the peers.
 */
@Component
public class BenchmarkingDemoData implements DemoData {
    private final Benchmarks benchmarks;

    public BenchmarkingDemoData(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load() {
        benchmarks.configure("E06000006", "Halton", "Peer group", List.of());
    }
}
