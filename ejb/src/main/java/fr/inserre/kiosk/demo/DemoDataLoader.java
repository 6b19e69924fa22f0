package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.NewDetainee;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.StaffRole;
import fr.inserre.kiosk.identity.StaffService;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.annotation.PostConstruct;
import fr.inserre.kiosk.identity.KioskCredentialService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffMember;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the demo establishment "InSERRE Arras" once, in demo mode only (see {@link DemoMode}):
 * 150 cells, 120 present detainees, a terminal in every cell plus workshops, training rooms and the
 * espace citoyen, a staff account for each role, and a week of activities (see {@link DemoSchedule}).
 * Everything goes through the services, so demo
 * data obeys the same rules and leaves the same audit trail as real data.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RunAs(Roles.SYSTEM)
@PermitAll
public class DemoDataLoader {

    public static final String ESTABLISHMENT_CODE = "ARR";
    /** Initial PIN of every demo badge; each person chooses their own at the first login. */
    public static final String DEMO_PIN = "246810";
    /** Demo badges are B100001 to B100120, in the order of the cells (B100001 is in cell A-001). */
    public static final int FIRST_BADGE = 100_001;
    static final int CELLS_PER_WING = 50;
    static final String[] WINGS = {"A", "B", "C"};
    public static final int DETAINEES = 120;
    static final long SEED = 20_260_101L;

    /** Workshops and training rooms of the demo establishment, each with its terminal. */
    public static final List<String[]> ROOMS = List.of(
            new String[] {"ATL-CONDITIONNEMENT", "Atelier conditionnement (concession)"},
            new String[] {"ATL-MENUISERIE", "Atelier menuiserie"},
            new String[] {"ATL-NUMERIQUE", "Atelier services numériques"},
            new String[] {"CUISINE", "Cuisine (service général)"},
            new String[] {"FORM-1", "Salle de formation 1 (CAP cuisine)"},
            new String[] {"FORM-2", "Salle de formation 2 (logistique, CACES)"},
            new String[] {"SCOLAIRE", "Salle d'enseignement (FLE, illettrisme)"});

    /** A demo staff account. */
    public record DemoStaff(String login, String firstName, String lastName, Set<StaffRole> roles) {
    }

    public static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("surveillant", "Patrick", "Delcroix", EnumSet.of(StaffRole.SUPERVISOR)),
            new DemoStaff("travail", "Nadia", "Vermeulen", EnumSet.of(StaffRole.WORK_MANAGER)),
            new DemoStaff("formation", "Sophie", "Lemaire", EnumSet.of(StaffRole.TRAINING_MANAGER)),
            new DemoStaff("cpip", "Claire", "Dufour", EnumSet.of(StaffRole.PROBATION_OFFICER)),
            new DemoStaff("francetravail", "Marc", "Petit", EnumSet.of(StaffRole.PARTNER)),
            new DemoStaff("direction", "Isabelle", "Garnier", EnumSet.of(StaffRole.DIRECTION)),
            new DemoStaff("informatique", "Karim", "Benaissa", EnumSet.of(StaffRole.IT_ADMIN)),
            new DemoStaff("chef.atelier", "Laurent", "Masson",
                EnumSet.of(StaffRole.SUPERVISOR, StaffRole.WORK_MANAGER)));

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    EstablishmentService establishments;

    @Inject
    DetaineeService detainees;

    @Inject
    StaffService staff;

    @Inject
    TerminalService terminals;

    @Inject
    KioskCredentialService credentials;

    @Inject
    DemoSchedule schedule;

    @Inject
    DemoRequests requests;

    @Inject
    DemoAttendance attendance;

    @Inject
    Clock clock;

    /** The demo badge of the i-th demo detainee (0-based). */
    public static String badge(int index) {
        return "B" + (FIRST_BADGE + index);
    }

    /** The demo password of a demo staff account. */
    public static String password(String login) {
        return "inserre-" + login;
    }

    @PostConstruct
    void load() {
        if (!DemoMode.isOn()) {
            return;
        }
        if (establishments.findByCode(ESTABLISHMENT_CODE).isPresent()) {
            LOG.info("Demo data already loaded");
            return;
        }
        long start = System.nanoTime();
        Establishment arras = establishments.create(new Establishment(ESTABLISHMENT_CODE, "InSERRE Arras", 180));
        List<Cell> cells = new ArrayList<>();
        for (String wing : WINGS) {
            for (int number = 1; number <= CELLS_PER_WING; number++) {
                cells.add(establishments.addCell(arras.getId(), String.format("%s-%03d", wing, number)));
            }
        }
        for (Cell cell : cells) {
            terminals.registerInCell("BORNE-" + ESTABLISHMENT_CODE + "-" + cell.getLabel(), cell.getId());
        }
        for (String[] room : ROOMS) {
            terminals.registerInRoom("BORNE-" + ESTABLISHMENT_CODE + "-" + room[0], TerminalKind.WORKSHOP,
                    arras.getId(), room[1]);
        }
        terminals.registerInRoom("BORNE-" + ESTABLISHMENT_CODE + "-EC-1", TerminalKind.CITIZEN_SPACE, arras.getId(),
                "Espace citoyen, poste 1");
        terminals.registerInRoom("BORNE-" + ESTABLISHMENT_CODE + "-EC-2", TerminalKind.CITIZEN_SPACE, arras.getId(),
                "Espace citoyen, poste 2");
        LocalDate today = LocalDate.now(clock);
        List<DemoPopulation.Person> people = DemoPopulation.generate(DETAINEES, today, SEED);
        List<Detainee> registered = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            DemoPopulation.Person p = people.get(i);
            Detainee detainee = detainees.register(arras.getId(), new NewDetainee(p.prisonNumber(), p.firstName(), p.lastName(),
                    cells.get(i).getLabel(), p.language(), p.readingSupport(), p.entryDate(), p.expectedReleaseDate()));
            credentials.issueBadge(detainee.getId(), badge(i), DEMO_PIN);
            registered.add(detainee);
        }
        Map<String, StaffMember> members = new HashMap<>();
        for (DemoStaff member : STAFF) {
            StaffMember created = staff.create(arras.getId(), member.login(), member.firstName(), member.lastName(),
                    member.roles());
            staff.setInitialPassword(created.getId(), password(member.login()));
            members.put(member.login(), created);
        }
        schedule.load(arras.getId(), registered, members, today);
        requests.load(arras.getId(), registered, today);
        attendance.load(arras.getId(), registered, today);
        LOG.info(() -> String.format("Demo data loaded in %d ms: %d cells, %d detainees, %d staff",
                (System.nanoTime() - start) / 1_000_000, cells.size(), people.size(), STAFF.size()));
    }
}
