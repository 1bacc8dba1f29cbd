package io.planscreen.parsing.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The wall-clock deadline of the parse running on this thread. OCR pages extend it (a scanned page takes
 * seconds, not milliseconds); the thread waiting for the parse reads it until the parse ends or overruns.
 */
final class ParseDeadline {

    private static final ThreadLocal<ParseDeadline> CURRENT = new ThreadLocal<>();

    private final AtomicLong deadlineNanos;

    ParseDeadline(Duration timeout) {
        this.deadlineNanos = new AtomicLong(System.nanoTime() + timeout.toNanos());
    }

    long remainingNanos() {
        return deadlineNanos.get() - System.nanoTime();
    }

    void bindToCurrentThread() {
        CURRENT.set(this);
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** Grants the parse on this thread more time (no effect outside a managed parse). */
    static void extend(Duration extra) {
        ParseDeadline deadline = CURRENT.get();
        if (deadline != null) {
            deadline.deadlineNanos.addAndGet(extra.toNanos());
        }
    }
}
