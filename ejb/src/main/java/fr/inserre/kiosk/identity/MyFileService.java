package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.CurrentActor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a detainee may see about their own file at the kiosk. The detainee is always the logged-in
 * caller: no method takes a detainee id, so no URL can show someone else's data.
 */
@Stateless
@RolesAllowed(Roles.DETAINEE)
public class MyFileService {

    /** One consultation of my file: when, and the roles of the person (never their name). */
    public record Consultation(Instant at, Set<StaffRole> roles) {
    }

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    public List<Consultation> whoLookedAtMyFile() {
        Long me = actor.detaineeId();
        if (me == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk");
        }
        return audit.consultationsOf(me).stream().map(MyFileService::consultation).toList();
    }

    private static Consultation consultation(AuditRecord record) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (record.getDetail() != null) {
            Arrays.stream(record.getDetail().split(",")).map(String::strip).forEach(name -> {
                for (StaffRole role : StaffRole.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            });
        }
        return new Consultation(record.getAt(), roles);
    }
}
