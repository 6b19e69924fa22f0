package fr.inserre.kiosk.terminal;

/**
 * What a terminal presents to prove it is itself, beside its code: its secret (header, sent by the
 * terminal's root-owned tools) or the key of its current browser session (HttpOnly cookie, sent by
 * the kiosk browser); a mutual-TLS client certificate can be added as another permitted kind, checked
 * in {@link Terminal#accepts(TerminalCredential)}, without changing the callers.
 */
public sealed interface TerminalCredential permits SharedSecret, BrowserKey {
}
