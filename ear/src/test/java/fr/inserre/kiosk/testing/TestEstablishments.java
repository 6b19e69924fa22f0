package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import java.util.UUID;

/** Each test works in an establishment of its own, so tests never see each other's data. */
public final class TestEstablishments {

    private TestEstablishments() {
    }

    /** Creates, with the SYSTEM role, an establishment of its own with these cells. */
    public static Establishment create(AsSystem system, EstablishmentService service, int capacity, String... cellLabels)
            throws Exception {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        return system.call(() -> {
            Establishment establishment = service.create(new Establishment(code, "Test " + code, capacity));
            for (String label : cellLabels) {
                service.addCell(establishment.getId(), label);
            }
            return establishment;
        });
    }
}
