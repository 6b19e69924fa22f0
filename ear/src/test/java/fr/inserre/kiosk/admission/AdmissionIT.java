package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import fr.inserre.kiosk.detainee.ReleaseReason;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.CellClosedException;
import fr.inserre.kiosk.establishment.CellNotEmptyException;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.DetaineeCredential;
import fr.inserre.kiosk.identity.KioskLoginService;
import fr.inserre.kiosk.identity.LoginOutcome;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalAccess;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.testing.AsDemoDirection;
import fr.inserre.kiosk.testing.AsSupervisor;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admission desk on the real EAR: admission with badge and PIN, the cell terminal following a
 * move at once, release locking the kiosk account and telling the other features in the same
 * transaction, retention, and who may do it.
 */
@ExtendWith(ArquillianExtension.class)
class AdmissionIT {

    static final LocalDate ENTRY = LocalDate.of(2026, 1, 5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inDomain(Deployments.earWith(AdmissionIT.class), AdmissionEventLog.class,
                AdmissionEventLog.Received.class, AdmissionEventLog.Refusal.class);
    }

    @Inject
    AsSystem system;

    @Inject
    AsDemoDirection otherEstablishmentsDirection;

    @Inject
    AsSupervisor supervisor;

    @Inject
    EstablishmentService establishments;

    @Inject
    AdmissionService admissions;

    @Inject
    RetentionService retention;

    @Inject
    TerminalService terminals;

    @Inject
    KioskLoginService kioskLogin;

    @Inject
    AuditTrail audit;

    @Inject
    AdmissionEventLog events;

    @PersistenceContext
    EntityManager em;

    private Establishment establishment;
    private Map<String, TerminalAccess> cellTerminals;
    private TerminalAccess workshop;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 150, "A-001", "A-002", "A-003");
        String prefix = "T-" + establishment.getCode() + "-";
        cellTerminals = establishments.cells(establishment.getId()).stream().collect(Collectors.toMap(Cell::getLabel,
                cell -> access(system.get(() -> terminals.registerInCell(prefix + cell.getLabel(), cell.getId())))));
        workshop = access(system.get(() -> terminals.registerInRoom(prefix + "W", TerminalKind.WORKSHOP,
                establishment.getId(), "Atelier")));
    }


    private static TerminalAccess access(Terminal terminal) {
        return new TerminalAccess(terminal.getId(), terminal.getCode(), terminal.getKind(),
                terminal.getEstablishment().getId(), terminal.getCell() == null ? null : terminal.getCell().getId(), false);
    }

    private AdmissionSlip admit(String number, String cell) {
        return system.get(() -> admissions.admit(establishment.getId(), new NewAdmission(number, "Karim", "Benali",
                LocalDate.of(1995, 4, 2), cell, "ar", true, ENTRY, ENTRY.plusYears(1))));
    }

    private Detainee reload(long id) {
        return em.createNamedQuery("Detainee.findWithCell", Detainee.class).setParameter("id", id).getSingleResult();
    }

    @Test
    void admission_createsThePresentDetaineeInTheFirstFreeCell_withABadgeAndAPinThatOpensTheKiosk() {
        AdmissionSlip slip = admit("26ADM01", null);

        Detainee detainee = reload(slip.detaineeId());
        assertEquals(DetaineeStatus.PRESENT, detainee.getStatus());
        assertEquals("A-001", detainee.getCell().getLabel());
        assertEquals(LocalDate.of(1995, 4, 2), detainee.getBirthDate());
        assertEquals("A-001", slip.cellLabel());
        assertEquals("BENALI Karim", slip.displayName());
        assertTrue(slip.badgeNumber().matches("B\\d{8}"), slip.badgeNumber());
        assertTrue(slip.initialPin().matches("\\d{6}"), "PIN on the slip");
        var login = kioskLogin.login(slip.badgeNumber(), slip.initialPin(), cellTerminals.get("A-001"));
        assertEquals(LoginOutcome.SUCCESS, login.outcome());
        assertTrue(login.pinMustChange(), "the slip's PIN is changed at the first login");
    }

    @Test
    void admission_isAudited_withoutThePinAnywhereInTheTrail() {
        AdmissionSlip slip = admit("26ADM02", "A-002");

        List<AuditRecord> trail = audit.forEntity("Detainee", slip.detaineeId());
        List<String> actions = trail.stream().map(AuditRecord::getAction).toList();
        assertTrue(actions.containsAll(List.of("detainee.register", "identity.badge.issue", "admission.admit")),
                actions::toString);
        assertTrue(trail.stream().allMatch(r -> r.getEstablishmentId() == null
                || r.getEstablishmentId().equals(establishment.getId())));
        assertTrue(trail.stream().noneMatch(r -> r.getDetail() != null && r.getDetail().contains(slip.initialPin())));
    }

    @Test
    void admission_speaksOneOfTheKiosksLanguages_elseIsRefused_andABlankOneIsFrench() {
        for (String unspoken : List.of("tr", "pt", "fr-facile", "AR")) {
            NewAdmission someone = new NewAdmission("26LNG" + unspoken.length() + unspoken.charAt(0), "Ayşe", "Yılmaz",
                    null, null, unspoken, false, ENTRY, null);

            UnsupportedLanguageException refused = assertThrows(UnsupportedLanguageException.class,
                    () -> system.get(() -> admissions.admit(establishment.getId(), someone)), unspoken);

            assertEquals(List.of(unspoken), refused.getArguments());
        }
        assertTrue(em.createQuery("select d from Detainee d where d.establishment.id = :e", Detainee.class)
                .setParameter("e", establishment.getId()).getResultList().isEmpty(), "nobody admitted");

        AdmissionSlip blank = system.get(() -> admissions.admit(establishment.getId(), new NewAdmission("26LNG00",
                "Jean", "Martin", null, null, " ", false, ENTRY, null)));
        AdmissionSlip romanian = system.get(() -> admissions.admit(establishment.getId(), new NewAdmission("26LNG01",
                "Ion", "Popescu", null, null, "ro", false, ENTRY, null)));

        assertEquals("fr", reload(blank.detaineeId()).getPreferredLanguage());
        assertEquals("ro", reload(romanian.detaineeId()).getPreferredLanguage());
    }

    @Test
    void cellMove_makesTheOldCellsTerminalRefuseAtOnce_andTheNewOneAccept() {
        AdmissionSlip slip = admit("26ADM03", "A-001");
        assertTrue(kioskLogin.stillAccepts(slip.detaineeId(), cellTerminals.get("A-001")), "open session before");

        system.get(() -> admissions.move(slip.detaineeId(), "A-003"));

        assertFalse(kioskLogin.stillAccepts(slip.detaineeId(), cellTerminals.get("A-001")),
                "an open session at the old cell ends at its next request");
        assertEquals(LoginOutcome.WRONG_CELL,
                kioskLogin.login(slip.badgeNumber(), slip.initialPin(), cellTerminals.get("A-001")).outcome());
        assertEquals(LoginOutcome.SUCCESS,
                kioskLogin.login(slip.badgeNumber(), slip.initialPin(), cellTerminals.get("A-003")).outcome());
        List<AdmissionEventLog.Received> received = events.about(slip.detaineeId());
        assertEquals(1, received.size());
        DetaineeMoved moved = (DetaineeMoved) received.get(0).event();
        assertEquals(cellTerminals.get("A-001").cellId(), moved.fromCellId());
        assertEquals(cellTerminals.get("A-003").cellId(), moved.toCellId());
        assertTrue(received.get(0).inTransaction(), "observers run in the move's transaction");
    }

    @Test
    void cellMove_toAnOccupiedCell_isRefused() {
        admit("26ADM04", "A-001");
        AdmissionSlip other = admit("26ADM05", "A-002");

        assertThrows(fr.inserre.kiosk.detainee.CellOccupiedException.class,
                () -> system.get(() -> admissions.move(other.detaineeId(), "A-001")));
        assertEquals("A-002", reload(other.detaineeId()).getCell().getLabel());
    }

    @Test
    void aClosedCell_takesNobodyIn_anOccupiedOneCannotClose_andClosingAndReopeningAreAudited() {
        AdmissionSlip inA1 = admit("26ADM20", "A-001");
        long a1 = cellTerminals.get("A-001").cellId();
        long a2 = cellTerminals.get("A-002").cellId();

        CellNotEmptyException occupied = assertThrows(CellNotEmptyException.class,
                () -> system.get(() -> establishments.closeCell(a1, "Travaux")));
        system.get(() -> establishments.closeCell(a2, " Dégât des eaux "));

        assertEquals(List.of("A-001", "26ADM20"), occupied.getArguments().stream().map(String::valueOf).toList());
        assertThrows(CellClosedException.class, () -> admit("26ADM21", "A-002"));
        assertThrows(CellClosedException.class, () -> system.get(() -> admissions.move(inA1.detaineeId(), "A-002")));
        assertEquals("A-001", reload(inA1.detaineeId()).getCell().getLabel());
        CellOccupancy closed = system.get(() -> admissions.cells(establishment.getId())).stream()
                .filter(c -> c.cellId() == a2).findFirst().orElseThrow();
        assertTrue(closed.closed());
        assertFalse(closed.free(), "no picker offers a closed cell");
        assertEquals("Dégât des eaux", closed.closedReason());
        assertThrows(EJBAccessException.class, () -> otherEstablishmentsDirection.call(
                () -> establishments.reopenCell(a2)), "another establishment's cell");

        system.get(() -> establishments.reopenCell(a2));
        system.get(() -> admissions.move(inA1.detaineeId(), "A-002"));

        assertEquals("A-002", reload(inA1.detaineeId()).getCell().getLabel());
        assertEquals(List.of("cell.close Dégât des eaux", "cell.reopen null"), audit.forEntity("Cell", a2).stream()
                .filter(r -> r.getAction().equals("cell.close") || r.getAction().equals("cell.reopen"))
                .map(r -> r.getAction() + " " + r.getDetail()).toList());
    }

    @Test
    void release_locksTheKioskAccount_keepsTheRecord_andTellsTheOtherFeaturesInTheSameTransaction() {
        AdmissionSlip slip = admit("26ADM06", "A-001");
        LocalDate today = LocalDate.now(fr.inserre.kiosk.common.ClockProducer.ZONE);

        system.get(() -> admissions.release(slip.detaineeId(), today, ReleaseReason.TRANSFERRED));

        Detainee detainee = reload(slip.detaineeId());
        assertEquals(DetaineeStatus.RELEASED, detainee.getStatus());
        assertEquals(ReleaseReason.TRANSFERRED, detainee.getReleaseReason());
        assertNull(detainee.getCell());
        DetaineeCredential credential = em.createNamedQuery("DetaineeCredential.findByDetainee",
                DetaineeCredential.class).setParameter("detaineeId", slip.detaineeId()).getSingleResult();
        assertTrue(credential.isDisabled());
        assertEquals(LoginOutcome.INVALID, kioskLogin.login(slip.badgeNumber(), slip.initialPin(), workshop).outcome());
        assertFalse(kioskLogin.stillAccepts(slip.detaineeId(), workshop));
        List<AdmissionEventLog.Received> received = events.about(slip.detaineeId());
        assertEquals(List.of(new AdmissionEventLog.Received(new DetaineeReleased(slip.detaineeId(),
                establishment.getId(), today, ReleaseReason.TRANSFERRED), true)), received);
        assertThrows(DetaineeReleasedException.class, () -> system.get(() -> admissions.move(slip.detaineeId(), "A-002")),
                "the record is read-only");
    }

    @Test
    void release_refusedByAnObserver_writesNothing() {
        AdmissionSlip slip = admit("26ADM07", "A-001");
        events.refuseNextRelease();

        assertThrows(AdmissionEventLog.Refusal.class, () -> system.get(() -> admissions.release(slip.detaineeId(),
                ENTRY.plusDays(3), ReleaseReason.RELEASED)));

        assertEquals(DetaineeStatus.PRESENT, reload(slip.detaineeId()).getStatus());
        assertEquals(LoginOutcome.SUCCESS,
                kioskLogin.login(slip.badgeNumber(), slip.initialPin(), cellTerminals.get("A-001")).outcome());
    }

    @Test
    void release_inTheFuture_isRefused() {
        AdmissionSlip slip = admit("26ADM08", "A-001");

        assertThrows(ReleaseInFutureException.class, () -> system.get(() -> admissions.release(slip.detaineeId(),
                LocalDate.now().plusDays(2), ReleaseReason.RELEASED)));
    }

    @Test
    void anotherEstablishmentsDirection_andASupervisor_areRefused() {
        AdmissionSlip slip = admit("26ADM09", "A-001");
        NewAdmission someone = new NewAdmission("26ADM10", "A", "B", null, null, "fr", false, ENTRY, null);

        assertThrows(EJBAccessException.class,
                () -> otherEstablishmentsDirection.call(() -> admissions.admit(establishment.getId(), someone)));
        assertThrows(EJBAccessException.class,
                () -> otherEstablishmentsDirection.call(() -> admissions.move(slip.detaineeId(), "A-002")));
        assertThrows(EJBAccessException.class, () -> otherEstablishmentsDirection.call(
                () -> admissions.release(slip.detaineeId(), ENTRY, ReleaseReason.RELEASED)));
        assertThrows(EJBAccessException.class,
                () -> supervisor.call(() -> admissions.admit(establishment.getId(), someone)));
        assertEquals("A-001", reload(slip.detaineeId()).getCell().getLabel());
    }

    @Test
    void importedPersonWithoutBadge_getsOneFromTheDesk() {
        AdmissionSlip first = admit("26ADM11", "A-001");
        Map<Long, Detainee> waiting = system.get(() -> admissions.awaitingBadge(establishment.getId())).stream()
                .collect(Collectors.toMap(Detainee::getId, Function.identity()));
        assertFalse(waiting.containsKey(first.detaineeId()), "admitted at the desk: has a badge");

        assertThrows(fr.inserre.kiosk.identity.DuplicateBadgeException.class,
                () -> system.get(() -> admissions.issueBadge(first.detaineeId())), "one badge per person");
    }

    @Test
    void retention_purgesOnlyThoseReleasedLongerAgoThanThePeriod_andAuditsCountsNotNames() {
        AdmissionSlip old = system.get(() -> admissions.admit(establishment.getId(), new NewAdmission("22OLD01", "Ancien",
                "Sortant", null, "A-001", "fr", false, LocalDate.of(2022, 1, 10), null)));
        AdmissionSlip recent = admit("26REC01", "A-002");
        LocalDate today = LocalDate.now(fr.inserre.kiosk.common.ClockProducer.ZONE);
        system.get(() -> admissions.release(old.detaineeId(), LocalDate.of(2023, 5, 1), ReleaseReason.RELEASED));
        system.get(() -> admissions.release(recent.detaineeId(), today, ReleaseReason.RELEASED));

        int purged = system.get(() -> retention.purge(new RetentionPolicy(730), today));

        assertTrue(purged >= 1);
        assertNull(em.find(Detainee.class, old.detaineeId()), "purged");
        assertEquals(0L, em.createQuery("select count(c) from DetaineeCredential c where c.detainee.id = :id", Long.class)
                .setParameter("id", old.detaineeId()).getSingleResult());
        assertEquals(DetaineeStatus.RELEASED, reload(recent.detaineeId()).getStatus(), "kept read-only");
        assertTrue(events.about(old.detaineeId()).stream().anyMatch(r -> r.event() instanceof DetaineesPurging));
        AuditRecord record = audit.forEntity("Establishment", establishment.getId()).stream()
                .filter(r -> r.getAction().equals("retention.purge")).findFirst().orElseThrow();
        assertEquals("detainees=1 badges=1 releasedBefore=" + today.minusDays(730), record.getDetail());
        assertEquals(establishment.getId(), record.getEstablishmentId());
        assertFalse(record.getDetail().contains("22OLD01") || record.getDetail().contains("Sortant"));
    }

    @Test
    void retention_isRefusedToStaff_evenTheDirection() {
        assertThrows(EJBAccessException.class, () -> otherEstablishmentsDirection.call(
                () -> retention.purge(new RetentionPolicy(730), LocalDate.now())));
    }
}
