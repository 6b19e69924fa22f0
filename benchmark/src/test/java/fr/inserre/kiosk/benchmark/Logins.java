package fr.inserre.kiosk.benchmark;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One person logs in at one place at a time. The run may have the same person at two terminals (a worker at the
 * workshop terminal and at their cell's) or the same staff account in two populations (the supervisor reading
 * schedules and taking a roll-call): a login waits, a fifth of a second at a time, while the same badge or
 * account is logging in elsewhere. Two logins of one person in the same instant do not happen in a prison; the
 * server answers the second with an error (both update the same credential: optimistic lock), which would fail
 * the run for a situation the scenario invented.
 */
final class Logins {

    /** The badges and staff logins logging in at this moment, anywhere in the run. */
    private static final Set<String> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    private Logins() {
    }

    /** Runs {@code login} once no other virtual user is logging in as the session's {@code attribute} (badge, login). */
    static ChainBuilder oneAtATime(String attribute, ChainBuilder login) {
        return asLongAs(session -> !IN_PROGRESS.add(session.getString(attribute))).on(pause(Duration.ofMillis(200)))
                .exec(login)
                .exec(session -> {
                    IN_PROGRESS.remove(session.getString(attribute));
                    return session;
                });
    }
}
