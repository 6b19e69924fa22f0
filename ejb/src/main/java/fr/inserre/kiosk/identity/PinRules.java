package fr.inserre.kiosk.identity;

/** What makes an acceptable PIN: six digits, not all the same, not a straight run (123456, 654321). */
public final class PinRules {

    private PinRules() {
    }

    public static void check(String pin) {
        if (pin == null || !pin.matches(DetaineeCredential.PIN_PATTERN)) {
            throw new PinFormatException();
        }
        if (pin.chars().distinct().count() == 1 || isRun(pin, 1) || isRun(pin, -1)) {
            throw new PinTooSimpleException();
        }
    }

    private static boolean isRun(String pin, int step) {
        for (int i = 1; i < pin.length(); i++) {
            if (pin.charAt(i) - pin.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }
}
