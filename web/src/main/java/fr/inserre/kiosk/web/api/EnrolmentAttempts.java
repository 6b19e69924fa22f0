package fr.inserre.kiosk.web.api;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Enrolment attempts per client address: {@value #LIMIT} a minute, so that nobody can try codes in
 * bulk (an enrolment code has 50 bits and lives 24 hours). Behind a reverse proxy, configure
 * Undertow's proxy address forwarding so that the address is the client's, not the proxy's.
 */
@ApplicationScoped
public class EnrolmentAttempts extends AttemptsPerMinute {

    static final int LIMIT = 10;

    public EnrolmentAttempts() {
        super(LIMIT);
    }
}
