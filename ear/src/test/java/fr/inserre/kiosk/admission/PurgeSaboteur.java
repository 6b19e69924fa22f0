package fr.inserre.kiosk.admission;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test observer, deployed in the EJB module: makes the retention purge of one establishment fail after
 * every feature deleted its rows, as a foreign key nobody handles would.
 */
@ApplicationScoped
public class PurgeSaboteur {

    private volatile Long failingEstablishment;

    /** The establishment whose purge fails from now on; null: none. */
    public void failIn(Long establishmentId) {
        failingEstablishment = establishmentId;
    }

    void purging(@Observes @Priority(DetaineesPurging.LINKED + 500) DetaineesPurging event) {
        Long failing = failingEstablishment;
        if (failing != null && failing == event.establishmentId()) {
            throw new IllegalStateException("test: the purge fails in establishment " + failing);
        }
    }
}
