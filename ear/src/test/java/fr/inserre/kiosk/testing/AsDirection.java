package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Calls services with the DIRECTION role only, as no named account (so in any establishment, like
 * the system): for tests working in an establishment of their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(Roles.DIRECTION)
public class AsDirection {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
