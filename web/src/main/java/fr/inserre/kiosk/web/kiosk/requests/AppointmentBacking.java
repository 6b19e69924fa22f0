package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.request.AppointmentWishes;
import fr.inserre.kiosk.request.HalfDay;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backing of /kiosk/requests/appointment.xhtml, "Rendez-vous": the service (the SPIP unless chosen
 * otherwise), one to six half-days as big toggles, an optional short text, "Envoyer". The client
 * token is made once with the view; a refusal keeps every choice on screen.
 */
@Named("kioskAppointment")
@ViewScoped
public class AppointmentBacking extends RequestForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    private final Map<String, Boolean> ticks = new HashMap<>();
    private List<HalfDayChoices.Row> rows = List.of();
    private Team team = RequestType.APPOINTMENT.defaultTeam();

    @PostConstruct
    void init() {
        rows = HalfDayChoices.rows(AppointmentWishes.days(LocalDate.now(clock)));
    }

    public String send() {
        return submit(() -> {
            List<HalfDay> halfDays = HalfDayChoices.picked(ticks);
            // The domain's own check, before the service: seven half-days or more would otherwise be stopped by
            // the size constraint of NewRequest (a technical error) instead of the service's plain refusal.
            AppointmentWishes.check(halfDays, LocalDate.now(clock));
            return NewRequest.appointment(team, halfDays, getText(), clientToken());
        });
    }

    public List<Team> getTeams() {
        return RequestWords.teamsFor(RequestType.APPOINTMENT);
    }

    public List<HalfDayChoices.Row> getRows() {
        return rows;
    }

    /** Whether each half-day (by its key) is ticked; the checkboxes write here. */
    public Map<String, Boolean> getTicks() {
        return ticks;
    }

    public int getMaxHalfDays() {
        return Request.HALF_DAYS_MAX;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }
}
