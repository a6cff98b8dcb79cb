package org.scrutineer.meetings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How often a visitor who is not signed in may search, by the address the request comes from: {@value #BURST} searches
 * at once, then one more every {@value #SECONDS_EACH} seconds (30 a minute). A person searching reads the results
 * between searches; a script asking as fast as it can is told to wait (429), so it cannot take the database from
 * everyone else. Behind a reverse proxy the address is the proxy's unless the server is told to read the visitor's from
 * X-Forwarded-For ({@code server.forward-headers-strategy=native}, see README). The {@value #ADDRESSES} addresses heard
 * from last are remembered, in memory: each instance counts for itself.
 */
@Component
class SearchAllowance {
    static final int BURST = 30;
    static final int SECONDS_EACH = 2;
    static final int ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, double[]> left = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > ADDRESSES;
        }
    };

    SearchAllowance(Clock clock) {
        this.clock = clock;
    }

    /** Takes one search from the address's allowance: 0 when it may search now, else the seconds until it may. */
    public synchronized long take(String address) {
        long now = clock.millis();
        double[] bucket =
                left.computeIfAbsent(address, a -> new double[] {BURST, now}); // searches left, when last counted
        bucket[0] = Math.min(
                BURST,
                bucket[0] + Math.max(0, now - bucket[1]) / (SECONDS_EACH * 1000.0)); // a test may set the clock back
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - bucket[0]) * SECONDS_EACH);
    }
}
