package fr.inserre.kiosk.establishment;

/** What a place is used for. */
public enum PlaceKind {
    /** Atelier: concession, production workshop, general-service post with a room of its own. */
    WORKSHOP,
    /** Salle de formation professionnelle. */
    TRAINING_ROOM,
    /** Salle de classe (enseignement). */
    CLASSROOM,
    /** Espace citoyen: rights, partners' appointments. */
    CITIZEN_SPACE
}
