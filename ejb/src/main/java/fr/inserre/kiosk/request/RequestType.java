package fr.inserre.kiosk.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a detainee asks for. Each type has the teams it may go to, the outcomes a decision may have,
 * and a service level: the number of days within which it is due to be decided.
 */
public enum RequestType {
    /** Inscription to a vocational training or an education activity: approved (allocated) or waitlisted. */
    TRAINING_ENROLMENT(14, EnumSet.of(Team.TRAINING), EnumSet.of(RequestStatus.APPROVED, RequestStatus.REJECTED,
            RequestStatus.WAITLISTED)),
    /** Classement au travail, for one work activity or any work; usually decided in commission. */
    JOB_APPLICATION(21, EnumSet.of(Team.WORK), EnumSet.of(RequestStatus.APPROVED, RequestStatus.REJECTED)),
    /** An appointment with the CPIP or another service, on half-days the detainee proposes. */
    APPOINTMENT(7, EnumSet.of(Team.SPIP, Team.DETENTION, Team.GREFFE),
            EnumSet.of(RequestStatus.APPROVED, RequestStatus.REJECTED)),
    /** Requête écrite: free text to a service, answered with text. */
    GENERAL(7, EnumSet.allOf(Team.class), EnumSet.of(RequestStatus.ANSWERED, RequestStatus.REJECTED)),
    /**
     * "Je conteste cette ligne": one attendance line disputed, to the team of its activity (work or
     * training), answered (corrected or explained) or refused with a reason ("Les heures sont justes").
     * A week: a dispute should be settled before the month's pay.
     */
    HOURS_DISPUTE(7, EnumSet.of(Team.WORK, Team.TRAINING), EnumSet.of(RequestStatus.ANSWERED, RequestStatus.REJECTED)),
    /**
     * "Demander mon attestation d'heures": to the work team by default (the responsable du travail keeps
     * the work and training records of the RLE and signs attestations), or the training team or the greffe
     * when forwarded; answered once the attestation is issued.
     */
    HOURS_ATTESTATION(7, EnumSet.of(Team.WORK, Team.TRAINING, Team.GREFFE),
            EnumSet.of(RequestStatus.ANSWERED, RequestStatus.REJECTED));

    private final int serviceLevelDays;
    private final Set<Team> teams;
    private final Set<RequestStatus> outcomes;

    RequestType(int serviceLevelDays, Set<Team> teams, Set<RequestStatus> outcomes) {
        this.serviceLevelDays = serviceLevelDays;
        this.teams = teams;
        this.outcomes = outcomes;
    }

    /** Days from submission to the due date. */
    public int serviceLevelDays() {
        return serviceLevelDays;
    }

    /** Whether a request of this type may be owned by the team (at submission or when forwarded). */
    public boolean goesTo(Team team) {
        return teams.contains(team);
    }

    public Set<Team> teams() {
        return EnumSet.copyOf(teams);
    }

    /** Whether a decision on a request of this type may end in the status. */
    public boolean allows(RequestStatus outcome) {
        return outcomes.contains(outcome);
    }

    /** The team a new request of this type goes to when the detainee does not choose one. */
    public Team defaultTeam() {
        return switch (this) {
            case TRAINING_ENROLMENT -> Team.TRAINING;
            case JOB_APPLICATION -> Team.WORK;
            case APPOINTMENT, GENERAL -> Team.SPIP;
            case HOURS_DISPUTE, HOURS_ATTESTATION -> Team.WORK;
        };
    }

    /** The types asking for a place on an activity (their activity is what is asked for). */
    public static final java.util.List<RequestType> ABOUT_ACTIVITY = java.util.List.of(TRAINING_ENROLMENT,
            JOB_APPLICATION);

    /** Whether the request is about an activity (and is refused if the activity is not open to requests). */
    public boolean aboutActivity() {
        return this == TRAINING_ENROLMENT || this == JOB_APPLICATION;
    }
}
