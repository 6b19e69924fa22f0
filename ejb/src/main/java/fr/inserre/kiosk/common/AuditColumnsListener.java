package fr.inserre.kiosk.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/** Fills the created/updated columns of every {@link AuditedEntity} from the current actor and clock. */
public class AuditColumnsListener {

    @PrePersist
    void onCreate(AuditedEntity entity) {
        entity.markCreated(now(), actor());
    }

    @PreUpdate
    void onUpdate(AuditedEntity entity) {
        entity.markUpdated(now(), actor());
    }

    private static Instant now() {
        return CDI.current().select(Clock.class).get().instant();
    }

    private static String actor() {
        return CDI.current().select(CurrentActor.class).get().name();
    }
}
