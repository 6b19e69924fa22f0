package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.DuplicateCellException;
import fr.inserre.kiosk.establishment.DuplicatePlaceException;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.Place;
import fr.inserre.kiosk.establishment.PlaceKind;
import fr.inserre.kiosk.identity.DirectionRoleReservedException;
import fr.inserre.kiosk.identity.LoginOutcome;
import fr.inserre.kiosk.identity.OwnAccountException;
import fr.inserre.kiosk.identity.StaffLoginService;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Places and staff accounts on the real EAR: the rules, and who may change what. */
@ExtendWith(ArquillianExtension.class)
class EstablishmentAdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(EstablishmentAdministrationIT.class, AsDemoIt.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsDemoDirection demoDirection;

    @Inject
    AsDemoIt demoIt;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffService staff;

    @Inject
    StaffLoginService staffLogin;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private Establishment establishment;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 150, "A-001");
    }


    private StaffMember member(String prefix, StaffRole... roles) {
        String login = prefix + "." + establishment.getCode().toLowerCase();
        return system.get(() -> staff.create(establishment.getId(), login, "Test", "Agent", EnumSet.of(roles[0], roles)));
    }

    @Test
    void places_areNamedOncePerEstablishment_andClosedNotDeleted() {
        Place workshop = system.get(() -> establishments.addPlace(establishment.getId(), "Atelier menuiserie",
                PlaceKind.WORKSHOP, 12));

        assertThrows(DuplicatePlaceException.class, () -> system.get(() -> establishments.addPlace(establishment.getId(),
                " Atelier menuiserie ", PlaceKind.TRAINING_ROOM, 8)));
        system.get(() -> {
            establishments.setPlaceOpen(workshop.getId(), false);
            return null;
        });

        Place closed = system.get(() -> establishments.places(establishment.getId())).get(0);
        assertEquals("Atelier menuiserie", closed.getName());
        assertFalse(closed.isActive());
        assertThrows(EJBAccessException.class,
                () -> demoDirection.call(() -> establishments.places(establishment.getId())), "another establishment's");
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> establishments.addPlace(
                establishment.getId(), "Salle", PlaceKind.CLASSROOM, 10)));
    }

    @Test
    void aCellIsRenamed_keepingItsIdentity_onceALabelPerEstablishment_andAudited() {
        Cell a1 = system.get(() -> establishments.cells(establishment.getId())).get(0);
        system.get(() -> establishments.addCell(establishment.getId(), "A-002"));

        Cell renamed = system.get(() -> establishments.renameCell(a1.getId(), " A-101 "));

        assertEquals(a1.getId(), renamed.getId());
        assertEquals("A-101", system.get(() -> establishments.cells(establishment.getId())).stream()
                .filter(c -> c.getId().equals(a1.getId())).findFirst().orElseThrow().getLabel());
        assertThrows(DuplicateCellException.class, () -> system.get(() -> establishments.renameCell(a1.getId(), "A-002")));
        assertEquals("A-101", system.get(() -> establishments.renameCell(a1.getId(), "A-101")).getLabel(),
                "its own label again is no duplicate");
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> establishments.renameCell(a1.getId(),
                "B-1")), "another establishment's cell");
        List<String> trail = em.createQuery("select a.detail from AuditRecord a where a.action = 'cell.rename' "
                + "and a.entityId = :id order by a.id", String.class).setParameter("id", a1.getId()).getResultList();
        assertEquals(List.of("A-001 -> A-101", "A-101 -> A-101"), trail);
    }

    @Test
    void disabledAccount_cannotLogIn_andAResetPasswordIsTemporary() {
        StaffMember member = member("cpip", StaffRole.PROBATION_OFFICER);
        String temporary = system.get(() -> staff.resetPassword(member.getId()));

        var first = staffLogin.login(member.getLogin(), temporary);
        system.get(() -> {
            staff.disable(member.getId());
            return null;
        });
        var afterDisable = staffLogin.login(member.getLogin(), temporary);

        assertEquals(LoginOutcome.SUCCESS, first.outcome());
        assertTrue(first.passwordMustChange(), "a temporary password is changed at the next login");
        assertEquals(16, temporary.length());
        assertTrue(afterDisable.outcome() != LoginOutcome.SUCCESS, afterDisable.toString());
    }

    @Test
    void roles_areReplaced_butNobodyChangesTheirOwnAccount() throws Exception {
        StaffMember member = member("rle", StaffRole.WORK_MANAGER);

        StaffMember changed = system.get(() -> staff.changeRoles(member.getId(),
                EnumSet.of(StaffRole.WORK_MANAGER, StaffRole.TRAINING_MANAGER)));

        assertEquals(EnumSet.of(StaffRole.WORK_MANAGER, StaffRole.TRAINING_MANAGER), changed.getRoles());
        StaffMember demo = staff.findByLogin("direction").orElseThrow();
        assertThrows(OwnAccountException.class, () -> demoDirection.call(() -> {
            staff.disable(demo.getId());
            return null;
        }));
    }

    @Test
    void it_managesAccounts_butNeverTheDirectionRole() throws Exception {
        StaffMember direction = staff.findByLogin("direction").orElseThrow();
        StaffMember supervisor = staff.findByLogin("surveillant").orElseThrow();

        assertThrows(DirectionRoleReservedException.class, () -> demoIt.call(() -> staff.create(
                direction.getEstablishment().getId(), "escalade.test", "E", "Scalade", EnumSet.of(StaffRole.DIRECTION))));
        assertThrows(DirectionRoleReservedException.class, () -> demoIt.call(() -> {
            staff.disable(direction.getId());
            return null;
        }));
        assertThrows(DirectionRoleReservedException.class, () -> demoIt.call(() -> staff.changeRoles(
                supervisor.getId(), EnumSet.of(StaffRole.SUPERVISOR, StaffRole.DIRECTION))));
        assertTrue(staff.findByLogin("escalade.test").isEmpty());
        assertEquals(java.util.List.of(StaffRole.SUPERVISOR), em.createQuery(
                "select r from StaffMember s join s.roles r where s.login = 'surveillant'", StaffRole.class).getResultList());
    }

    @Test
    void anotherEstablishmentsDirection_cannotTouchTheseAccounts() {
        StaffMember member = member("agent", StaffRole.SUPERVISOR);

        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> staff.resetPassword(member.getId())));
        assertThrows(EJBAccessException.class, () -> demoDirection.call(() -> {
            staff.disable(member.getId());
            return null;
        }));
    }
}
