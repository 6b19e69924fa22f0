package fr.inserre.kiosk.audit;

/** Who acts: the application itself, a staff member, a detainee at a kiosk, or a terminal (API). */
public enum ActorKind {
    SYSTEM,
    STAFF,
    DETAINEE,
    TERMINAL
}
