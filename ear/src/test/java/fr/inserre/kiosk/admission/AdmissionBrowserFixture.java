package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Deployed with the browser tests of the admission desk: an establishment of their own ("TBROWSER-ADM",
 * 40 cells) and its direction account, so that admitting and importing never change the demo
 * establishment other browser tests count. Created once (the database lives for the whole run).
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("inserre-kiosk-ejb.jar#SchemaMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdmissionBrowserFixture {

    public static final String CODE = "TBROWSER-ADM";
    public static final String LOGIN = "greffe.test";
    public static final String PASSWORD = "inserre-greffe.test";
    public static final int CELLS = 40;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffService staff;

    @PostConstruct
    void create() {
        TestEstablishments.createOnceWithDirection(establishments, staff, CODE, "Test greffe", 150, LOGIN, PASSWORD,
                "Greta Greffe").ifPresent(establishment -> {
                    for (int i = 1; i <= CELLS; i++) {
                        establishments.addCell(establishment.getId(), String.format("G-%03d", i));
                    }
                });
    }
}
