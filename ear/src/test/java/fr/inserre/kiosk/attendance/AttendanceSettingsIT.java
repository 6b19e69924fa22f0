package fr.inserre.kiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.WorkType;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.testing.AsStaff;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;

/**
 * The attendance settings staff change on screen (limits, and which activities a workshop terminal
 * clocks for) on the real EAR: who may, within their establishment only, with a version check and an
 * audit record for each change.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceSettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AttendanceSettingsIT.class, AsStaff.class);
    }

    @Inject
    AsSystem system;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffService staff;

    @Inject
    ActivityService activities;

    @Inject
    TerminalService terminals;

    @Inject
    AttendanceSettings settings;

    @Inject
    AuditTrail audit;

    private Establishment establishment;
    private Activity workshop;
    private Activity ended;
    private Terminal workshopTerminal;
    private Terminal cellTerminal;
    private SecurityIdentity manager;
    private SecurityIdentity director;
    private SecurityIdentity supervisor;
    private SecurityIdentity managerElsewhere;

    @BeforeEach
    void ownEstablishment() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100, "A-001");
        Establishment other = TestEstablishments.create(system, establishments, 100, "B-001");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        manager = account(establishment, "mgr" + suffix, StaffRole.WORK_MANAGER, Roles.WORK_MANAGER);
        director = account(establishment, "dir" + suffix, StaffRole.DIRECTION, Roles.DIRECTION);
        supervisor = account(establishment, "sup" + suffix, StaffRole.SUPERVISOR, Roles.SUPERVISOR);
        managerElsewhere = account(other, "mgo" + suffix, StaffRole.WORK_MANAGER, Roles.WORK_MANAGER);
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        workshop = system.call(() -> activities.create(establishment.getId(), details("Atelier reliure", today.minusDays(30), null)));
        ended = system.call(() -> activities.create(establishment.getId(),
                details("Atelier fini", today.minusDays(60), today.minusDays(1))));
        workshopTerminal = system.call(() -> terminals.registerInRoom("BORNE-" + establishment.getCode() + "-REL",
                TerminalKind.WORKSHOP, establishment.getId(), "Atelier reliure"));
        long cellId = system.call(() -> establishments.cells(establishment.getId())).get(0).getId();
        cellTerminal = system.call(() -> terminals.registerInCell("BORNE-" + establishment.getCode() + "-A001", cellId));
    }

    private static ActivityDetails details(String title, LocalDate from, LocalDate until) {
        return new ActivityDetails(ActivityKind.WORK, WorkType.WORKSHOP, title, null, null, "Atelier", 10, null, from,
                until, true, PayClass.PRODUCTION, null, null, 1);
    }

    private SecurityIdentity account(Establishment where, String login, StaffRole role, String roleName) throws Exception {
        StaffMember member = system.call(() -> staff.create(where.getId(), login, "Prénom", "Nom", EnumSet.of(role)));
        return AsStaff.identity(member.getLogin(), roleName);
    }

    @Test
    void managerBindsAndUnbinds_theListFollows_andBothAreAudited() throws Exception {
        ClockPoint point = AsStaff.call(manager, () -> settings.bind(workshopTerminal.getId(), workshop.getId()));
        AsStaff.call(manager, () -> settings.bind(workshopTerminal.getId(), workshop.getId()));

        List<ClockPointView> bound = AsStaff.call(manager, () -> settings.clockPoints(establishment.getId()));
        assertEquals(List.of(new ClockPointView(workshopTerminal.getId(), workshopTerminal.getCode(), "Atelier reliure",
                workshop.getId(), "Atelier reliure")), bound, "bound once, however often asked");

        AsStaff.call(manager, () -> {
            settings.unbind(workshopTerminal.getId(), workshop.getId());
            return null;
        });

        assertEquals(List.of(), AsStaff.call(manager, () -> settings.clockPoints(establishment.getId())));
        List<String> actions = system.call(() -> audit.forEntity("ClockPoint", point.getId())).stream()
                .map(AuditRecord::getAction).toList();
        assertTrue(actions.containsAll(List.of("attendance.clockPoint.bind", "attendance.clockPoint.unbind")),
                actions::toString);
    }

    @Test
    void pickers_offerWorkshopTerminalsAndActivitiesNotOver_only() throws Exception {
        List<PickableTerminal> pickable = AsStaff.call(manager, () -> settings.workshopTerminals(establishment.getId()));
        List<PickableActivity> clockable = AsStaff.call(manager,
                () -> settings.clockableActivities(establishment.getId(), LocalDate.now(ClockProducer.ZONE)));

        assertEquals(List.of(workshopTerminal.getCode()), pickable.stream().map(PickableTerminal::code).toList());
        assertEquals(List.of("Atelier reliure"), clockable.stream().map(PickableActivity::title).toList());
    }

    @Test
    void cellTerminal_cannotClockForAnActivity() {
        assertThrows(NotAWorkshopTerminalException.class,
                () -> AsStaff.call(manager, () -> settings.bind(cellTerminal.getId(), workshop.getId())));
    }

    @Test
    void managerOfAnotherEstablishment_canNeitherBindNorSeeTheLinks() {
        assertThrows(EJBAccessException.class,
                () -> AsStaff.call(managerElsewhere, () -> settings.bind(workshopTerminal.getId(), workshop.getId())));
        assertThrows(EJBAccessException.class,
                () -> AsStaff.call(managerElsewhere, () -> settings.clockPoints(establishment.getId())));
    }

    @Test
    void direction_setsTheLimits_withTheVersionItSaw_outOfRangeAndStaleRefused() throws Exception {
        AttendancePolicy defaults = AsStaff.call(supervisor, () -> settings.policy(establishment.getId()));
        assertEquals(AttendancePolicy.DEFAULT_MAX_DAY_MINUTES, defaults.getMaxDayMinutes());

        AttendancePolicy own = AsStaff.call(director,
                () -> settings.changePolicy(establishment.getId(), -1, 540, 2400, 1, 10, 600));
        assertEquals(540, AsStaff.call(supervisor, () -> settings.policy(establishment.getId())).getMaxDayMinutes());

        assertThrows(ChangedMeanwhileException.class, () -> AsStaff.call(director,
                () -> settings.changePolicy(establishment.getId(), own.getVersion() + 1, 480, 2400, 1, 10, 600)));
        assertThrows(InvalidPolicyException.class, () -> AsStaff.call(director,
                () -> settings.changePolicy(establishment.getId(), own.getVersion(), 30, 2400, 1, 10, 600)));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(supervisor,
                () -> settings.changePolicy(establishment.getId(), own.getVersion(), 480, 2400, 1, 10, 600)));
        assertThrows(EJBAccessException.class, () -> AsStaff.call(manager,
                () -> settings.changePolicy(establishment.getId(), own.getVersion(), 480, 2400, 1, 10, 600)));
        assertEquals(540, AsStaff.call(supervisor, () -> settings.policy(establishment.getId())).getMaxDayMinutes());
    }
}
