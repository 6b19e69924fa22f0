package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.SheetLibrary;
import fr.inserre.kiosk.citizen.SheetReading;
import fr.inserre.kiosk.citizen.SheetTopic;
import fr.inserre.kiosk.web.common.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing of /kiosk/citizen/topic.xhtml: the published sheets of one topic, titled in my language. */
@Named
@RequestScoped
public class TopicBacking {

    @Inject
    SheetLibrary library;

    @Inject
    LanguageSelection languages;

    private SheetTopic topic;
    private List<SheetReading> sheets = List.of();

    public void load() {
        if (topic != null) {
            sheets = library.sheetsOf(topic, languages.getKioskLanguage());
        }
    }

    public SheetTopic getTopic() {
        return topic;
    }

    public void setTopic(SheetTopic topic) {
        this.topic = topic;
    }

    public List<SheetReading> getSheets() {
        return sheets;
    }
}
