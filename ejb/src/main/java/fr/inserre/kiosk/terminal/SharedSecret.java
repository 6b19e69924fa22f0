package fr.inserre.kiosk.terminal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The secret a terminal received at enrolment, as it presents it.
 *
 * @param value the secret in clear (base64url); never logged, see {@link #toString()}
 */
public record SharedSecret(@NotBlank @Size(max = SharedSecret.MAX) String value) implements TerminalCredential {

    /** Far above the 43 characters of our secrets; a longer value is not worth hashing. */
    public static final int MAX = 128;

    @Override
    public String toString() {
        return "SharedSecret[***]";
    }
}
