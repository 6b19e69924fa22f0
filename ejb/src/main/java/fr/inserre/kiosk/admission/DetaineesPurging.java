package fr.inserre.kiosk.admission;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The retention period of these released detainees has passed: their data are about to be deleted,
 * in this transaction (synchronous event; see the package documentation). Observers delete their own
 * rows of these people first (foreign keys to the detainee would otherwise stop the purge), and say
 * how many through {@link #deleted}: the purge logs those counts, never what the rows held. At most
 * {@link RetentionService#BATCH} ids per event.
 *
 * <p>Rows of one feature may point at rows of another (a request at the allocation, appointment or
 * attendance line it is about, a release checklist item at its help request, a partner slot at the
 * appointment booked in it): observers order themselves with {@code @Priority} on the observed
 * parameter. {@link #LINKING} runs first and removes the rows that point at other features' rows;
 * {@link #LINKED} runs after and removes the rows pointed at.
 *
 * @param establishmentId their establishment
 * @param detaineeIds the people whose data go
 * @param releasedBefore the purge's cut-off: all were released before this day
 * @param deletedRows rows deleted so far by kind (table), filled by the observers
 */
public record DetaineesPurging(long establishmentId, List<Long> detaineeIds, LocalDate releasedBefore,
        Map<String, Integer> deletedRows) {

    /** Observers whose rows point at rows of other features (release items, partner slots, requests). */
    public static final int LINKING = 1000;

    /** Observers whose rows only point at the detainee or at their own feature's rows. */
    public static final int LINKED = 2000;

    public DetaineesPurging(long establishmentId, List<Long> detaineeIds, LocalDate releasedBefore) {
        this(establishmentId, detaineeIds, releasedBefore, new LinkedHashMap<>());
    }

    /**
     * Runs an observer's native statement with these people's ids bound to {@code :ids} (a delete, or
     * an update that lets go of them), and counts the rows it touched under {@code kind}.
     */
    public void delete(EntityManager em, String kind, String statement) {
        deleted(kind, em.createNativeQuery(statement).setParameter("ids", detaineeIds).executeUpdate());
    }

    /** Counts rows an observer deleted (for the purge's log: counts, not contents). */
    public void deleted(String kind, int rows) {
        deletedRows.merge(kind, rows, Integer::sum);
    }
}
