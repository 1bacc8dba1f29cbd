package io.planscreen.intake.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** A small bounded pool for upload checks: a hostile file ties up one of these threads, never a request thread. */
@Component
class InspectionExecutor implements DisposableBean {

    private final AtomicInteger count = new AtomicInteger();

    private final ThreadPoolExecutor pool =
            new ThreadPoolExecutor(2, 4, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(32), r -> {
                Thread t = new Thread(null, r, "intake-inspect-" + count.incrementAndGet(), 16L * 1024 * 1024);
                t.setDaemon(true);
                return t;
            });

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
