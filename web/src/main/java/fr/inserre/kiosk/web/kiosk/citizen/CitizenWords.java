package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.release.ChecklistLine;
import fr.inserre.kiosk.citizen.release.ChecklistStatus;
import fr.inserre.kiosk.citizen.release.ReleaseItemKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Pictograms and words of the release checklist on the kiosk: an item's icon and name (the kiosk's own
 * words for a standard item, the establishment's for an OTHER one), a status's icon and tone (never colour
 * alone: the word is always shown with it).
 */
@Named("citizenWords")
@ApplicationScoped
public class CitizenWords {

    /** A confirmation on the kiosk page, its {0}, {1}... filled literally (kiosk texts are not MessageFormat). */
    public static void info(String key, String... values) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = fr.inserre.kiosk.web.kiosk.Placeholders.fill(
                context.getApplication().getResourceBundle(context, "kiosk").getString(key), values);
        context.addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_INFO, text, null));
    }

    public String kindIcon(ReleaseItemKind kind) {
        return switch (kind) {
            case IDENTITY_DOCUMENT -> "pi-id-card";
            case HEALTH_INSURANCE -> "pi-heart";
            case BANK_ACCOUNT -> "pi-wallet";
            case CV -> "pi-file";
            case EMPLOYMENT_REGISTRATION -> "pi-briefcase";
            case HOUSING -> "pi-home";
            case HEALTH_FOLLOW_UP -> "pi-heart-fill";
            case TRANSPORT -> "pi-car";
            case OTHER -> "pi-check-square";
        };
    }

    public String statusIcon(ChecklistStatus status) {
        return switch (status) {
            case TO_DO -> "pi-circle";
            case IN_PROGRESS -> "pi-spinner";
            case DONE -> "pi-check-circle";
            case NOT_APPLICABLE -> "pi-minus-circle";
        };
    }

    /** A CSS class for the status (a border and background, with the word). */
    public String statusTone(ChecklistStatus status) {
        return "checklist-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The item's name in the bundle's language (bundle var "kiosk" or "staff"), or the establishment's words. */
    public String label(ChecklistLine line, String bundleVar) {
        return label(line.kind(), line.label(), bundleVar);
    }

    public String label(ReleaseItemKind kind, String label, String bundleVar) {
        if (label != null) {
            return label;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, bundleVar).getString("ReleaseItemKind." + kind.name());
    }
}
