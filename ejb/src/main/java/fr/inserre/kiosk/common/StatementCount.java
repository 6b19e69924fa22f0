package fr.inserre.kiosk.common;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQL statements Hibernate prepares on the current thread while a count is open, for the
 * benchmark's statement bound (issue 10): the web's StatementCountExtension opens one around each HTTP
 * request when the server runs with {@code -Dinserre.statements.header=true} and sends the result in
 * a response header. {@link StatementCountInspector} (registered in persistence.xml) adds each
 * statement; with no count open (always, unless that property is set) nothing is counted.
 * Bound to the request's thread, so concurrent requests and the application's timers do not mix, as
 * they do in Hibernate's statistics.
 */
public final class StatementCount {

    private static final ThreadLocal<AtomicInteger> OPEN = new ThreadLocal<>();

    private StatementCount() {
    }

    /** Starts counting this thread's statements from 0; the counter is read after {@link #close()} too. */
    public static AtomicInteger open() {
        AtomicInteger count = new AtomicInteger();
        OPEN.set(count);
        return count;
    }

    /** Stops counting on this thread. */
    public static void close() {
        OPEN.remove();
    }

    /** One more statement on this thread, if a count is open. */
    static void add() {
        AtomicInteger count = OPEN.get();
        if (count != null) {
            count.incrementAndGet();
        }
    }
}
