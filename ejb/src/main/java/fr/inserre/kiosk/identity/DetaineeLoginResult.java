package fr.inserre.kiosk.identity;

/**
 * The answer to a kiosk login: who, if it succeeded, whether they must choose a new PIN, after how
 * many seconds without a touch their session ends (the establishment's setting), and how the kiosk
 * talks to them (their profile language and whether they need reading support), so that the first
 * screen after the login is already in their language.
 */
public record DetaineeLoginResult(LoginOutcome outcome, Long detaineeId, String firstName, boolean pinMustChange,
        int idleSeconds, String language, boolean readingSupport) {

    static DetaineeLoginResult refused(LoginOutcome outcome) {
        return new DetaineeLoginResult(outcome, null, null, false, 0, null, false);
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
