package fr.inserre.kiosk.admission;

import fr.inserre.kiosk.common.BusinessException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test observer, deployed in the EJB module (where the events are fired), standing for the schedule
 * and request features: records each administration event and whether a transaction was running when
 * it came; can refuse the next release, as an observer that finds it cannot end something would.
 */
@ApplicationScoped
public class AdmissionEventLog {

    /** An event as received, with whether it came inside an active transaction. */
    public record Received(Object event, boolean inTransaction) {
    }

    /** What a feature's observer throws to refuse a change. */
    public static class Refusal extends BusinessException {
        private static final long serialVersionUID = 1L;

        public Refusal() {
            super("detainee.released", "test");
        }
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean refuseNextRelease;

    void moved(@Observes DetaineeMoved event) {
        record(event);
    }

    void released(@Observes DetaineeReleased event) {
        record(event);
        if (refuseNextRelease) {
            refuseNextRelease = false;
            throw new Refusal();
        }
    }

    void purging(@Observes DetaineesPurging event) {
        record(event);
    }

    private void record(Object event) {
        received.add(new Received(event, transactions.getTransactionStatus() == Status.STATUS_ACTIVE));
    }

    public void refuseNextRelease() {
        refuseNextRelease = true;
    }

    /** The events received about this detainee, oldest first. */
    public List<Received> about(long detaineeId) {
        return received.stream().filter(r -> r.event() instanceof DetaineeMoved moved && moved.detaineeId() == detaineeId
                || r.event() instanceof DetaineeReleased released && released.detaineeId() == detaineeId
                || r.event() instanceof DetaineesPurging purging && purging.detaineeIds().contains(detaineeId))
                .toList();
    }
}
