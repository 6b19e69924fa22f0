package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.InfoSheet;
import fr.inserre.kiosk.citizen.InfoSheetService;
import fr.inserre.kiosk.citizen.SheetDraft;
import fr.inserre.kiosk.common.KioskLanguage;
import fr.inserre.kiosk.citizen.SheetPictogram;
import fr.inserre.kiosk.citizen.SheetText;
import fr.inserre.kiosk.citizen.SheetTopic;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Backing of /staff/citizen/sheet.xhtml: a new sheet (its French text), or an existing one: topic and
 * pictogram, the text of the language being edited, publish / unpublish, review. The version seen when
 * the page was loaded goes with every change, so a stale screen is refused by the service.
 */
@Named
@ViewScoped
public class SheetEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> EDITOR_FORMATS = List.of("header", "bold", "italic", "underline", "list");

    @Inject
    InfoSheetService service;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private Long id;
    private boolean loaded;
    private long version;
    private SheetTopic topic = SheetTopic.OTHER;
    private SheetPictogram pictogram = SheetPictogram.INFO;
    private KioskLanguage language = KioskLanguage.FR;
    private String title;
    private String easyHtml;
    private String fullHtml;
    private boolean published;
    private LocalDate reviewedOn;
    private boolean toReview;
    private List<KioskLanguage> languages = List.of();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            try {
                show(service.find(id));
            } catch (BusinessException refusal) {
                id = null;
                messages.refused(refusal);
            }
        }
    }

    private void show(InfoSheet sheet) {
        id = sheet.getId();
        version = sheet.getVersion();
        topic = sheet.getTopic();
        pictogram = sheet.getPictogram();
        published = sheet.isPublished();
        reviewedOn = sheet.getReviewedOn();
        toReview = sheet.needsReview(LocalDate.now(clock));
        languages = sheet.getLanguages();
        SheetText text = sheet.textIn(language).orElse(null);
        title = text == null ? null : text.getTitle();
        easyHtml = text == null ? null : text.getEasyText();
        fullHtml = text == null ? null : text.getFullText();
    }

    /** Creates the sheet (French), or saves the text of the language being edited. */
    public String save() {
        try {
            if (id == null) {
                InfoSheet created = service.create(staffUser.getEstablishmentId(), topic, pictogram,
                        new SheetDraft(KioskLanguage.FR, title, easyHtml, fullHtml));
                messages.infoAfterRedirect("staff", "staff_citizen_sheet.created");
                return "/staff/citizen/sheet?faces-redirect=true&id=" + created.getId();
            }
            show(service.write(id, version, new SheetDraft(language, title, easyHtml, fullHtml)));
            messages.info("staff", "staff_citizen_sheet.saved");
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
        return null;
    }

    public void classify() {
        apply(() -> service.classify(id, version, topic, pictogram), "staff_citizen_sheet.classified");
    }

    public void publish() {
        apply(() -> service.publish(id, version), "staff_citizen_sheet.published");
    }

    public void unpublish() {
        apply(() -> service.unpublish(id, version), "staff_citizen_sheet.unpublished");
    }

    public void markReviewed() {
        apply(() -> service.markReviewed(id, version, LocalDate.now(clock)), "staff_citizen_sheet.reviewed");
    }

    public void removeTranslation() {
        apply(() -> service.removeTranslation(id, version, language), "staff_citizen_sheet.removed");
    }

    /** Shows another language's text (empty when not yet translated). */
    public void switchLanguage() {
        try {
            show(service.find(id));
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    private void apply(java.util.function.Supplier<InfoSheet> change, String confirmation) {
        try {
            show(change.get());
            messages.info("staff", confirmation);
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** What the rich-text editor lets staff write: the server keeps the same and nothing else (SheetHtml). */
    public List<String> getEditorFormats() {
        return EDITOR_FORMATS;
    }

    public boolean isExisting() {
        return id != null;
    }

    public boolean isTranslated() {
        return languages.contains(language);
    }

    public SheetTopic[] getTopics() {
        return SheetTopic.values();
    }

    public SheetPictogram[] getPictograms() {
        return SheetPictogram.values();
    }

    public KioskLanguage[] getAllLanguages() {
        return KioskLanguage.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public SheetTopic getTopic() {
        return topic;
    }

    public void setTopic(SheetTopic topic) {
        this.topic = topic;
    }

    public SheetPictogram getPictogram() {
        return pictogram;
    }

    public void setPictogram(SheetPictogram pictogram) {
        this.pictogram = pictogram;
    }

    public KioskLanguage getLanguage() {
        return language;
    }

    public void setLanguage(KioskLanguage language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEasyHtml() {
        return easyHtml;
    }

    public void setEasyHtml(String easyHtml) {
        this.easyHtml = easyHtml;
    }

    public String getFullHtml() {
        return fullHtml;
    }

    public void setFullHtml(String fullHtml) {
        this.fullHtml = fullHtml;
    }

    public boolean isPublished() {
        return published;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public boolean isToReview() {
        return toReview;
    }

    public List<KioskLanguage> getLanguages() {
        return languages;
    }
}
