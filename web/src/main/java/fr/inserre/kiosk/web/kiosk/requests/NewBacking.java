package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.RequestType;
import fr.inserre.kiosk.request.Team;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * Backing of /kiosk/requests/new.xhtml, "Nouvelle requête" (a written request): first the service,
 * as big tiles (a link each, ?team=...), then the text on the large-key keyboard and "Envoyer". A
 * refusal (no text, too long) keeps the service and the text on screen.
 */
@Named("kioskNewRequest")
@ViewScoped
public class NewBacking extends RequestForm {

    private static final long serialVersionUID = 1L;

    private Team team;

    public String send() {
        return submit(() -> NewRequest.general(team, getText(), clientToken()));
    }

    public List<Team> getTeams() {
        return RequestWords.teamsFor(RequestType.GENERAL);
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }
}
