package fr.inserre.kiosk.common;

import static fr.inserre.kiosk.common.Persisted.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity equality is by id and entity type, also when one side is a Hibernate lazy proxy (what a
 * lazy association such as {@code cell.getEstablishment()} returns). The proxies are made by a
 * session factory that never connects: {@code getReference} does not touch a database.
 */
class AuditedEntityTest {

    private static SessionFactory sessions;
    private static Session session;

    @BeforeAll
    static void startWithoutDatabase() {
        sessions = new Configuration()
                .addAnnotatedClass(Establishment.class)
                .addAnnotatedClass(Cell.class)
                .setProperty("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect")
                .setProperty("hibernate.boot.allow_jdbc_metadata_access", "false")
                .setProperty("jakarta.persistence.validation.mode", "none")
                .buildSessionFactory();
        session = sessions.openSession();
    }

    @AfterAll
    static void stop() {
        session.close();
        sessions.close();
    }

    private static Establishment establishment(long id) {
        return withId(new Establishment("ARR", "InSERRE Arras", 180), id);
    }

    @Test
    void equals_true_whenSameTypeAndSameId() {
        Establishment loaded = establishment(1L);
        Establishment loadedAgain = establishment(1L);

        assertEquals(loaded, loadedAgain);
        assertEquals(loaded.hashCode(), loadedAgain.hashCode());
    }

    @Test
    void equals_false_whenIdsDiffer() {
        assertNotEquals(establishment(1L), establishment(2L));
    }

    @Test
    void equals_false_whenNotYetPersisted_unlessSameInstance() {
        Establishment created = new Establishment("ARR", "InSERRE Arras", 180);
        Establishment twin = new Establishment("ARR", "InSERRE Arras", 180);

        assertNotEquals(created, twin);
        assertEquals(created, created);
    }

    @Test
    void equals_false_whenOtherEntityTypeHasTheSameId() {
        Establishment arras = establishment(1L);
        Cell cell = withId(new Cell(arras, "A-001"), 1L);

        assertFalse(arras.equals(cell));
    }

    @Test
    void equals_true_whenOtherIsALazyProxyOfTheSameRow_withoutLoadingIt() {
        Establishment loaded = establishment(1L);
        Establishment proxy = session.getReference(Establishment.class, 1L);
        assertNotSame(Establishment.class, proxy.getClass());

        boolean equal = loaded.equals(proxy);

        assertTrue(equal);
        assertFalse(Hibernate.isInitialized(proxy));
    }

    @Test
    void equals_false_whenOtherIsALazyProxyOfAnotherRowOrType() {
        Establishment loaded = establishment(1L);

        assertNotEquals(loaded, session.getReference(Establishment.class, 2L));
        assertFalse(loaded.equals(session.getReference(Cell.class, 1L)));
    }
}
