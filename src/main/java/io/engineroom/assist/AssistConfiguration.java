package io.engineroom.assist;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class AssistConfiguration {

    /**
     * Where drafts wait for the endpoint, off the screens' threads: a few at once, a short queue, and past that the
     * person hears "busy" at once rather than waiting behind others (a refused task ends the future exceptionally).
     */
    @Bean
    Executor assistExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("assist-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(20);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
