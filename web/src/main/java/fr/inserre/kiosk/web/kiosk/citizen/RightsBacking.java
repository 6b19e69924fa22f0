package fr.inserre.kiosk.web.kiosk.citizen;

import fr.inserre.kiosk.citizen.SheetLibrary;
import fr.inserre.kiosk.citizen.TopicCount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backing of /kiosk/citizen/index.xhtml: the topics that have published sheets, as tiles. */
@Named
@RequestScoped
public class RightsBacking {

    @Inject
    SheetLibrary library;

    private List<TopicCount> topics;

    @PostConstruct
    void init() {
        topics = library.topics();
    }

    public List<TopicCount> getTopics() {
        return topics;
    }
}
