package fr.inserre.kiosk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.DetaineeFilter;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test server runs in demo mode (-Dinserre.demo=true): the demo establishment is there, once. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(DemoDataIT.class);
    }

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    TerminalService terminals;

    @Inject
    StaffService staff;

    @Inject
    AsSystem system;

    private Establishment arras() {
        return establishments.findByCode(DemoDataLoader.ESTABLISHMENT_CODE).orElseThrow();
    }

    @Test
    void demoEstablishment_hasItsCellsAndPresentDetainees() throws Exception {
        Establishment arras = arras();

        assertEquals("InSERRE Arras", arras.getName());
        assertEquals(180, arras.getCapacity());
        assertEquals(150, establishments.cells(arras.getId()).size());
        assertEquals(120, system.call(() -> detainees.count(arras.getId(),
                new DetaineeFilter(null, null, null, DetaineeStatus.PRESENT, null))));
        assertTrue(system.call(() -> detainees.languages(arras.getId())).containsAll(Set.of("fr", "ar", "ro", "es")));
    }

    @Test
    void demoEstablishment_hasATerminalInEveryCell_plusWorkshopsAndEspaceCitoyen() throws Exception {
        Map<TerminalKind, Long> counts = system.call(() -> terminals.countByKind(arras().getId()));

        assertEquals(150L, counts.get(TerminalKind.CELL));
        assertEquals((long) DemoDataLoader.ROOMS.size(), counts.get(TerminalKind.WORKSHOP));
        assertEquals(2L, counts.get(TerminalKind.CITIZEN_SPACE));
    }

    @Test
    void demoStaff_coverEveryRole() throws Exception {
        Set<StaffRole> covered = EnumSet.noneOf(StaffRole.class);
        for (StaffMember member : system.call(() -> staff.ofEstablishment(arras().getId()))) {
            covered.addAll(member.getRoles());
        }

        assertEquals(EnumSet.allOf(StaffRole.class), covered);
    }

    @Test
    void demoData_isLoadedOnce_acrossRedeployments() throws Exception {
        // Every test class redeploys the EAR; the loader must find the establishment and stop.
        assertEquals(1, establishments.findAll().stream()
                .filter(e -> e.getCode().equals(DemoDataLoader.ESTABLISHMENT_CODE)).count());
        assertEquals(120, system.call(() -> detainees.count(arras().getId(), DetaineeFilter.NONE)));
    }
}
