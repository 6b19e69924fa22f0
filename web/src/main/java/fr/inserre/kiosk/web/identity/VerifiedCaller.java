package fr.inserre.kiosk.web.identity;

import jakarta.security.enterprise.credential.Credential;
import java.io.Serializable;
import java.util.Set;

/**
 * A caller whose secret has already been checked by a login service (staff password, detainee badge
 * + PIN), handed to the authentication mechanism through {@code SecurityContext.authenticate}. It is
 * built on the server only, after a successful login; nothing from a request can become one.
 */
public record VerifiedCaller(String name, Set<String> groups) implements Credential, Serializable {

    public VerifiedCaller {
        groups = Set.copyOf(groups);
    }
}
