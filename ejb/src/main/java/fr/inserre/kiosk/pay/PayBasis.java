package fr.inserre.kiosk.pay;

import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.PayClass;
import java.io.Serializable;
import java.util.Objects;

/**
 * How an activity's hours are paid: at a work pay class's share of the minimum wage, at the training
 * allowance, or not at all (the hours still count, for the ledger and the attestation).
 *
 * <p>From an activity ({@link #of(ActivityKind, boolean, PayClass)}): paid work at its pay class; paid
 * vocational training at the training allowance; everything else unpaid, i.e. work or training not
 * marked "Rémunéré" by its manager, education, and sport and culture (whatever their flag says).
 */
public record PayBasis(Type type, PayClass payClass) implements Serializable {

    public enum Type {
        WORK, TRAINING, UNPAID
    }

    public static final PayBasis TRAINING = new PayBasis(Type.TRAINING, null);
    public static final PayBasis UNPAID = new PayBasis(Type.UNPAID, null);

    public PayBasis {
        Objects.requireNonNull(type, "type");
        if ((type == Type.WORK) != (payClass != null)) {
            throw new IllegalArgumentException("a pay class goes with work, and only with work: " + type + " " + payClass);
        }
    }

    public static PayBasis work(PayClass payClass) {
        return new PayBasis(Type.WORK, Objects.requireNonNull(payClass, "payClass"));
    }

    public static PayBasis of(ActivityKind kind, boolean paid, PayClass payClass) {
        if (!paid) {
            return UNPAID;
        }
        return switch (kind) {
            case WORK -> payClass == null ? UNPAID : work(payClass);
            case VOCATIONAL_TRAINING -> TRAINING;
            case EDUCATION, SPORT_CULTURE -> UNPAID;
        };
    }

    public static PayBasis of(Activity activity) {
        return of(activity.getKind(), activity.isPaid(), activity.getPayClass());
    }

    public boolean isPaid() {
        return type != Type.UNPAID;
    }

    /** The rate item the hourly rate comes from; null when unpaid. */
    public RateItem item() {
        return switch (type) {
            case WORK -> RateItem.of(payClass);
            case TRAINING -> RateItem.TRAINING_ALLOWANCE;
            case UNPAID -> null;
        };
    }
}
