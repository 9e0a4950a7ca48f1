package io.engineroom.base;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads on which modules hear each other's events ({@code @ApplicationModuleListener} runs after the
 * sender's commit, asynchronously). Named here because otherwise Spring picks the only task executor it finds, and
 * in the running app that is Camunda's job executor pool (a queue of three, meant for timers and async steps): a
 * burst of events would then be refused or hold up due jobs. A burst queues here instead; an event not heard yet
 * is on record in the event publication registry either way, so a crash loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class ModuleEventThreads {

    /** Spring Boot's own name for the application's executor, so Boot does not create a second one. */
    @Bean(name = "applicationTaskExecutor")
    ThreadPoolTaskExecutor applicationTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("module-event-");
        // on shutdown the listeners get ten seconds to finish; what is not heard by then stays on record for the next start
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }

    @Bean
    AsyncConfigurer moduleEventsOnTheirOwnThreads(@Qualifier("applicationTaskExecutor") Executor executor) {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return executor;
            }
        };
    }
}
