package io.engineroom.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, so tests can replace "now". */
@Configuration
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
