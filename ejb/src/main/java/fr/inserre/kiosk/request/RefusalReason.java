package fr.inserre.kiosk.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Why a request is refused, in words written for the detainee (bundle key {@code RefusalReason.<NAME>}).
 * Each reason applies to some request types; {@link #OTHER} needs a written text.
 */
public enum RefusalReason {
    PREREQUISITES_NOT_MET(EnumSet.of(RequestType.TRAINING_ENROLMENT, RequestType.JOB_APPLICATION)),
    ACTIVITY_FULL(EnumSet.of(RequestType.JOB_APPLICATION)),
    RELEASE_TOO_SOON(EnumSet.of(RequestType.TRAINING_ENROLMENT, RequestType.JOB_APPLICATION)),
    ALREADY_FOLLOWED(EnumSet.of(RequestType.TRAINING_ENROLMENT)),
    SCHEDULE_CONFLICT(EnumSet.of(RequestType.TRAINING_ENROLMENT, RequestType.JOB_APPLICATION,
            RequestType.APPOINTMENT)),
    SECURITY_OPINION(EnumSet.of(RequestType.JOB_APPLICATION)),
    RECENTLY_SEEN(EnumSet.of(RequestType.APPOINTMENT)),
    NOT_THIS_SERVICE(EnumSet.of(RequestType.APPOINTMENT, RequestType.GENERAL)),
    NOT_POSSIBLE(EnumSet.of(RequestType.GENERAL, RequestType.HOURS_ATTESTATION)),
    /** "Les heures sont justes": a disputed line checked and kept; the explanation is required. */
    HOURS_CORRECT(EnumSet.of(RequestType.HOURS_DISPUTE)),
    /** "Ce n'est pas votre activité ou votre séance": the line is not this team's to settle. */
    NOT_THIS_ACTIVITY(EnumSet.of(RequestType.HOURS_DISPUTE)),
    /** No hours recorded yet to attest. */
    NO_HOURS_YET(EnumSet.of(RequestType.HOURS_ATTESTATION)),
    OTHER(EnumSet.allOf(RequestType.class));

    private final Set<RequestType> types;

    RefusalReason(Set<RequestType> types) {
        this.types = types;
    }

    public boolean appliesTo(RequestType type) {
        return types.contains(type);
    }

    /**
     * Whether the staff member must write the reason out: "Autre", and "Les heures sont justes", which
     * says how the hours were checked (badge times, roll-call) so that the detainee can understand them.
     */
    public boolean needsText() {
        return this == OTHER || this == HOURS_CORRECT;
    }

    /** The reasons offered for a type, in list order. */
    public static List<RefusalReason> forType(RequestType type) {
        return Arrays.stream(values()).filter(r -> r.appliesTo(type)).toList();
    }
}
