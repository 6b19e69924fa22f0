package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.identity.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the demo establishment's IT account ("informatique", role IT_ADMIN). */
@Stateless
@PermitAll
@RunAs(Roles.IT_ADMIN)
@RunAsPrincipal("informatique")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsDemoIt {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
