package fr.inserre.kiosk.identity;

/**
 * Role names as the container knows them, for {@code @RolesAllowed}: the staff roles of
 * {@link StaffRole} and the role of a detainee logged in at a kiosk.
 */
public final class Roles {

    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String WORK_MANAGER = "WORK_MANAGER";
    public static final String TRAINING_MANAGER = "TRAINING_MANAGER";
    public static final String PROBATION_OFFICER = "PROBATION_OFFICER";
    public static final String PARTNER = "PARTNER";
    public static final String DIRECTION = "DIRECTION";
    public static final String IT_ADMIN = "IT_ADMIN";
    public static final String DETAINEE = "DETAINEE";
    /** The application's own start-up work (demo data), through {@code @RunAs}; never a person. */
    public static final String SYSTEM = "SYSTEM";
    /** Staff who work with detainees' files (not partners, not IT). */
    public static final String[] FILE_READERS = {SUPERVISOR, WORK_MANAGER, TRAINING_MANAGER, PROBATION_OFFICER,
        DIRECTION};

    private Roles() {
    }
}
