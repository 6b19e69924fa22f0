package fr.inserre.kiosk.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.testing.Deployments;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed EAR migrated the test database with Flyway and its mapping matches the schema. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(SchemaMigrationIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Test
    void everyMigration_isAppliedSuccessfully_atDeployment() {
        @SuppressWarnings("unchecked")
        List<Object[]> history = em.createNativeQuery(
                "select version, success from flyway_schema_history where version is not null order by installed_rank")
                .getResultList();
        assertTrue(!history.isEmpty(), "Flyway history is empty");
        assertEquals("1", String.valueOf(history.get(0)[0]));
        assertTrue(history.stream().allMatch(row -> Boolean.TRUE.equals(row[1]) || Integer.valueOf(1).equals(row[1])
                || "1".equals(String.valueOf(row[1])) || "true".equals(String.valueOf(row[1]))),
                "a migration failed: " + history);
    }

    @Test
    void entityMapping_validatesAgainstTheMigratedSchema() {
        assertDoesNotThrow(() -> em.getEntityManagerFactory().unwrap(SessionFactory.class)
                .getSchemaManager().validateMappedObjects());
    }

    @Test
    void tables_useTheCaseAndAccentInsensitiveCollation() {
        Object collation = em.createNativeQuery("select table_collation from information_schema.tables "
                + "where table_schema = database() and table_name = 'detainee'").getSingleResult();
        assertEquals("utf8mb4_unicode_ci", collation);
    }
}
