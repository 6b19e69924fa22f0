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
 * Calls services as one detainee logged in at a kiosk: the caller is {@code detainee:<id>} with the
 * DETAINEE role, as the kiosk's login makes it, so that the kiosk's services ("my requests") act on
 * that person's own data. In-container only (WildFly's Elytron security domain of the deployment).
 */
public final class AsDetainee {

    private AsDetainee() {
    }

    public static <T> T call(long detaineeId, Callable<T> work) throws Exception {
        SecurityIdentity detainee = SecurityDomain.getCurrent()
                .createAdHocIdentity(CurrentActor.DETAINEE_PREFIX + detaineeId)
                .withDefaultRoleMapper(RoleMapper.constant(org.wildfly.security.authz.Roles.of(Roles.DETAINEE)));
        try {
            return detainee.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException failed) {
            throw failed.getException();
        }
    }
}
