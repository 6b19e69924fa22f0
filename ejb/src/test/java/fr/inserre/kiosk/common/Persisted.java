package fr.inserre.kiosk.common;

import java.lang.reflect.Field;

/**
 * Test helper: gives an entity the id the database would have given it, since entity equality is
 * by id ({@link AuditedEntity#equals}) and no production code path sets it outside JPA.
 */
public final class Persisted {

    private static final Field ID;

    static {
        try {
            ID = AuditedEntity.class.getDeclaredField("id");
            ID.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Persisted() {
    }

    /** Sets the entity's id and returns the entity. */
    public static <T extends AuditedEntity> T withId(T entity, long id) {
        try {
            ID.set(entity, id);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }
}
