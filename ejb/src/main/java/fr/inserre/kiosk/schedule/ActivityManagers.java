package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.identity.Roles;
import java.util.function.Predicate;

/**
 * Who manages which activities: the work manager manages work, the training manager training and
 * education, either of them sport and culture; the direction manages everything.
 */
public final class ActivityManagers {

    /** Roles that may create activities and allocate at all (which ones is decided per kind). */
    public static final String[] ROLES = {Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.DIRECTION, Roles.SYSTEM};

    private ActivityManagers() {
    }

    public static boolean mayManage(ActivityKind kind, Predicate<String> callerInRole) {
        if (callerInRole.test(Roles.DIRECTION) || callerInRole.test(Roles.SYSTEM)) {
            return true;
        }
        return switch (kind) {
            case WORK -> callerInRole.test(Roles.WORK_MANAGER);
            case VOCATIONAL_TRAINING, EDUCATION -> callerInRole.test(Roles.TRAINING_MANAGER);
            case SPORT_CULTURE -> callerInRole.test(Roles.WORK_MANAGER) || callerInRole.test(Roles.TRAINING_MANAGER);
        };
    }

    /** Refuses, naming the activity, a caller who does not manage its kind. */
    public static void require(Activity activity, Predicate<String> callerInRole) {
        if (!mayManage(activity.getKind(), callerInRole)) {
            throw new NotYourActivityKindException(activity.getTitle());
        }
    }

    /** Who may override a schedule conflict with a reason when allocating: a manager of the activity. */
    public static boolean mayOverrideConflict(ActivityKind kind, Predicate<String> callerInRole) {
        return mayManage(kind, callerInRole);
    }
}
