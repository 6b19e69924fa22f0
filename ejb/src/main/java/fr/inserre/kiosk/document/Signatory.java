package fr.inserre.kiosk.document;

import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.identity.StaffMember;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Collectors;

/**
 * Who is issuing a document now, as printed on it: the staff member's login, name and roles (one SQL
 * statement), or the system for start-up work and scheduled jobs ({@value #SYSTEM_NAME}, no role).
 */
@Dependent
public class Signatory {

    /** The issuer: login, "Prénom NOM", roles as "DIRECTION,WORK_MANAGER" (empty for the system). */
    public record Signer(String login, String name, String roles) {
    }

    /** The name printed when no staff member issues the document (start-up work, scheduled jobs). */
    public static final String SYSTEM_NAME = "InSERRE Kiosk";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    public Signer current() {
        String login = actor.name();
        return em.createNamedQuery("StaffMember.findByLogin", StaffMember.class).setParameter("login", login)
                .getResultStream().findFirst()
                .map(member -> new Signer(login, member.getFirstName() + " "
                        + member.getLastName().toUpperCase(java.util.Locale.FRENCH),
                        member.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))))
                .orElse(new Signer(login, SYSTEM_NAME, ""));
    }

    /** The roles in words ("Direction, Responsable du travail"), from the documents' bundle. */
    public static String roles(String roles, DocumentTexts texts) {
        if (roles == null || roles.isBlank()) {
            return texts.text("role.SYSTEM");
        }
        return java.util.Arrays.stream(roles.split(",")).map(role -> texts.text("role." + role))
                .collect(Collectors.joining(", "));
    }
}
