package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.identity.Roles;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;

/**
 * Calls services as one detainee logged in at a kiosk: principal {@code detainee:<id>} with the
 * DETAINEE role, as the kiosk login establishes it. The kiosk services take no detainee id: this is
 * how an in-container test says whose kiosk it is.
 */
public final class AsDetainee {

    private AsDetainee() {
    }

    public static <T> T call(long detaineeId, Callable<T> work) throws Exception {
        return call(identity(detaineeId), work);
    }

    /**
     * The detainee's identity, made on the test's own thread (where the application's security
     * domain is current), for work run on other threads with {@link #call(SecurityIdentity, Callable)}.
     */
    public static SecurityIdentity identity(long detaineeId) {
        RoleMapper detainee = RoleMapper.constant(org.wildfly.security.authz.Roles.of(Roles.DETAINEE));
        return SecurityDomain.getCurrent().createAdHocIdentity(CurrentActor.DETAINEE_PREFIX + detaineeId)
                .withDefaultRoleMapper(detainee).withRoleMapper("ejb", detainee).withRoleMapper("web", detainee);
    }

    public static <T> T call(SecurityIdentity identity, Callable<T> work) throws Exception {
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }
}
