package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.citizen.Partner;
import fr.inserre.kiosk.citizen.appointments.PartnerSlotService;
import fr.inserre.kiosk.citizen.release.ChecklistStatus;
import fr.inserre.kiosk.citizen.release.CvService;
import fr.inserre.kiosk.citizen.release.ReleaseItemKind;
import fr.inserre.kiosk.citizen.release.ReleasePreparationService;
import fr.inserre.kiosk.citizen.release.ReleaseTemplateItem;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.Place;
import fr.inserre.kiosk.establishment.PlaceKind;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo partner appointments and release preparation for InSERRE Arras: the partners' office of the espace
 * citoyen; France Travail slots on Tuesdays and CAF slots on Thursdays of the coming two weeks, after the
 * workshops close (16:45, so that nobody's planning is in the way); the establishment's checklist of eight
 * items; the checklists of detainees {@value #FIRST_CHECKLIST} to {@value #LAST_CHECKLIST} in various states
 * with a few skills. Detainees 95 to 99 are left untouched for the browser tests.
 */
@Dependent
public class DemoCitizenServices {

    public static final String OFFICE = "Espace citoyen — bureau des partenaires";
    public static final LocalTime SLOTS_FROM = LocalTime.of(16, 45);
    public static final int SLOT_MINUTES = 30;
    public static final int SLOTS_PER_DAY = 3;
    static final int FIRST_CHECKLIST = 60;
    static final int LAST_CHECKLIST = 64;

    @Inject
    EstablishmentService establishments;

    @Inject
    PartnerSlotService slots;

    @Inject
    ReleasePreparationService preparation;

    @Inject
    CvService cv;

    @PersistenceContext
    EntityManager em;

    void load(long establishmentId, List<Detainee> people, LocalDate today) {
        Place office = establishments.addPlace(establishmentId, OFFICE, PlaceKind.CITIZEN_SPACE, 4);
        publish(establishmentId, "France Travail", DayOfWeek.TUESDAY, office, today);
        publish(establishmentId, "CAF du Pas-de-Calais", DayOfWeek.THURSDAY, office, today);
        List<ReleaseTemplateItem> template = new ArrayList<>();
        for (ReleaseItemKind kind : List.of(ReleaseItemKind.IDENTITY_DOCUMENT, ReleaseItemKind.HEALTH_INSURANCE,
                ReleaseItemKind.BANK_ACCOUNT, ReleaseItemKind.CV, ReleaseItemKind.EMPLOYMENT_REGISTRATION,
                ReleaseItemKind.HOUSING, ReleaseItemKind.HEALTH_FOLLOW_UP, ReleaseItemKind.TRANSPORT)) {
            template.add(preparation.addTemplateItem(establishmentId, kind, null));
        }
        ChecklistStatus[][] states = {
            {ChecklistStatus.DONE, ChecklistStatus.DONE, ChecklistStatus.IN_PROGRESS, ChecklistStatus.TO_DO},
            {ChecklistStatus.DONE, ChecklistStatus.NOT_APPLICABLE, ChecklistStatus.DONE, ChecklistStatus.DONE,
                ChecklistStatus.DONE, ChecklistStatus.IN_PROGRESS, ChecklistStatus.DONE, ChecklistStatus.DONE},
            {ChecklistStatus.IN_PROGRESS},
            {ChecklistStatus.DONE, ChecklistStatus.DONE, ChecklistStatus.DONE, ChecklistStatus.DONE, ChecklistStatus.DONE,
                ChecklistStatus.DONE, ChecklistStatus.NOT_APPLICABLE, ChecklistStatus.DONE},
            {},
        };
        String[][] skills = {
            {"Lecture de plans", "Utilisation d'outils électroportatifs"},
            {"Travail en équipe", "Respect des règles d'hygiène (HACCP)"},
            {"Accueil et orientation du public"},
            {"Conduite de chariot élévateur", "Gestion de stock", "Ponctualité"},
            {},
        };
        for (int i = FIRST_CHECKLIST; i <= LAST_CHECKLIST && i < people.size(); i++) {
            long detainee = people.get(i).getId();
            ChecklistStatus[] mine = states[i - FIRST_CHECKLIST];
            for (int item = 0; item < mine.length; item++) {
                if (mine[item] != ChecklistStatus.TO_DO) {
                    preparation.update(detainee, template.get(item).getId(), null, mine[item],
                            item == 0 && mine[item] == ChecklistStatus.IN_PROGRESS
                                    ? "Photos d'identité prévues jeudi au greffe." : null);
                }
            }
            for (String skill : skills[i - FIRST_CHECKLIST]) {
                cv.recordSkill(detainee, skill);
            }
        }
    }

    private void publish(long establishmentId, String partnerName, DayOfWeek day, Place office, LocalDate today) {
        Partner partner = em.createNamedQuery("Partner.findByName", Partner.class)
                .setParameter("establishment", establishmentId).setParameter("name", partnerName)
                .getResultStream().findFirst().orElse(null);
        if (partner == null) {
            return;
        }
        LocalDate date = today.plusDays(1);
        LocalDate until = today.plusWeeks(2);
        for (; !date.isAfter(until); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == day) {
                slots.publish(partner.getId(), date, SLOTS_FROM, SLOT_MINUTES, SLOTS_PER_DAY, office.getId());
            }
        }
    }
}
