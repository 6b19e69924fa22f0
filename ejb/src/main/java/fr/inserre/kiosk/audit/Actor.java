package fr.inserre.kiosk.audit;

/** Who did something, as written in the audit trail, and from which terminal if any. */
public record Actor(String name, ActorKind kind, String terminalCode) {
}
