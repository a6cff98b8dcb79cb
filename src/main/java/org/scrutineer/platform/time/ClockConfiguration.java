package org.scrutineer.platform.time;

import java.time.Clock;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every rule reads time from (publication dates, due dates, what is public today), in the council's time
 * zone. Tests replace it with a fixed clock, so no test depends on the day it runs.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(LondonTime.LONDON);
    }
}
