package fr.inserre.kiosk.schedule;

/** Kinds of activity. Every detainee of an InSERRE establishment works or trains. */
public enum ActivityKind {
    WORK,
    VOCATIONAL_TRAINING,
    EDUCATION,
    SPORT_CULTURE;

    /** Training and education: what a training enrolment request may ask for. */
    public boolean isTraining() {
        return this == VOCATIONAL_TRAINING || this == EDUCATION;
    }
}
