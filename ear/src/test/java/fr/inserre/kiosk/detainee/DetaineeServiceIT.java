package fr.inserre.kiosk.detainee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.UnknownCellException;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registering and listing detainees on the real EAR and a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class DetaineeServiceIT {

    private static final LocalDate ENTRY = LocalDate.of(2026, 3, 2);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(DetaineeServiceIT.class);
    }

    @Inject
    DetaineeService detainees;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    AsSystem system;

    private Establishment establishment;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 180, "A-001", "A-002", "A-003", "B-001");
    }

    private Detainee register(String number, String first, String last, String cell) {
        return as(() -> detainees.register(establishment.getId(),
                new NewDetainee(number, first, last, cell, "fr", false, ENTRY, ENTRY.plusYears(2))));
    }

    /** Calls a service with the SYSTEM role; a refusal comes out as itself. */
    private <T> T as(java.util.concurrent.Callable<T> work) {
        try {
            return system.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void register_persistsThePresentDetaineeInTheCell_andWritesAnAuditRecord() {
        Detainee created = register(" 26a0001 ", "Hélène", "Dupont", "A-001");

        Detainee found = as(() -> detainees.findByPrisonNumber(establishment.getId(), "26A0001"));
        assertEquals(created.getId(), found.getId());
        assertEquals("26A0001", found.getPrisonNumber());
        assertEquals(DetaineeStatus.PRESENT, found.getStatus());
        List<AuditRecord> trail = audit.forEntity("Detainee", created.getId());
        assertEquals(1, trail.size());
        assertEquals("detainee.register", trail.get(0).getAction());
        assertEquals(AuditOutcome.SUCCESS, trail.get(0).getOutcome());
        assertEquals("system", found.getCreatedBy());
    }

    @Test
    void register_isRefusedWithAClearMessage_whenThePrisonNumberIsTaken() {
        register("26A0002", "Karim", "Benali", "A-001");

        DuplicatePrisonNumberException refused = assertThrows(DuplicatePrisonNumberException.class,
                () -> register("26a0002", "Mehdi", "Haddad", "A-002"));

        assertEquals("detainee.prisonNumber.duplicate", refused.getMessageKey());
        String message = MessageFormat.format(ResourceBundle.getBundle("fr.inserre.kiosk.messages", Locale.FRENCH)
                .getString(refused.getMessageKey()), refused.getArguments().toArray());
        assertTrue(message.contains("26A0002") && message.contains(establishment.getCode()), message);
        assertEquals(1, as(() -> detainees.count(establishment.getId(), new DetaineeFilter("26A0002", null, null, null, null))));
        assertEquals("A-001", as(() -> detainees.list(establishment.getId(), new DetaineeFilter("26A0002", null, null, null,
                null), new PageRequest(0, 25, null, true))).get(0).getCell().getLabel(), "the first keeps the cell");
    }

    @Test
    void register_acceptsTheSamePrisonNumber_inAnotherEstablishment() throws Exception {
        register("26A0003", "Ionuț", "Popescu", null);
        Establishment other = TestEstablishments.create(system, establishments, 100);

        Detainee elsewhere = as(() -> detainees.register(other.getId(),
                new NewDetainee("26A0003", "Andrei", "Stoica", null, "ro", true, ENTRY, null)));

        assertEquals(other.getId(), elsewhere.getEstablishment().getId());
    }

    @Test
    void register_isRefused_whenTheCellAlreadyHoldsSomeone() {
        register("26A0004", "Julien", "Martin", "B-001");

        CellOccupiedException refused = assertThrows(CellOccupiedException.class,
                () -> register("26A0005", "Thomas", "Durand", "B-001"));

        assertEquals(List.of("B-001"), refused.getArguments());
        assertNull(as(() -> detainees.findByPrisonNumber(establishment.getId(), "26A0005")));
    }

    @Test
    void register_isRefused_whenTheCellDoesNotExist() {
        assertThrows(UnknownCellException.class, () -> register("26A0006", "Piotr", "Nowak", "Z-999"));
    }

    @Test
    void register_isRefusedByBeanValidation_whenNamesAreBlank() {
        EJBException refused = assertThrows(EJBException.class, () -> register("26A0007", " ", "", null));

        Throwable cause = refused;
        while (cause != null && !(cause instanceof ConstraintViolationException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(ConstraintViolationException.class, cause, "caused by Bean Validation");
        assertNull(as(() -> detainees.findByPrisonNumber(establishment.getId(), "26A0007")));
    }

    @Test
    void list_findsByNameStart_ignoringCaseAndAccents() {
        register("26A0010", "Hélène", "Lefèvre", "A-001");
        register("26A0011", "Sofiane", "Cherif", "A-002");

        List<Detainee> found = as(() -> detainees.list(establishment.getId(),
                new DetaineeFilter(null, "lefev", null, null, null), new PageRequest(0, 25, null, true)));

        assertEquals(List.of("26A0010"), found.stream().map(Detainee::getPrisonNumber).toList());
        assertEquals(1, as(() -> detainees.list(establishment.getId(), new DetaineeFilter(null, "helene", null, null, null),
                new PageRequest(0, 25, null, true))).size());
    }

    @Test
    void list_sortsAndPages_andCountsWithTheSameFilter() {
        register("26A0020", "A", "Alpha", "A-003");
        register("26A0021", "B", "Bravo", "A-001");
        register("26A0022", "C", "Charlie", "A-002");

        List<Detainee> firstPage = as(() -> detainees.list(establishment.getId(), DetaineeFilter.NONE,
                new PageRequest(0, 2, "cell", false)));
        List<Detainee> secondPage = as(() -> detainees.list(establishment.getId(), DetaineeFilter.NONE,
                new PageRequest(2, 2, "cell", false)));

        assertEquals(List.of("A-003", "A-002"), firstPage.stream().map(d -> d.getCell().getLabel()).toList());
        assertEquals(List.of("A-001"), secondPage.stream().map(d -> d.getCell().getLabel()).toList());
        assertEquals(3, as(() -> detainees.count(establishment.getId(), DetaineeFilter.NONE)));
        assertEquals(0, as(() -> detainees.count(establishment.getId(),
                new DetaineeFilter(null, null, null, DetaineeStatus.RELEASED, null))));
    }

    @Test
    void list_runsOneStatement_andNeedsNoOtherToShowTheCells() {
        for (int i = 0; i < 4; i++) {
            register("26A003" + i, "Prénom" + i, "Nom" + i, i < 3 ? "A-00" + (i + 1) : "B-001");
        }
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        List<Detainee> page = as(() -> detainees.list(establishment.getId(), DetaineeFilter.NONE,
                new PageRequest(0, 50, "name", true)));
        List<String> cells = page.stream().map(d -> d.getCell().getLabel()).toList();

        assertEquals(4, cells.size());
        assertFalse(cells.contains(null));
        assertEquals(1, statistics.getPrepareStatementCount(), "statements for one page of detainees with cells");
    }

    @Test
    void list_neverShowsAnotherEstablishmentsDetainees() throws Exception {
        register("26A0040", "Luis", "García", "A-001");
        Establishment other = TestEstablishments.create(system, establishments, 100);

        assertEquals(0, as(() -> detainees.count(other.getId(), DetaineeFilter.NONE)));
        assertTrue(as(() -> detainees.list(other.getId(), new DetaineeFilter("26A0040", null, null, null, null),
                new PageRequest(0, 25, null, true))).isEmpty());
    }
}
