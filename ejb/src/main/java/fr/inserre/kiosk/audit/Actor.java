package fr.inserre.kiosk.audit;

/**
 * Who did something, as written in the audit trail, from which terminal if any, and in which
 * establishment when it is known (null: the audit trail works it out from the caller).
 */
public record Actor(String name, ActorKind kind, String terminalCode, Long establishmentId) {

    public Actor(String name, ActorKind kind, String terminalCode) {
        this(name, kind, terminalCode, null);
    }

    Actor in(Long establishment) {
        return new Actor(name, kind, terminalCode, establishment);
    }
}
