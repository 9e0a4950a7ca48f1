package io.engineroom.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.engineroom.base.ThreadNicenessProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.web.context.request.async.WebAsyncTask;

/** The delivery threads on their own: their priority and name, and a line that ends. */
class DeliveryThreadsTest {

    private DeliveryThreads threads;

    @AfterEach
    void shutDown() {
        threads.destroy();
    }

    @Test
    void aDeliveryIsStoredOnADeliveryThreadThatManyStepsBelowTheRequests() throws Exception {
        threads = new DeliveryThreads(2, 5);
        int requests = ThreadNicenessProbe.ofCurrentThread();

        String where = run(threads.store(() -> Thread.currentThread().getName() + " at nice "
                + ThreadNicenessProbe.ofCurrentThread())).get(10, TimeUnit.SECONDS);

        assertThat(where).startsWith("delivery-").endsWith(" at nice " + Math.min(19, requests + 5));
        assertThat(ThreadNicenessProbe.ofCurrentThread()).as("the caller keeps its priority").isEqualTo(requests);
    }

    @Test
    void whenEveryThreadIsBusyAndTheLineIsFullTheNextDeliveryIsRefusedAtOnce() throws Exception {
        threads = new DeliveryThreads(1, 0);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> taken = new ArrayList<>();
        for (int i = 0; i <= DeliveryThreads.WAITING_PER_THREAD; i++) {
            taken.add(run(threads.store(() -> {
                release.await();
                return "stored";
            })));
        }
        assertThat(threads.inLine()).isEqualTo(1 + DeliveryThreads.WAITING_PER_THREAD);

        assertThatThrownBy(() -> run(threads.store(() -> "one too many"))).isInstanceOf(TaskRejectedException.class);

        release.countDown();
        for (Future<String> delivery : taken) {
            assertThat(delivery.get(10, TimeUnit.SECONDS)).isEqualTo("stored");
        }
    }

    /** What Spring MVC does with a handler's WebAsyncTask: its callable onto its executor. */
    @SuppressWarnings("unchecked") // the task's callable is the one it was made with, of T
    private static <T> Future<T> run(WebAsyncTask<T> task) {
        AsyncTaskExecutor executor = (AsyncTaskExecutor) task.getExecutor();
        return executor.submit((Callable<T>) task.getCallable());
    }
}
