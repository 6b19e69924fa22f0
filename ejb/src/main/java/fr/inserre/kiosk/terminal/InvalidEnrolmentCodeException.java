package fr.inserre.kiosk.terminal;

/** No terminal waits for this enrolment code: mistyped, already used, or replaced by a newer one. */
public class InvalidEnrolmentCodeException extends EnrolmentRefusedException {

    private static final long serialVersionUID = 1L;

    public InvalidEnrolmentCodeException() {
        super("terminal.enrolment.invalid");
    }
}
