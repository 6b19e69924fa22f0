package fr.inserre.kiosk.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.RunAsSystem;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Terminal enrolment and credential checks on the real EAR and a real MariaDB, each test with
 * terminals of its own establishment. Time: the server's clock cannot be swapped in the container,
 * so the rules that depend on it are unit-tested on the entity (TerminalLifecycleTest), and here a
 * stored instant is moved into the past with a native update where a test needs time to have passed.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(RunAsSystem.class)
class TerminalServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(TerminalServiceIT.class);
    }

    @Inject
    AsSystem system;

    @Inject
    TerminalService terminals;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Establishment establishment;
    private Terminal workshop;

    @BeforeEach
    void ownEstablishmentAndTerminal() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001");
        workshop = terminals.registerInRoom("BORNE-" + establishment.getCode() + "-AT-1", TerminalKind.WORKSHOP,
                establishment.getId(), "Atelier conditionnement");
    }

    private Terminal reload(Terminal terminal) {
        return terminals.get(terminal.getId());
    }

    private Enrolment enrolled(Terminal terminal) {
        return terminals.enrol(terminals.issueEnrolmentCode(terminal.getId()));
    }

    /** Runs a native update in its own transaction: how these tests make time pass for stored instants. */
    private void moveIntoThePast(String column, Terminal terminal, Duration ago) throws Exception {
        transaction.begin();
        int updated = em.createNativeQuery("update terminal set " + column + " = ? where id = ?")
                // Stored as UTC, as Hibernate stores instants (hibernate.jdbc.time_zone=UTC).
                .setParameter(1, LocalDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC))
                .setParameter(2, terminal.getId())
                .executeUpdate();
        transaction.commit();
        assertEquals(1, updated);
    }

    private List<String> trail(Terminal terminal) {
        return audit.forEntity("Terminal", terminal.getId()).stream()
                .map(r -> r.getAction() + ":" + r.getOutcome()).toList();
    }

    @Test
    void registeredTerminal_isPendingEnrolment_andNeverSeen() {
        Terminal found = reload(workshop);

        assertEquals(TerminalStatus.PENDING_ENROLMENT, found.getStatus());
        assertNull(found.getLastSeenAt());
    }

    @Test
    void enrol_exchangesTheCodeForASecretOnce_andTheTerminalIsActive() {
        String code = terminals.issueEnrolmentCode(workshop.getId());

        Enrolment enrolment = terminals.enrol(code);
        InvalidEnrolmentCodeException second = assertThrows(InvalidEnrolmentCodeException.class,
                () -> terminals.enrol(code));

        assertEquals(workshop.getCode(), enrolment.terminalCode());
        assertEquals(43, enrolment.secret().length());
        assertEquals("terminal.enrolment.invalid", second.getMessageKey());
        Terminal found = reload(workshop);
        assertEquals(TerminalStatus.ACTIVE, found.getStatus());
        assertNotNull(found.getEnrolledAt());
        assertNull(found.getEnrolmentCodeExpiresAt());
    }

    @Test
    void database_keepsOnlyHashes_neverTheCodeNorTheSecret() {
        String code = terminals.issueEnrolmentCode(workshop.getId());
        Object pendingHash = em.createNativeQuery("select enrolment_code_hash from terminal where id = ?")
                .setParameter(1, workshop.getId()).getSingleResult();
        Enrolment enrolment = terminals.enrol(code);

        Object[] row = (Object[]) em.createNativeQuery(
                "select enrolment_code_hash, secret_hash from terminal where id = ?")
                .setParameter(1, workshop.getId()).getSingleResult();

        assertEquals(TerminalSecrets.hash(code), pendingHash);
        assertNull(row[0], "the used code is gone");
        assertEquals(TerminalSecrets.hash(enrolment.secret()), row[1]);
    }

    @Test
    void enrol_acceptsTheCodeAsTypedByIt_inGroupsAndLowercase() {
        String code = terminals.issueEnrolmentCode(workshop.getId());

        Enrolment enrolment = terminals.enrol(code.substring(0, 5).toLowerCase() + "-" + code.substring(5));

        assertEquals(workshop.getCode(), enrolment.terminalCode());
    }

    @Test
    void enrol_refused_whenTheCodeIsValidForTwentyFourHoursButExpired() throws Exception {
        String code = terminals.issueEnrolmentCode(workshop.getId());
        Instant expiry = reload(workshop).getEnrolmentCodeExpiresAt();
        assertTrue(Duration.between(Instant.now(), expiry).compareTo(Duration.ofHours(23)) > 0, "valid 24 h: " + expiry);
        // The code was issued 25 hours ago, as far as the database knows.
        moveIntoThePast("enrolment_code_expires_at", workshop, Duration.ofHours(1));

        assertThrows(EnrolmentCodeExpiredException.class, () -> terminals.enrol(code));

        assertEquals(TerminalStatus.PENDING_ENROLMENT, reload(workshop).getStatus());
        AuditRecord refusal = audit.forEntity("Terminal", workshop.getId()).stream()
                .filter(r -> r.getOutcome() == AuditOutcome.REFUSED).findFirst().orElseThrow();
        assertEquals("terminal.enrol", refusal.getAction());
        assertEquals("terminal.enrolment.expired", refusal.getDetail());
    }

    @Test
    void enrol_refused_whenAnotherCodeWasIssuedSince() {
        String first = terminals.issueEnrolmentCode(workshop.getId());
        String second = terminals.issueEnrolmentCode(workshop.getId());

        assertThrows(InvalidEnrolmentCodeException.class, () -> terminals.enrol(first));

        assertEquals(workshop.getCode(), terminals.enrol(second).terminalCode());
    }

    @Test
    void enrol_refusedAndAudited_whenNoTerminalWaitsForTheCode() {
        long refusalsBefore = unknownCodeRefusals();

        assertThrows(InvalidEnrolmentCodeException.class, () -> terminals.enrol("ZZZZZ-ZZZZZ"));

        assertEquals(refusalsBefore + 1, unknownCodeRefusals());
    }

    private long unknownCodeRefusals() {
        return ((Number) em.createNativeQuery("select count(*) from audit_record where action = 'terminal.enrol' "
                + "and outcome = 'REFUSED' and entity_id is null").getSingleResult()).longValue();
    }

    @Test
    void enrol_refusedByBeanValidation_whenTheCodeIsBlankOrFarTooLong() {
        EJBException blank = assertThrows(EJBException.class, () -> terminals.enrol(" "));
        EJBException tooLong = assertThrows(EJBException.class, () -> terminals.enrol("A".repeat(500)));

        assertInstanceOf(ConstraintViolationException.class, blank.getCause());
        assertInstanceOf(ConstraintViolationException.class, tooLong.getCause());
    }

    @Test
    void authenticate_givesTheTerminalsAccess_whenActive() {
        Cell cell = establishments.cells(establishment.getId()).get(0);
        Terminal inCell = terminals.registerInCell("BORNE-" + establishment.getCode() + "-A-001", cell.getId());
        Enrolment enrolment = enrolled(inCell);

        TerminalAccess access = terminals.authenticate(enrolment.terminalCode().toLowerCase(),
                new SharedSecret(enrolment.secret()));

        assertEquals(new TerminalAccess(inCell.getId(), inCell.getCode(), TerminalKind.CELL, establishment.getId(),
                cell.getId(), false), access);
    }

    @Test
    void authenticate_refusedAlike_forUnknownPendingRevokedTerminalsAndWrongSecrets() {
        Enrolment enrolment = enrolled(workshop);
        Terminal pending = terminals.registerInRoom("BORNE-" + establishment.getCode() + "-AT-2",
                TerminalKind.WORKSHOP, establishment.getId(), "Atelier 2");
        Terminal revoked = terminals.registerInRoom("BORNE-" + establishment.getCode() + "-AT-3",
                TerminalKind.WORKSHOP, establishment.getId(), "Atelier 3");
        Enrolment revokedEnrolment = enrolled(revoked);
        terminals.revoke(revoked.getId());
        SharedSecret secret = new SharedSecret(enrolment.secret());

        List<TerminalNotRecognisedException> refusals = List.of(
                assertThrows(TerminalNotRecognisedException.class,
                        () -> terminals.authenticate("BORNE-NOWHERE-1", secret)),
                assertThrows(TerminalNotRecognisedException.class,
                        () -> terminals.authenticate(pending.getCode(), secret)),
                assertThrows(TerminalNotRecognisedException.class,
                        () -> terminals.authenticate(revoked.getCode(), new SharedSecret(revokedEnrolment.secret()))),
                assertThrows(TerminalNotRecognisedException.class,
                        () -> terminals.authenticate(workshop.getCode(), new SharedSecret(revokedEnrolment.secret()))));

        refusals.forEach(refusal -> {
            assertEquals("terminal.notRecognised", refusal.getMessageKey());
            assertEquals(List.of(), refusal.getArguments());
        });
        assertTrue(trail(revoked).contains("terminal.authenticate:REFUSED"), trail(revoked).toString());
        assertTrue(trail(workshop).contains("terminal.authenticate:REFUSED"), "wrong secret audited");
    }

    @Test
    void revoke_cutsTheTerminalOffAtItsNextRequest() {
        Enrolment enrolment = enrolled(workshop);
        SharedSecret secret = new SharedSecret(enrolment.secret());
        terminals.authenticate(workshop.getCode(), secret);

        terminals.revoke(workshop.getId());

        assertThrows(TerminalNotRecognisedException.class, () -> terminals.authenticate(workshop.getCode(), secret));
        Terminal found = reload(workshop);
        assertEquals(TerminalStatus.REVOKED, found.getStatus());
        assertNotNull(found.getRevokedAt());
    }

    @Test
    void maintenance_isSaidInTheAccess_andEndsBackInService() {
        Enrolment enrolment = enrolled(workshop);
        SharedSecret secret = new SharedSecret(enrolment.secret());

        terminals.startMaintenance(workshop.getId());
        TerminalAccess during = terminals.authenticate(workshop.getCode(), secret);
        terminals.endMaintenance(workshop.getId());
        TerminalAccess after = terminals.authenticate(workshop.getCode(), secret);

        assertTrue(during.maintenance());
        assertFalse(after.maintenance());
    }

    @Test
    void illegalTransitions_areRefusedWithTheirOwnException_andAudited() {
        assertThrows(TerminalNotEnrolledException.class, () -> terminals.startMaintenance(workshop.getId()));
        assertThrows(TerminalNotInMaintenanceException.class, () -> terminals.endMaintenance(workshop.getId()));
        terminals.revoke(workshop.getId());
        assertThrows(TerminalRevokedException.class, () -> terminals.revoke(workshop.getId()));
        assertThrows(UnknownTerminalException.class, () -> terminals.revoke(-1L));

        assertEquals(List.of("terminal.register:SUCCESS", "terminal.maintenance.start:REFUSED",
                "terminal.maintenance.end:REFUSED", "terminal.revoke:SUCCESS", "terminal.revoke:REFUSED"),
                trail(workshop));
    }

    @Test
    void auditTrail_recordsIssueEnrolRevoke_andAReissueThatBringsARevokedTerminalBack() {
        enrolled(workshop);
        terminals.revoke(workshop.getId());
        String code = terminals.issueEnrolmentCode(workshop.getId());
        assertEquals(TerminalStatus.PENDING_ENROLMENT, reload(workshop).getStatus());
        terminals.enrol(code);

        assertEquals(List.of("terminal.register:SUCCESS", "terminal.enrolmentCode.issue:SUCCESS",
                "terminal.enrol:SUCCESS", "terminal.revoke:SUCCESS", "terminal.enrolmentCode.issue:SUCCESS",
                "terminal.enrol:SUCCESS"), trail(workshop));
    }

    @Test
    void authenticate_updatesLastSeen_atMostOnceAMinute_withoutChangingTheVersion() throws Exception {
        Enrolment enrolment = enrolled(workshop);
        SharedSecret secret = new SharedSecret(enrolment.secret());
        long version = reload(workshop).getVersion();

        terminals.authenticate(workshop.getCode(), secret);
        Instant first = reload(workshop).getLastSeenAt();
        terminals.authenticate(workshop.getCode(), secret);
        Instant second = reload(workshop).getLastSeenAt();
        moveIntoThePast("last_seen_at", workshop, Duration.ofMinutes(2));
        terminals.authenticate(workshop.getCode(), secret);
        Terminal third = reload(workshop);

        assertNotNull(first);
        assertEquals(first, second, "not again within the minute");
        assertNotEquals(second, third.getLastSeenAt());
        assertTrue(third.getLastSeenAt().isAfter(Instant.now().minusSeconds(30)), third.getLastSeenAt().toString());
        assertEquals(version, third.getVersion(), "being seen is not an edit");
    }

    @Test
    void list_filtersByStatusAndCode_withinTheEstablishment() {
        enrolled(workshop);
        terminals.registerInRoom("BORNE-" + establishment.getCode() + "-EC-1", TerminalKind.CITIZEN_SPACE,
                establishment.getId(), "Espace citoyen");
        PageRequest page = new PageRequest(0, 25, "code", true);

        List<Terminal> active = terminals.list(establishment.getId(),
                new TerminalFilter(null, null, null, TerminalStatus.ACTIVE), page);
        long byCode = terminals.count(establishment.getId(),
                new TerminalFilter("borne-" + establishment.getCode().toLowerCase() + "-ec", null, null, null));
        long citizen = terminals.count(establishment.getId(),
                new TerminalFilter(null, TerminalKind.CITIZEN_SPACE, "espace", null));

        assertEquals(List.of(workshop.getCode()), active.stream().map(Terminal::getCode).toList());
        assertEquals(1, byCode);
        assertEquals(1, citizen);
        assertEquals(2, terminals.count(establishment.getId(), TerminalFilter.NONE));
    }
}
