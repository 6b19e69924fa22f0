package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Calls services with the TRAINING_MANAGER role only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@RunAs(Roles.TRAINING_MANAGER)
public class AsTrainingManager {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
