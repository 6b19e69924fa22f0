package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Calls services with the WORK_MANAGER role only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(Roles.WORK_MANAGER)
public class AsWorkManager {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
