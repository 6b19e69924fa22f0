package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.release.ChecklistLine;
import fr.inserre.kiosk.citizen.release.MyReleaseService;
import fr.inserre.kiosk.citizen.release.ReleaseChecklist;
import fr.inserre.kiosk.citizen.release.ReleaseProgress;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.web.common.Dates;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.kiosk.Placeholders;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Backing of /kiosk/citizen/release.xhtml, "Préparer ma sortie": the time left and what is missing in plain
 * words, then each item with its status and the CPIP's note, and "Demander de l'aide" on an item (one
 * request per tap of a form: each item's token is made with the view).
 */
@Named("kioskRelease")
@ViewScoped
public class ReleaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyReleaseService service;

    @Inject
    Messages messages;

    @Inject
    Dates dates;

    @Inject
    CitizenWords words;

    private final Map<Long, String> tokens = new HashMap<>();
    private ReleaseChecklist checklist;

    @PostConstruct
    void load() {
        checklist = service.mine();
    }

    public void askHelp(long templateItemId) {
        try {
            Request request = service.askHelp(templateItemId, null,
                    tokens.computeIfAbsent(templateItemId, id -> UUID.randomUUID().toString()));
            CitizenWords.info("kiosk_citizen_release.helpSent", request.receipt());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        load();
    }

    /** "Votre sortie est prévue le mardi 15 décembre : dans 15 jours." or that no date is known. */
    public String getWhen() {
        ResourceBundle kiosk = kiosk();
        ReleaseProgress progress = checklist.progress();
        if (progress.expectedRelease() == null) {
            return kiosk.getString("kiosk_citizen_release.noDate");
        }
        String day = dates.day(progress.expectedRelease(), kiosk.getString("general.dayFormat"));
        long days = progress.daysLeft();
        String left = days == 0 ? kiosk.getString("kiosk_citizen_release.today")
                : days == 1 ? kiosk.getString("kiosk_citizen_release.tomorrow")
                : days > 60 ? Placeholders.fill(kiosk.getString("kiosk_citizen_release.inMonths"), Long.toString(days / 30))
                : Placeholders.fill(kiosk.getString("kiosk_citizen_release.inDays"), Long.toString(days));
        return Placeholders.fill(kiosk.getString("kiosk_citizen_release.when"), day, left);
    }

    /** "Il reste 2 choses à préparer : Carte Vitale, CV." or that everything is ready. */
    public String getMissing() {
        ResourceBundle kiosk = kiosk();
        ReleaseProgress progress = checklist.progress();
        if (progress.ready()) {
            return kiosk.getString("kiosk_citizen_release.ready");
        }
        String names = progress.missing().stream().map(l -> words.label(l, "kiosk")).collect(Collectors.joining(", "));
        return Placeholders.fill(kiosk.getString(progress.missing().size() == 1 ? "kiosk_citizen_release.missingOne"
                : "kiosk_citizen_release.missing"), Integer.toString(progress.missing().size()), names);
    }

    /** "2 sur 5 prêts" */
    public String getDone() {
        return Placeholders.fill(kiosk().getString("kiosk_citizen_release.done"),
                Integer.toString(checklist.progress().settled()), Integer.toString(checklist.progress().total()));
    }

    public String helpSent(ChecklistLine line) {
        return Placeholders.fill(kiosk().getString("kiosk_citizen_release.helpAsked"), line.helpReceipt());
    }

    public List<ChecklistLine> getLines() {
        return checklist.lines();
    }

    public ReleaseProgress getProgress() {
        return checklist.progress();
    }

    private static ResourceBundle kiosk() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "kiosk");
    }
}
