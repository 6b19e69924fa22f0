package fr.inserre.kiosk.common;

/**
 * Someone else changed the record since the user opened it: their change is kept, the user's is not
 * applied, and the message says who changed it so that they can look again.
 */
public class ChangedMeanwhileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhileException(String by) {
        super("common.changedMeanwhile", by);
    }

    /** Refuses the edit when the version the user saw is not the current one. */
    public static void check(AuditedEntity entity, long versionSeen) {
        if (entity.getVersion() != versionSeen) {
            throw new ChangedMeanwhileException(entity.getUpdatedBy());
        }
    }
}
