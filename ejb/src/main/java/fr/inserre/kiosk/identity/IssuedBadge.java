package fr.inserre.kiosk.identity;

/**
 * A badge just issued, with its initial PIN in clear: for the admission slip only, printed once and
 * never stored (the server keeps the PIN's hash).
 */
public record IssuedBadge(String badgeNumber, String initialPin) {

    @Override
    public String toString() {
        return "IssuedBadge[" + badgeNumber + "]";
    }
}
