package fr.inserre.kiosk.testing;

import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

/** Each test works in an establishment of its own, so tests never see each other's data. */
public final class TestEstablishments {

    private TestEstablishments() {
    }

    /**
     * For a browser test's fixture (run as the system at deployment): the establishment of that code with a
     * direction account ("First Last", its password set), unless it exists already since the database lives
     * for the whole run: then empty, and the fixture has nothing more to create.
     */
    public static Optional<Establishment> createOnceWithDirection(EstablishmentService service, StaffService staff,
            String code, String name, int capacity, String login, String password, String directorName) {
        if (service.findByCode(code).isPresent()) {
            return Optional.empty();
        }
        Establishment establishment = service.create(new Establishment(code, name, capacity));
        String[] names = directorName.split(" ", 2);
        StaffMember direction = staff.create(establishment.getId(), login, names[0], names[1],
                EnumSet.of(StaffRole.DIRECTION));
        staff.setInitialPassword(direction.getId(), password);
        return Optional.of(establishment);
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
