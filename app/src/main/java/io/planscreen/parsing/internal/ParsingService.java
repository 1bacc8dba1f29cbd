package io.planscreen.parsing.internal;

import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParseSummary;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs each parse on its own thread under a deadline. Whatever a hostile file does to that thread (a
 * StackOverflowError, an OutOfMemoryError, an endless loop) ends as a document.* problem for that document;
 * a parse that overruns is interrupted and, if it ignores the interrupt, stopped.
 */
@Service
class ParsingService implements DocumentParsing {

    private static final Logger log = LoggerFactory.getLogger(ParsingService.class);

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Map<DocumentType, FormatParser> parsers = new EnumMap<>(DocumentType.class);

    private final ParsingProperties properties;

    private final @Nullable ParsedDocumentRepository repository;

    private final Semaphore slots;

    ParsingService(
            List<FormatParser> parsers, ParsingProperties properties, @Nullable ParsedDocumentRepository repository) {
        for (FormatParser parser : parsers) {
            if (this.parsers.put(parser.type(), parser) != null) {
                throw new IllegalStateException("two parsers for " + parser.type());
            }
        }
        this.properties = properties;
        this.repository = repository;
        this.slots = new Semaphore(properties.concurrentParses());
    }

    @Override
    public ParsedDocument parse(byte[] content, DocumentType type) {
        FormatParser parser = parsers.get(type);
        if (parser == null) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE);
        }
        slots.acquireUninterruptibly();
        try {
            return runGuarded(parser, content);
        } finally {
            slots.release();
        }
    }

    @Override
    public Optional<ParsedDocument> parsed(ApplicationId application) {
        return repository == null ? Optional.empty() : repository.find(application);
    }

    @Override
    public Map<ApplicationId, ParseSummary> parseSummaries(Collection<ApplicationId> applications) {
        return repository == null ? Map.of() : repository.summaries(applications);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private ParsedDocument runGuarded(FormatParser parser, byte[] content) {
        ParseDeadline deadline = new ParseDeadline(properties.timeout());
        ParseLimits limits = properties.limits();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    deadline.bindToCurrentThread();
                    try {
                        outcome.set(parser.parse(content, limits));
                    } catch (Throwable failure) { // StackOverflowError, OutOfMemoryError: this document only
                        outcome.set(failure);
                    } finally {
                        ParseDeadline.unbind();
                    }
                },
                "parse-" + parser.type().name().toLowerCase() + "-" + THREADS.incrementAndGet(),
                8L * 1024 * 1024);
        thread.setDaemon(true);
        thread.start();
        try {
            while (thread.isAlive() && deadline.remainingNanos() > 0) {
                TimeUnit.NANOSECONDS.timedJoin(
                        thread, Math.min(deadline.remainingNanos(), TimeUnit.MILLISECONDS.toNanos(200)));
            }
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new PlanScreenException(ProblemCode.UNAVAILABLE);
        }
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join(1_000);
                if (thread.isAlive()) {
                    thread.stop(); // last resort on Java 17 for a parser stuck in a loop that ignores interrupts
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (UnsupportedOperationException e) {
                log.error("parse thread {} overran and cannot be stopped on this JVM", thread.getName());
            }
            throw new PlanScreenException(ProblemCode.DOCUMENT_PARSE_TIMEOUT);
        }
        Object result = outcome.get();
        if (result instanceof ParsedDocument document) {
            return document;
        }
        if (result instanceof PlanScreenException problem) {
            throw problem;
        }
        Throwable failure = (Throwable) result;
        log.warn("parse of a {} failed: {}", parser.type(), String.valueOf(failure));
        throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, failure);
    }
}
