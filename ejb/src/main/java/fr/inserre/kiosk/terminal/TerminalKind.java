package fr.inserre.kiosk.terminal;

/** Where a kiosk terminal stands, which decides who may log in at it and what it offers. */
public enum TerminalKind {
    /** In a cell: only that cell's occupant. */
    CELL,
    /** In a workshop or training room: clock-in and out, any present detainee. */
    WORKSHOP,
    /** In the espace citoyen: rights, partners, any present detainee. */
    CITIZEN_SPACE
}
