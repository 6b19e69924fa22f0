package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;

/** Backing of /staff/schedule/activities.xhtml: the establishment's activities in a lazy table. */
@Named
@ViewScoped
public class ActivitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activityService;

    @Inject
    StaffUser staffUser;

    @Inject
    Clock clock;

    private ActivityLazyModel activities;

    @PostConstruct
    void init() {
        activities = new ActivityLazyModel(activityService, staffUser.getEstablishmentId(), clock);
    }

    public ActivityLazyModel getActivities() {
        return activities;
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    /** Whether the user may create activities (the service decides which kinds). */
    public boolean isManager() {
        return staffUser.holdsAny("WORK_MANAGER", "TRAINING_MANAGER", "DIRECTION");
    }
}
