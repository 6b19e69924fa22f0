package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Calls services as the demo establishment's direction account ("direction", role DIRECTION), so
 * that the establishment checks see a real staff member of InSERRE Arras.
 */
@Stateless
@PermitAll
@RunAs(Roles.DIRECTION)
@RunAsPrincipal("direction")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsDemoDirection {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
