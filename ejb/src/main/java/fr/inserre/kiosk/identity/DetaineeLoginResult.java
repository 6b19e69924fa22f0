package fr.inserre.kiosk.identity;

/**
 * The answer to a kiosk login: who, if it succeeded, whether they must choose a new PIN, and after how
 * many seconds without a touch their session ends (the establishment's setting).
 */
public record DetaineeLoginResult(LoginOutcome outcome, Long detaineeId, String firstName, boolean pinMustChange,
        int idleSeconds) {

    static DetaineeLoginResult refused(LoginOutcome outcome) {
        return new DetaineeLoginResult(outcome, null, null, false, 0);
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
