package fr.inserre.kiosk.common;

import fr.inserre.kiosk.audit.Actor;
import fr.inserre.kiosk.audit.ActorKind;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Who is acting now, as written in audit columns and audit records: the authenticated caller
 * (a staff login, or {@code detainee:<id>} at a kiosk), or {@value #SYSTEM} when nobody is
 * authenticated (start-up work, scheduled jobs); plus the terminal of a kiosk request.
 */
@Dependent
public class CurrentActor {

    public static final String SYSTEM = "system";
    public static final String DETAINEE_PREFIX = "detainee:";
    private static final String ANONYMOUS = "anonymous";

    @Inject
    Principal principal;

    @Inject
    Instance<RequestTerminal> terminal;

    public String name() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || ANONYMOUS.equals(name) ? SYSTEM : name;
    }

    public Actor actor() {
        String name = name();
        ActorKind kind = SYSTEM.equals(name) ? ActorKind.SYSTEM
                : name.startsWith(DETAINEE_PREFIX) ? ActorKind.DETAINEE : ActorKind.STAFF;
        return new Actor(name, kind, terminalCode());
    }

    /** The id of the detainee logged in at the kiosk, or null when the caller is not a detainee. */
    public Long detaineeId() {
        String name = name();
        return name.startsWith(DETAINEE_PREFIX) ? Long.valueOf(name.substring(DETAINEE_PREFIX.length())) : null;
    }

    private String terminalCode() {
        try {
            return terminal.isResolvable() ? terminal.get().getCode() : null;
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }
}
