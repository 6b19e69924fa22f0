/**
 * Establishment administration: admissions (with the badge and initial PIN of the admission slip),
 * cell moves, releases and transfers, the roster import from the national prison-management system,
 * and the retention of released detainees' data.
 *
 * <h2>Events for the other features</h2>
 * Each change of a detainee's situation fires a <b>synchronous</b> CDI event, inside the transaction
 * that makes the change, after the change is made (the entity already shows it) and before commit:
 * <ul>
 * <li>{@link fr.inserre.kiosk.admission.DetaineeMoved}: the person changed cell (the old cell's
 * terminal already refuses them);</li>
 * <li>{@link fr.inserre.kiosk.admission.DetaineeReleased}: the person left, released or transferred;
 * observers end what is still running (allocations ended with the reason, pending requests
 * cancelled with a message to the person...);</li>
 * <li>{@link fr.inserre.kiosk.admission.DetaineesPurging}: the retention period of released people
 * has passed; observers delete their own rows of these people before the detainee rows go.</li>
 * </ul>
 * Observe them with a plain {@code @Observes} (not {@code @ObservesAsync}, not a transaction phase):
 * the observer runs in the same transaction, with the caller's identity; throwing a
 * {@code BusinessException} refuses the whole change (nothing is written). Observers must not assume
 * a staff caller: the roster import and the retention job also fire them (the job as SYSTEM). A roster
 * import fires one event per detainee, so an observer should touch only that detainee's rows.
 */
package fr.inserre.kiosk.admission;
