package fr.inserre.kiosk.web.kiosk.requests;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.NewRequest;
import fr.inserre.kiosk.request.Offer;
import fr.inserre.kiosk.web.common.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/requests/ask.xhtml, the confirm screen of "Formations" and "Travail": the
 * activity tapped (or "any work"), an optional motivation (the form's text) picked from phrases or
 * typed, "Envoyer". A refusal keeps the motivation on screen.
 */
@Named("kioskAsk")
@ViewScoped
public class AskBacking extends RequestForm {

    private static final long serialVersionUID = 1L;

    static final String TRAINING = "training";
    static final String JOB = "job";

    @Inject
    LanguageSelection languages;

    private String kind;
    private Long activityId;
    private Offer offer;
    private boolean anyWork;

    /** View action: finds the activity among the offers of its kind (or takes "any work"). */
    public void load() {
        if (!TRAINING.equals(kind) && !JOB.equals(kind) || activityId == null && !JOB.equals(kind)) {
            messages.error(null, "kiosk", "kiosk_requests_ask.unknown");
            return;
        }
        if (activityId == null) {
            anyWork = true;
            return;
        }
        try {
            offer = requests.offers(isTraining(), languages.getKioskLanguage()).stream().filter(o -> o.activityId() == activityId).findFirst()
                    .orElse(null);
            if (offer == null) {
                messages.error(null, "kiosk", "kiosk_requests_ask.unknown");
            }
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** "Envoyer": registers the request (once) and shows its receipt. */
    public String send() {
        if (!isAskable()) {
            return null;
        }
        return submit(() -> isTraining() ? NewRequest.training(activityId, getText(), clientToken())
                : NewRequest.job(activityId, getText(), clientToken()));
    }

    /** Whether the form is shown: any work, or an activity I may still ask for. */
    public boolean isAskable() {
        return anyWork || offer != null && offer.requestable();
    }

    public boolean isTraining() {
        return TRAINING.equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public Offer getOffer() {
        return offer;
    }

    public boolean isAnyWork() {
        return anyWork;
    }
}
