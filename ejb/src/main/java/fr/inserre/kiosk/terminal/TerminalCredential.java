package fr.inserre.kiosk.terminal;

/**
 * What a terminal presents to prove it is itself, beside its code. Today a shared secret (header or
 * HttpOnly cookie); a mutual-TLS client certificate can be added as another permitted kind, checked
 * in {@link Terminal#accepts(TerminalCredential)}, without changing the callers.
 */
public sealed interface TerminalCredential permits SharedSecret {
}
