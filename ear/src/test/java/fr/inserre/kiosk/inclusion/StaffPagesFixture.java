package fr.inserre.kiosk.inclusion;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.commission.Commission;
import fr.inserre.kiosk.request.commission.CommissionItem;
import fr.inserre.kiosk.request.commission.CommissionService;
import fr.inserre.kiosk.request.commission.ItemDecision;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Deployed with the staff accessibility test: an establishment of its own ("TBROWSER-A11Y") with a
 * direction account, a closed commission that deferred a training request, and the next commission with
 * that request on its agenda, so that a meeting, an agenda and minutes can be checked with a row to look
 * at, without planning commissions in the demo establishment other tests read. Created once per run.
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("inserre-kiosk-ejb.jar#SchemaMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffPagesFixture {

    public static final String CODE = "TBROWSER-A11Y";
    public static final String LOGIN = "a11y.direction";
    public static final String PASSWORD = "inserre-a11y.direction";

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffService staff;

    @Inject
    DetaineeService detainees;

    @Inject
    ActivityService activities;

    @Inject
    MyRequestsService myRequests;

    @Inject
    CommissionService commissions;

    @Inject
    Clock clock;

    @PostConstruct
    void create() {
        TestEstablishments.createOnceWithDirection(establishments, staff, CODE, "Test accessibilité", 20, LOGIN,
                PASSWORD, "Alix Martin").ifPresent(this::fill);
    }

    private void fill(Establishment establishment) {
        LocalDate today = LocalDate.now(clock);
        Activity training = activities.create(establishment.getId(), new ActivityDetails(
                ActivityKind.VOCATIONAL_TRAINING, null, "SST (A11Y)", null, "Apprendre les gestes qui sauvent.",
                "Salle A11Y", 8, null, today, null, false, null, null, null, 1));
        establishments.addCell(establishment.getId(), "Y-001");
        Detainee trainee = detainees.register(establishment.getId(), new NewDetainee("A11Y001", "Lina", "Rahmani",
                "Y-001", "fr", false, today.minusMonths(2), null));
        Request asked;
        try {
            asked = AsDetainee.call(trainee.getId(), () -> myRequests.submit(NewRequest.training(training.getId(),
                    "Pour travailler en sécurité", "a11y-browser-1")));
        } catch (Exception e) {
            throw new IllegalStateException("the accessibility fixture's request", e);
        }
        Commission past = commissions.plan(establishment.getId(), today, "Mme Martin (directrice)");
        commissions.add(past.getId(), List.of(asked.getId()));
        CommissionItem item = commissions.agenda(past.getId()).getItems().get(0);
        commissions.record(item.getId(), item.getVersion(), ItemDecision.defer("Revoir avec la formatrice"));
        commissions.close(past.getId(), commissions.agenda(past.getId()).getVersion());
        Commission next = commissions.plan(establishment.getId(), today.plusDays(14), "Mme Martin (directrice)");
        commissions.add(next.getId(), List.of(asked.getId()));
    }
}
