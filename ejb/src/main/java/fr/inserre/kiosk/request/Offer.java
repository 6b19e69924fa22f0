package fr.inserre.kiosk.request;

import fr.inserre.kiosk.schedule.ActivityDescription;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import java.time.LocalDate;

/**
 * An activity as the kiosk's "Formations" and "Travail" screens offer it, with what the detainee
 * already has to do with it.
 *
 * @param description what the activity is, in the reader's language or the French fallback (null: none written)
 * @param placesLeft places free today (0 when full: a training can still be asked for, on the waiting list)
 * @param pendingReceipt the receipt of my request in progress for it, if any
 * @param allocated whether I am already on it
 */
public record Offer(long activityId, ActivityKind kind, String title, ActivityDescription description,
        String place, String prerequisites, LocalDate startDate, LocalDate endDate, boolean paid, PayClass payClass,
        int capacity, int placesLeft, String pendingReceipt, boolean allocated) {

    /** Whether the kiosk lets me ask for it. */
    public boolean requestable() {
        return pendingReceipt == null && !allocated;
    }
}
