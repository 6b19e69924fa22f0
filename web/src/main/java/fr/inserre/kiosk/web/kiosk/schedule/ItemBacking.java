package fr.inserre.kiosk.web.kiosk.schedule;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.schedule.MyScheduleService;
import fr.inserre.kiosk.schedule.ScheduleItem;
import fr.inserre.kiosk.web.common.LanguageSelection;
import fr.inserre.kiosk.web.common.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backing of /kiosk/schedule/item.xhtml: one session or appointment of my planning in detail. The id
 * comes from the URL, so the service checks that the item is the logged-in detainee's own. The activity
 * is described in my language (or the French fallback, labelled).
 */
@Named
@RequestScoped
public class ItemBacking {

    @Inject
    MyScheduleService schedule;

    @Inject
    Messages messages;

    @Inject
    LanguageSelection languages;

    private ScheduleItem.Type type;
    private Long id;
    private ScheduleItem item;

    public void load() {
        if (type == null || id == null) {
            return;
        }
        try {
            item = schedule.item(type, id, languages.getKioskLanguage());
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public ScheduleItem.Type getType() {
        return type;
    }

    public void setType(ScheduleItem.Type type) {
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ScheduleItem getItem() {
        return item;
    }
}
