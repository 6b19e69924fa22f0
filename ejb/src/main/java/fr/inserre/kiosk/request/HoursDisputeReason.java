package fr.inserre.kiosk.request;

/**
 * Why a detainee disputes an attendance line, as tapped on the kiosk (bundle key
 * {@code HoursDisputeReason.<NAME>}, worded for the detainee in the kiosk bundle and for staff in the
 * staff bundle, so that each reads it in their own language). Words typed by the detainee may add to it.
 */
public enum HoursDisputeReason {
    /** "Il manque des heures": worked or trained longer than recorded. */
    HOURS_MISSING,
    /** "Les heures d'arrivée ou de départ sont fausses". */
    WRONG_TIMES,
    /** "J'étais là, pas absent". */
    WAS_PRESENT,
    /** "Je n'étais pas à cette séance". */
    NOT_MY_SESSION,
    /** Another reason, said in the typed words. */
    OTHER;

    /** Whether the detainee must add words (the reason alone says nothing). */
    public boolean needsText() {
        return this == OTHER;
    }
}
