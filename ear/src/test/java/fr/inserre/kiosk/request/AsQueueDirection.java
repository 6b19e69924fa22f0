package fr.inserre.kiosk.request;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Calls services as the direction of {@link RequestQueueIT}'s large-queue establishment (a real
 * staff account, so that the desk filters by its establishment as it does for a person logged in).
 */
@Stateless
@PermitAll
@RunAs(Roles.DIRECTION)
@RunAsPrincipal(RequestQueueIT.DIRECTION_LOGIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsQueueDirection {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
