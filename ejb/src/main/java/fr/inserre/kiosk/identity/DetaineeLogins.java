package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.CurrentActor;

/** The caller name of a detainee logged in at a kiosk: {@code detainee:<id>}. */
public final class DetaineeLogins {

    private DetaineeLogins() {
    }

    public static String principalName(long detaineeId) {
        return CurrentActor.DETAINEE_PREFIX + detaineeId;
    }
}
