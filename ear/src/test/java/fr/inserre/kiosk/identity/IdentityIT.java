package fr.inserre.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeFilter;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalAccess;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsPartner;
import fr.inserre.kiosk.testing.AsSupervisor;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Concurrently;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kiosk and staff logins, lockout, the cell-terminal rule and role checks on the real EAR. The lock's
 * delay is passed by moving the stored lock end into the past (the server's clock is the real one).
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final String PIN = "246810";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(IdentityIT.class, Concurrently.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsPartner partner;

    @Inject
    AsSupervisor supervisor;

    @Inject
    AsDemoDirection direction;

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    KioskCredentialService credentials;

    @Inject
    KioskLoginService kioskLogin;

    @Inject
    StaffLoginService staffLogin;

    @Inject
    StaffService staff;

    @Inject
    TerminalService terminals;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Establishment establishment;
    private Detainee inA1;
    private Detainee inA2;
    private TerminalAccess cellA1;
    private TerminalAccess workshop;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 150, "A-001", "A-002");
        inA1 = admit("26K0001", "A-001", "K1");
        inA2 = admit("26K0002", "A-002", "K2");
        String prefix = "T-" + establishment.getCode() + "-";
        Cell a1 = establishments.cells(establishment.getId()).get(0);
        Terminal cellTerminal = system.call(() -> terminals.registerInCell(prefix + "A1", a1.getId()));
        Terminal room = system.call(() -> terminals.registerInRoom(prefix + "W", TerminalKind.WORKSHOP,
                establishment.getId(), "Atelier"));
        cellA1 = new TerminalAccess(cellTerminal.getId(), cellTerminal.getCode(), TerminalKind.CELL,
                establishment.getId(), a1.getId(), false);
        workshop = new TerminalAccess(room.getId(), room.getCode(), TerminalKind.WORKSHOP, establishment.getId(), null,
                false);
    }

    private Detainee admit(String number, String cell, String badgeSuffix) throws Exception {
        return system.call(() -> {
            Detainee detainee = detainees.register(establishment.getId(), new NewDetainee(number, "Prénom", "Nom " + number,
                    cell, "fr", false, LocalDate.of(2026, 1, 5), null));
            credentials.issueBadge(detainee.getId(), establishment.getCode() + badgeSuffix, PIN);
            return detainee;
        });
    }

    private String badgeOf(String suffix) {
        return establishment.getCode() + suffix;
    }

    private void sql(String statement, Object... parameters) throws Exception {
        transaction.begin();
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
        transaction.commit();
    }

    @Test
    void cellTerminal_acceptsTheDetaineeOfItsCell_andRefusesAnother() {
        DetaineeLoginResult own = kioskLogin.login(badgeOf("K1"), PIN, cellA1);
        DetaineeLoginResult other = kioskLogin.login(badgeOf("K2"), PIN, cellA1);

        assertEquals(LoginOutcome.SUCCESS, own.outcome());
        assertEquals(inA1.getId(), own.detaineeId());
        assertTrue(own.pinMustChange(), "a PIN given by staff must be changed");
        assertEquals(120, own.idleSeconds());
        assertEquals(LoginOutcome.WRONG_CELL, other.outcome());
    }

    @Test
    void workshopTerminal_acceptsAnyPresentDetaineeOfTheEstablishment() {
        assertEquals(LoginOutcome.SUCCESS, kioskLogin.login(badgeOf("K2"), PIN, workshop).outcome());
        assertEquals(LoginOutcome.SUCCESS, kioskLogin.login(badgeOf("k1"), PIN, workshop).outcome());
    }

    @Test
    void wrongPin_andUnknownBadge_getTheSameAnswer() {
        assertEquals(LoginOutcome.INVALID, kioskLogin.login(badgeOf("K1"), "135790", workshop).outcome());
        assertEquals(LoginOutcome.INVALID, kioskLogin.login(badgeOf("NOBODY"), PIN, workshop).outcome());
    }

    @Test
    void fiveWrongPins_lockTheBadge_evenForTheRightPin_untilTheDelayHasPassed() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.INVALID, kioskLogin.login(badgeOf("K2"), "13579" + attempt, workshop).outcome());
        }
        assertEquals(LoginOutcome.LOCKED, kioskLogin.login(badgeOf("K2"), "135795", workshop).outcome());
        assertEquals(LoginOutcome.LOCKED, kioskLogin.login(badgeOf("K2"), PIN, workshop).outcome(), "locked");

        sql("update detainee_credential set locked_until = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE where detainee_id = ?",
                inA2.getId());

        assertEquals(LoginOutcome.SUCCESS, kioskLogin.login(badgeOf("K2"), PIN, workshop).outcome());
        List<AuditRecord> trail = audit.forEntity("Detainee", inA2.getId()).stream()
                .filter(r -> r.getAction().equals("kiosk.login")).toList();
        assertEquals(6, trail.stream().filter(r -> r.getOutcome() == AuditOutcome.REFUSED).count());
        assertEquals(1, trail.stream().filter(r -> r.getOutcome() == AuditOutcome.SUCCESS).count());
        assertTrue(trail.stream().allMatch(r -> workshop.code().equals(r.getTerminalCode())), "terminal recorded");
    }

    @Test
    void twoLoginsOfOneBadgeAtTheSameInstant_bothGoThrough() throws Exception {
        List<Object> outcomes = Concurrently.together(2, () -> kioskLogin.login(badgeOf("K1"), PIN, workshop).outcome());

        assertEquals(List.of(LoginOutcome.SUCCESS, LoginOutcome.SUCCESS), outcomes,
                "a double tap or two kiosks at once must not fail on the credential's version");
    }

    @Test
    void wrongPinsAtTheSameInstant_areEachCounted_soParallelGuessesLockTheBadgeAsFast() throws Exception {
        List<Object> outcomes = Concurrently.together(5, () -> kioskLogin.login(badgeOf("K2"), "135791", workshop)
                .outcome());

        assertEquals(4, outcomes.stream().filter(LoginOutcome.INVALID::equals).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter(LoginOutcome.LOCKED::equals).count(), outcomes.toString());
        assertEquals(LoginOutcome.LOCKED, kioskLogin.login(badgeOf("K2"), PIN, workshop).outcome());
    }

    @Test
    void anUnknownBadge_isLockedToo_soTheAnswerNeverTellsWhetherABadgeExists() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.INVALID, kioskLogin.login(badgeOf("GHOST"), PIN, workshop).outcome());
        }
        assertEquals(LoginOutcome.LOCKED, kioskLogin.login(badgeOf("GHOST"), PIN, workshop).outcome());
    }

    @Test
    void releasedDetainee_cannotLogIn() throws Exception {
        sql("update detainee set status = 'RELEASED', released_on = CURRENT_DATE, cell_id = null where id = ?",
                inA2.getId());

        assertEquals(LoginOutcome.INVALID, kioskLogin.login(badgeOf("K2"), PIN, workshop).outcome());
    }

    @Test
    void terminalInMaintenance_acceptsNoLogin() {
        TerminalAccess maintenance = new TerminalAccess(workshop.terminalId(), workshop.code(), workshop.kind(),
                workshop.establishmentId(), null, true);

        assertEquals(LoginOutcome.TERMINAL_UNAVAILABLE, kioskLogin.login(badgeOf("K1"), PIN, maintenance).outcome());
    }

    @Test
    void staffLogin_locksAfterFiveWrongPasswords_andAuditsEveryAttempt() throws Exception {
        String login = "agent." + establishment.getCode().toLowerCase();
        StaffMember member = system.call(() -> staff.create(establishment.getId(), login, "Anne", "Agent",
                EnumSet.of(StaffRole.SUPERVISOR)));
        system.call(() -> {
            staff.setInitialPassword(member.getId(), "a-long-enough-password");
            return null;
        });

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(LoginOutcome.INVALID, staffLogin.login(login, "wrong-" + attempt).outcome());
        }
        assertEquals(LoginOutcome.LOCKED, staffLogin.login(login, "wrong-5").outcome());
        assertEquals(LoginOutcome.LOCKED, staffLogin.login(login, "a-long-enough-password").outcome());
        sql("update staff_member set locked_until = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE where id = ?", member.getId());

        StaffLoginResult ok = staffLogin.login(login.toUpperCase(), "a-long-enough-password");
        assertEquals(LoginOutcome.SUCCESS, ok.outcome());
        assertEquals(EnumSet.of(StaffRole.SUPERVISOR), ok.roles());
        assertEquals(establishment.getId(), ok.establishmentId());
        assertEquals(7, audit.forEntity("StaffMember", member.getId()).stream()
                .filter(r -> r.getAction().equals("staff.login")).count());
    }

    @Test
    void twoStaffLoginsOfOneAccountAtTheSameInstant_bothGoThrough() throws Exception {
        String login = "double." + establishment.getCode().toLowerCase();
        StaffMember member = system.call(() -> staff.create(establishment.getId(), login, "Dom", "Double",
                EnumSet.of(StaffRole.SUPERVISOR)));
        system.call(() -> {
            staff.setInitialPassword(member.getId(), "a-long-enough-password");
            return null;
        });

        List<Object> outcomes = Concurrently.together(2, () -> staffLogin.login(login, "a-long-enough-password")
                .outcome());

        assertEquals(List.of(LoginOutcome.SUCCESS, LoginOutcome.SUCCESS), outcomes);
    }

    @Test
    void partner_isRefusedTheDetaineesFiles() {
        assertThrows(EJBAccessException.class,
                () -> partner.call(() -> detainees.count(establishment.getId(), DetaineeFilter.NONE)));
    }

    @Test
    void supervisor_mayReadTheFiles_butNotAdmitADetainee() throws Exception {
        assertEquals(2L, (long) supervisor.call(() -> detainees.count(establishment.getId(), DetaineeFilter.NONE)));
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> detainees.register(establishment.getId(),
                new NewDetainee("26K0009", "A", "B", null, "fr", false, LocalDate.of(2026, 1, 5), null))));
    }

    @Test
    void anonymousCaller_isRefusedEverythingButLogin() {
        assertThrows(EJBAccessException.class, () -> detainees.count(establishment.getId(), DetaineeFilter.NONE));
        assertThrows(EJBAccessException.class, () -> credentials.choosePin("864213", "864213"));
        assertThrows(EJBAccessException.class, () -> credentials.resetPin(inA1.getId(), "864213"));
    }

    @Test
    void staffOfAnotherEstablishment_isRefusedThisEstablishmentsFiles_byIdOrByList() throws Exception {
        // "direction" works at the demo establishment InSERRE Arras, not at this test's establishment.
        assertThrows(EJBAccessException.class, () -> direction.call(() -> detainees.view(inA1.getId())));
        assertThrows(EJBAccessException.class,
                () -> direction.call(() -> detainees.count(establishment.getId(), DetaineeFilter.NONE)));
        assertThrows(EJBAccessException.class, () -> direction.call(() -> {
            credentials.resetPin(inA1.getId(), "864213");
            return null;
        }));
        assertTrue(audit.forEntity("Detainee", inA1.getId()).stream().noneMatch(r -> r.getAction().equals(
                "detainee.view")), "a refused consultation leaves no consultation record");
    }

    @Test
    void staffConsultation_isRecordedWithTheViewersRoles_forTheDetainee() throws Exception {
        Establishment arras = establishments.findByCode("ARR").orElseThrow();
        long someone = direction.call(() -> detainees.list(arras.getId(), DetaineeFilter.NONE,
                new fr.inserre.kiosk.common.PageRequest(0, 1, null, true)).get(0).getId());

        direction.call(() -> detainees.view(someone));

        List<AuditRecord> views = audit.consultationsOf(someone);
        assertEquals("direction", views.get(0).getActor());
        assertEquals("DIRECTION", views.get(0).getDetail());
        assertEquals(arras.getId(), views.get(0).getEstablishmentId());
    }

    @Test
    void aGuessablePin_isRefused() {
        assertThrows(PinTooSimpleException.class, () -> system.call(() -> credentials.issueBadge(
                admit("26K0003", null, "K3").getId(), badgeOf("K4"), "123456")));
        assertThrows(PinFormatException.class, () -> supervisor.call(() -> {
            credentials.resetPin(inA1.getId(), "12ab");
            return null;
        }));
    }
}
