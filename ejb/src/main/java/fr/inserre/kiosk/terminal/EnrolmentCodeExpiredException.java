package fr.inserre.kiosk.terminal;

/** The enrolment code is right but its validity (24 hours by default) is over. */
public class EnrolmentCodeExpiredException extends EnrolmentRefusedException {

    private static final long serialVersionUID = 1L;

    public EnrolmentCodeExpiredException() {
        super("terminal.enrolment.expired");
    }
}
