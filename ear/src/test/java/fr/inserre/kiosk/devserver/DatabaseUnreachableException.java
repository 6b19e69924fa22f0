package fr.inserre.kiosk.devserver;

/** The configured database cannot be used; the message says which setting to fix. */
public class DatabaseUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnreachableException(String message) {
        super(message);
    }
}
