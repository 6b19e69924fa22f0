package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityManagers;
import java.util.function.Predicate;

/**
 * Who takes the roll-call of a session and validates its timesheets: the staff member in charge of
 * the activity (a supervisor, a workshop head, a trainer, whatever their role), a manager of its kind
 * (work manager for work, training manager for training and education) and the direction. When no one
 * is in charge, any supervisor of the establishment. Only the direction validates over the limits.
 */
public final class RollCallRules {

    private RollCallRules() {
    }

    public static boolean mayTake(Activity activity, String login, Predicate<String> callerInRole) {
        if (ActivityManagers.mayManage(activity.getKind(), callerInRole)) {
            return true;
        }
        StaffMember lead = activity.getStaffInCharge();
        return lead == null ? callerInRole.test(Roles.SUPERVISOR) : lead.getLogin().equals(login);
    }

    /** Refuses, naming the activity, a caller who may not take its roll-call. */
    public static void require(Activity activity, String login, Predicate<String> callerInRole) {
        if (!mayTake(activity, login, callerInRole)) {
            throw new NotYourSessionException(activity.getTitle());
        }
    }

    /** Whether the caller may validate a week over the working-time limits (with a reason). */
    public static boolean mayOverrideLimits(Predicate<String> callerInRole) {
        return callerInRole.test(Roles.DIRECTION);
    }
}
