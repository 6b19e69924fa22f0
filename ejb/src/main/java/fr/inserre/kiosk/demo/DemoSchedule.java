package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityDetails;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.schedule.ActivitySession;
import fr.inserre.kiosk.schedule.AllocationService;
import fr.inserre.kiosk.schedule.AppointmentKind;
import fr.inserre.kiosk.schedule.AppointmentService;
import fr.inserre.kiosk.schedule.HolidayService;
import fr.inserre.kiosk.schedule.PayClass;
import fr.inserre.kiosk.schedule.SessionService;
import fr.inserre.kiosk.schedule.SlotRule;
import fr.inserre.kiosk.schedule.WorkType;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo establishment's week: workshops, general service (two kitchen teams on a two-week rota so
 * that the kitchen runs every day), vocational training, education and sport; every demo detainee
 * works or trains (the InSERRE rule), some also learn French or go to sport; a few appointments; one
 * cancelled session; the fixed-date public holidays of the coming weeks. Runs within
 * {@link DemoDataLoader}, through the services, as the system.
 */
@Dependent
public class DemoSchedule {

    /** Fixed-date French public holidays (the moving ones, Easter Monday and others, are declared by staff). */
    public static final Map<MonthDay, String> PUBLIC_HOLIDAYS = Map.of(
            MonthDay.of(1, 1), "Jour de l'an",
            MonthDay.of(5, 1), "Fête du Travail",
            MonthDay.of(5, 8), "Victoire 1945",
            MonthDay.of(7, 14), "Fête nationale",
            MonthDay.of(8, 15), "Assomption",
            MonthDay.of(11, 1), "Toussaint",
            MonthDay.of(11, 11), "Armistice 1918",
            MonthDay.of(12, 25), "Noël");

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** The kitchen teams: indices of the demo detainees in each (team A works week 1 on weekdays). */
    public static final int KITCHEN_A_FIRST = 66;
    public static final int KITCHEN_B_FIRST = 71;
    public static final int KITCHEN_TEAM_SIZE = 5;
    /** The logistics course's description in Arabic (demo detainees 88 to 99 follow the course). */
    public static final String LOGISTICS_IN_ARABIC = "تعلّم تسيير مخزن وقيادة رافعة شوكية.";
    /** Demo detainees 0 to 34 pack in the concession workshop, Monday to Friday mornings. */
    public static final int PACKING_LAST = 34;

    /**
     * The demo loader's persistence context: emptied between steps, so that the hundreds of rows
     * written so far are not dirty-checked again before every query of the next step.
     */
    @PersistenceContext
    EntityManager em;

    private static final Logger LOG = Logger.getLogger(DemoSchedule.class.getName());

    @Inject
    ActivityService activities;

    @Inject
    AllocationService allocations;

    @Inject
    AppointmentService appointments;

    @Inject
    SessionService sessions;

    @Inject
    HolidayService holidays;

    /** A Monday the kitchen rota's weeks are counted from, so that its parity never depends on the day of loading. */
    static final LocalDate ROTA_EPOCH = LocalDate.of(2024, 1, 1);

    /**
     * The Monday from which demo activities, allocations and rotas count: four or five weeks before loading, an even
     * number of weeks after {@link #ROTA_EPOCH}. Which kitchen team works on a date is then the same whether it is
     * computed from the day the demo was loaded or from a later day (a test after a Monday midnight).
     */
    public static LocalDate rotaStart(LocalDate loadDay) {
        LocalDate start = loadDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(4);
        return Math.floorMod(ChronoUnit.WEEKS.between(ROTA_EPOCH, start), 2L) == 0 ? start : start.minusWeeks(1);
    }

    /** Whether kitchen team A (else B) works on a date: A on weekdays of rota week 1 and weekends of week 2. */
    public static boolean kitchenTeamAWorks(LocalDate date, LocalDate rotaStart) {
        long weeks = ChronoUnit.WEEKS.between(rotaStart,
                date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        boolean weekOne = Math.floorMod(weeks, 2L) == 0;
        return weekOne == WEEKDAYS.contains(date.getDayOfWeek());
    }

    void load(long establishmentId, List<Detainee> people, Map<String, StaffMember> staff, LocalDate today) {
        long began = System.nanoTime();
        lighten();
        for (int days = 0; days <= 70; days++) {
            LocalDate date = today.plusDays(days);
            String name = PUBLIC_HOLIDAYS.get(MonthDay.from(date));
            if (name != null) {
                holidays.declare(establishmentId, date, name);
            }
        }
        LocalDate start = rotaStart(today);
        StaffMember chef = staff.get("chef.atelier");
        StaffMember trainer = staff.get("formation");
        StaffMember supervisor = staff.get("surveillant");
        LocalTime morningStart = LocalTime.of(8, 0);
        LocalTime morningEnd = LocalTime.of(11, 30);

        Activity packing = work(establishmentId, "Atelier conditionnement", WorkType.CONCESSION, PayClass.PRODUCTION,
                "Atelier conditionnement (concession)", 35, chef, start,
                "Mettre en boîte et étiqueter des produits pour une entreprise.", "Tenue de travail");
        weekly(packing, WEEKDAYS, morningStart, morningEnd);
        Activity joinery = work(establishmentId, "Atelier menuiserie", WorkType.WORKSHOP, PayClass.PRODUCTION,
                "Atelier menuiserie", 15, chef, start, "Fabriquer des meubles en bois.",
                "Chaussures de sécurité, tenue de travail");
        weekly(joinery, WEEKDAYS, morningStart, morningEnd);
        Activity digital = work(establishmentId, "Atelier services numériques", WorkType.WORKSHOP, PayClass.PRODUCTION,
                "Atelier services numériques", 16, chef, start, "Saisir et vérifier des documents sur ordinateur.",
                null);
        weekly(digital, WEEKDAYS, morningStart, morningEnd);
        Activity kitchenA = kitchen(establishmentId, "Cuisine – équipe A", supervisor, start, 1);
        Activity kitchenB = kitchen(establishmentId, "Cuisine – équipe B", supervisor, start, 2);
        Activity cap = training(establishmentId, ActivityKind.VOCATIONAL_TRAINING, "CAP cuisine",
                "Salle de formation 1", 12, trainer, start, "Apprendre les gestes du métier de cuisinier.",
                "Savoir lire les consignes simples.");
        weekly(cap, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(13, 30), LocalTime.of(16, 30));
        // Three places stay free on the logistics course (12 trainees for 15 places): a request for it can be
        // approved at once in the demo, while CAP cuisine is full and puts requests on its waiting list.
        Activity logistics = training(establishmentId, ActivityKind.VOCATIONAL_TRAINING, "Logistique et CACES",
                "Salle de formation 2", 15, trainer, start, "Apprendre à gérer un stock et à conduire un chariot.",
                null);
        weekly(logistics, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(8, 30),
                LocalTime.of(11, 30));
        // Its description in Arabic and English (issue 11): readers of those languages read it in theirs, the
        // others get the easy-to-read French one, labelled as such.
        translate(logistics, KioskLanguage.AR, LOGISTICS_IN_ARABIC);
        translate(logistics, KioskLanguage.EN, "Learn to manage a stock and to drive a forklift truck.");
        Activity french = training(establishmentId, ActivityKind.EDUCATION, "Français langue étrangère (FLE)",
                "Salle d'enseignement", 20, trainer, start, "Apprendre à parler, lire et écrire le français.", null);
        weekly(french, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(11, 30));
        Activity reading = training(establishmentId, ActivityKind.EDUCATION, "Remise à niveau lecture-écriture",
                "Salle d'enseignement", 15, trainer, start, "Mieux lire et écrire, à son rythme.", null);
        weekly(reading, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(14, 0),
                LocalTime.of(16, 0));
        Activity sport = training(establishmentId, ActivityKind.SPORT_CULTURE, "Sport collectif", "Gymnase", 30,
                supervisor, start, "Football et volley, en équipe.", null);
        weekly(sport, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(11, 0));

        lighten();
        for (int i = 0; i < people.size(); i++) {
            if (i % 20 == 0) {
                lighten();
            }
            long detainee = people.get(i).getId();
            Activity main = i <= PACKING_LAST ? packing : i < 50 ? joinery : i < KITCHEN_A_FIRST ? digital
                    : i < KITCHEN_B_FIRST ? kitchenA : i < KITCHEN_B_FIRST + KITCHEN_TEAM_SIZE ? kitchenB
                    : i < 88 ? cap : i < 100 ? logistics : french;
            allocations.allocate(main.getId(), detainee, start, null, null);
        }
        int readers = 0;
        for (int i = 0; i < KITCHEN_A_FIRST && readers < 15; i++) {
            if (people.get(i).isReadingSupport()) {
                allocations.allocate(reading.getId(), people.get(i).getId(), start, null, null);
                readers++;
            }
        }
        for (int i = 0; i < 30; i++) {
            allocations.allocate(sport.getId(), people.get(i).getId(), start, null, null);
        }

        LocalDate nextWorkday = nextWeekday(today.plusDays(1));
        LocalDate dayAfter = nextWeekday(nextWorkday.plusDays(1));
        appointments.book(people.get(1).getId(), AppointmentKind.PROBATION, nextWorkday, LocalTime.of(16, 15),
                LocalTime.of(17, 0), "Bureau du SPIP", "Mme Dufour (CPIP)", null);
        appointments.book(people.get(2).getId(), AppointmentKind.MEDICAL, nextWorkday, LocalTime.of(16, 30),
                LocalTime.of(17, 0), null, null, null);
        appointments.book(people.get(3).getId(), AppointmentKind.VISIT, dayAfter, LocalTime.of(16, 15),
                LocalTime.of(17, 15), "Parloir", null, null);
        appointments.book(people.get(36).getId(), AppointmentKind.PARTNER, dayAfter, LocalTime.of(16, 15),
                LocalTime.of(17, 0), "Espace citoyen", "France Travail", null);

        ActivitySession cancelled = sessions.ofActivity(joinery.getId(), nextWorkday, nextWorkday).get(0);
        sessions.cancel(cancelled.getId(), cancelled.getVersion(), "Formateur absent : la séance est annulée.");
        LOG.info(() -> String.format("Demo week planned in %d ms", (System.nanoTime() - began) / 1_000_000));
    }

    private void lighten() {
        em.flush();
        em.clear();
    }

    private static LocalDate nextWeekday(LocalDate from) {
        LocalDate date = from;
        while (!WEEKDAYS.contains(date.getDayOfWeek()) || PUBLIC_HOLIDAYS.containsKey(MonthDay.from(date))) {
            date = date.plusDays(1);
        }
        return date;
    }

    private Activity work(long establishmentId, String title, WorkType type, PayClass payClass, String place,
            int capacity, StaffMember lead, LocalDate start, String easy, String bring) {
        return activities.create(establishmentId, new ActivityDetails(ActivityKind.WORK, type, title, null, easy, place,
                capacity, lead.getId(), start, null, true, payClass, null, bring, 1));
    }

    private Activity training(long establishmentId, ActivityKind kind, String title, String place, int capacity,
            StaffMember lead, LocalDate start, String easy, String prerequisites) {
        return activities.create(establishmentId, new ActivityDetails(kind, null, title, null, easy, place, capacity,
                lead.getId(), start, null, false, null, prerequisites, null, 1));
    }

    /** A kitchen team: team 1 works weekdays of rota week 1 and the weekend of week 2; team 2 the other days. */
    private Activity kitchen(long establishmentId, String title, StaffMember lead, LocalDate start, int team) {
        Activity kitchen = activities.create(establishmentId, new ActivityDetails(ActivityKind.WORK,
                WorkType.GENERAL_SERVICE, title, null, "Préparer les repas de l'établissement.",
                "Cuisine (service général)", 5, lead.getId(), start, null, true, PayClass.CLASS_I, null,
                "Tenue de cuisine fournie", 2));
        int weekdaysWeek = team == 1 ? 1 : 2;
        int weekendWeek = team == 1 ? 2 : 1;
        for (DayOfWeek day : WEEKDAYS) {
            activities.addSlot(kitchen.getId(), SlotRule.inRotaWeek(weekdaysWeek, day, LocalTime.of(6, 30),
                    LocalTime.of(13, 30)));
        }
        for (DayOfWeek day : WEEKEND) {
            activities.addSlot(kitchen.getId(), SlotRule.inRotaWeek(weekendWeek, day, LocalTime.of(6, 30),
                    LocalTime.of(13, 30)));
        }
        return kitchen;
    }

    private void translate(Activity activity, KioskLanguage language, String text) {
        activities.translate(activity.getId(), activities.get(activity.getId()).getVersion(), language, text);
    }

    private void weekly(Activity activity, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        for (DayOfWeek day : days) {
            activities.addSlot(activity.getId(), SlotRule.weekly(day, from, to));
        }
    }
}
