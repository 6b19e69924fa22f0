package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.SheetLibrary;
import fr.inserre.kiosk.citizen.SheetReading;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/citizen/sheet.xhtml: one published sheet, the easy-to-read version first, the full
 * one with {@code full=true}. In my language when the sheet has it, else in French (the page says so).
 * The id comes from the URL: the service refuses a draft or another establishment's sheet.
 */
@Named
@RequestScoped
public class SheetBacking {

    @Inject
    SheetLibrary library;

    @Inject
    LanguageSelection languages;

    @Inject
    Messages messages;

    private Long id;
    private boolean full;
    private SheetReading reading;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            reading = library.read(id, languages.getKioskLanguage());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** The body shown now: cleaned HTML (the service cleaned it before storing it). */
    public String getBody() {
        return reading == null ? "" : full ? reading.text().getFullText() : reading.text().getEasyText();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFull() {
        return full;
    }

    public void setFull(boolean full) {
        this.full = full;
    }

    public SheetReading getReading() {
        return reading;
    }
}
