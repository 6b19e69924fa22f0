package fr.inserre.kiosk.testing;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;

/**
 * Calls services as a named staff member with the given roles, as the staff login establishes it:
 * for rules that depend on who the caller is (the person in charge of an activity), not only on the
 * role. The account must exist in the test's establishment (the services look it up by login).
 */
public final class AsStaff {

    private AsStaff() {
    }

    /** The identity, made on the test's own thread (where the application's security domain is current). */
    public static SecurityIdentity identity(String login, String... roles) {
        RoleMapper mapper = RoleMapper.constant(org.wildfly.security.authz.Roles.fromSet(java.util.Set.of(roles)));
        return SecurityDomain.getCurrent().createAdHocIdentity(login)
                .withDefaultRoleMapper(mapper).withRoleMapper("ejb", mapper).withRoleMapper("web", mapper);
    }

    public static <T> T call(SecurityIdentity identity, Callable<T> work) throws Exception {
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }
}
