package fr.inserre.kiosk.common;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;

/**
 * Who is acting now, as written in audit columns and audit records: the authenticated caller's
 * name, or {@value #SYSTEM} when nobody is authenticated (start-up work, scheduled jobs).
 */
@Dependent
public class CurrentActor {

    public static final String SYSTEM = "system";
    private static final String ANONYMOUS = "anonymous";

    @Inject
    Principal principal;

    public String name() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || ANONYMOUS.equals(name) ? SYSTEM : name;
    }
}
