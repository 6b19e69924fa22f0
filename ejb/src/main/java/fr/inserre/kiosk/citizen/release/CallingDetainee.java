package fr.inserre.kiosk.citizen.release;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.UnknownDetaineeException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The detainee logged in at the kiosk, for the espace citoyen's kiosk services (which never take an id). */
@Dependent
public class CallingDetainee {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    /** The caller's id, without reading anything (refused for anyone but a detainee at a kiosk). */
    public long id() {
        Long id = actor.detaineeId();
        if (id == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        return id;
    }

    /** The caller's record. */
    public Detainee find() {
        long id = id();
        Detainee me = em.find(Detainee.class, id);
        if (me == null) {
            throw new UnknownDetaineeException(id);
        }
        return me;
    }
}
