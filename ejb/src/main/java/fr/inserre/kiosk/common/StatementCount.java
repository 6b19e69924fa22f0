package fr.inserre.kiosk.common;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SQL statements Hibernate prepares on the current thread while a count is open, for the
 * benchmark's statement bound (issue 10): the web's StatementCountExtension opens one around each HTTP
 * request when the server runs with {@code -Dinserre.statements.header=true} and sends the result in
 * response headers. {@link StatementCountInspector} (registered in persistence.xml) adds each
 * statement; with no count open (always, unless that property is set) nothing is counted.
 * Bound to the request's thread, so concurrent requests and the application's timers do not mix, as
 * they do in Hibernate's statistics. Writes (insert, update, delete) are also counted apart: a kiosk
 * page reads, and writes at most the terminal's last-seen time, once a minute.
 */
public final class StatementCount {

    private static final ThreadLocal<StatementCount> OPEN = new ThreadLocal<>();

    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    private StatementCount() {
    }

    /** Starts counting this thread's statements from 0; the count can be read after {@link #close()} too. */
    public static StatementCount open() {
        StatementCount count = new StatementCount();
        OPEN.set(count);
        return count;
    }

    /** Stops counting on this thread. */
    public static void close() {
        OPEN.remove();
    }

    /** One more statement on this thread, if a count is open. */
    static void add(String sql) {
        StatementCount count = OPEN.get();
        if (count != null) {
            count.statements.incrementAndGet();
            if (isWrite(sql)) {
                count.writes.incrementAndGet();
            }
        }
    }

    /** An insert, update or delete (what else is read: select, with, a parenthesised union...). */
    static boolean isWrite(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("insert") || start.startsWith("update") || start.startsWith("delete")
                || start.startsWith("replace") || start.startsWith("merge");
    }

    /** All the statements counted. */
    public int statements() {
        return statements.get();
    }

    /** Those of them that write. */
    public int writes() {
        return writes.get();
    }
}
