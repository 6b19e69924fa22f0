package fr.inserre.kiosk.demo;

import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.request.Decision;
import fr.inserre.kiosk.request.HalfDay;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.RefusalReason;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.request.Team;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Requests of the demo, so that queues, "Mes demandes" and the waiting list show something real:
 * entered as paper requests by the system, some decided. Only detainees 100 to 107 (on the French
 * course) have them; browser tests use other demo detainees.
 */
@Dependent
public class DemoRequests {

    /** The first demo detainee (0-based) with requests. */
    public static final int FIRST = 100;

    @Inject
    RequestDesk desk;

    @PersistenceContext
    EntityManager em;

    void load(long establishmentId, List<Detainee> people, LocalDate today) {
        long cooking = activity(establishmentId, "CAP cuisine");
        long joinery = activity(establishmentId, "Atelier menuiserie");
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        enter(people, 0, NewRequest.training(cooking, "Je veux apprendre un métier.", token(0)));
        Request full = enter(people, 1, NewRequest.training(cooking, "J'aime cuisiner.", token(1)));
        // CAP cuisine is full: the approval puts the request on its waiting list.
        desk.decide(full.getId(), full.getVersion(), Decision.allocateFrom(nextMonday, null, null));
        enter(people, 2, NewRequest.job(null, "Je veux travailler pour envoyer de l'argent à ma famille.",
                token(2)));
        Request dates = enter(people, 3, NewRequest.general(Team.GREFFE, "Quelle est ma date de sortie prévue ?",
                token(3)));
        desk.decide(dates.getId(), dates.getVersion(), Decision.answer(
                "Votre date de sortie prévue est inscrite sur votre fiche pénale ; le greffe vous la remet demain."));
        enter(people, 4, NewRequest.appointment(Team.SPIP, List.of(new HalfDay(nextMonday, HalfDay.Half.AFTERNOON),
                new HalfDay(nextMonday.plusDays(1), HalfDay.Half.AFTERNOON)), "Pour préparer ma sortie.", token(4)));
        Request account = enter(people, 5, NewRequest.general(Team.ACCOUNTS, "Je n'ai pas reçu mon virement.",
                token(5)));
        desk.ask(account.getId(), account.getVersion(), "De quel mois parlez-vous ?");
        Request job = enter(people, 6, NewRequest.job(joinery, null, token(6)));
        desk.decide(job.getId(), job.getVersion(), Decision.reject(RefusalReason.PREREQUISITES_NOT_MET,
                "Il faut d'abord la formation sécurité à l'atelier ; demandez-la, puis redemandez ce poste."));
        enter(people, 7, NewRequest.general(Team.DETENTION, "Je voudrais changer de cellule pour être au calme.",
                token(7)));
    }

    private Request enter(List<Detainee> people, int offset, NewRequest wish) {
        return desk.enterOnBehalf(people.get(FIRST + offset).getId(), wish);
    }

    private long activity(long establishmentId, String title) {
        return em.createQuery("select a.id from Activity a where a.establishment.id = :e and a.title = :t", Long.class)
                .setParameter("e", establishmentId).setParameter("t", title).getSingleResult();
    }

    private static String token(int offset) {
        return "demo-request-" + offset;
    }
}
