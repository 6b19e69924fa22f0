package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import java.time.LocalDate;
import java.util.UUID;

/** Admits test detainees through the real service, each with a prison number of its own. */
public final class TestDetainees {

    private TestDetainees() {
    }

    /**
     * Admits, with the SYSTEM role, a French-speaking detainee "Prénom&lt;n&gt; Nom&lt;n&gt;" into that cell,
     * arrived on {@code arrival}, expected to leave on {@code expectedRelease} (null when unknown).
     */
    public static Detainee register(AsSystem system, DetaineeService detainees, long establishmentId, String cell,
            LocalDate arrival, LocalDate expectedRelease) throws Exception {
        String number = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        return system.call(() -> detainees.register(establishmentId, new NewDetainee(number, "Prénom" + number,
                "Nom" + number, cell, "fr", false, arrival, expectedRelease)));
    }
}
