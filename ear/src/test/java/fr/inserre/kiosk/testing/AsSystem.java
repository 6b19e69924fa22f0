package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs test set-up with the application's own SYSTEM role, like the demo loader at start-up. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(Roles.SYSTEM)
public class AsSystem {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    /** The same for work whose checked exceptions would only be a test's failure: no throws clause. */
    public <T> T get(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
