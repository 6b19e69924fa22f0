package fr.inserre.kiosk.web.staff.schedule;

import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.schedule.ActivityFilter;
import fr.inserre.kiosk.schedule.ActivityKind;
import fr.inserre.kiosk.schedule.ActivityService;
import fr.inserre.kiosk.web.common.TableRequests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages of activities for the PrimeFaces table, with the places taken today on each activity of the
 * page (one grouped statement per page, not one per row).
 */
public class ActivityLazyModel extends LazyDataModel<Activity> {

    private static final long serialVersionUID = 1L;

    private final ActivityService service;
    private final long establishmentId;
    private final Clock clock;
    private Map<Long, Long> placesTaken = new HashMap<>();

    ActivityLazyModel(ActivityService service, long establishmentId, Clock clock) {
        this.service = service;
        this.establishmentId = establishmentId;
        this.clock = clock;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(establishmentId, filter(filterBy));
    }

    @Override
    public List<Activity> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        List<Activity> page = service.list(establishmentId, filter(filterBy), TableRequests.page(first, pageSize, sortBy));
        placesTaken = service.placesTaken(establishmentId, page.stream().map(Activity::getId).toList(),
                LocalDate.now(clock));
        return page;
    }

    /** Places taken today on an activity of the current page. */
    public long taken(Activity activity) {
        return placesTaken.getOrDefault(activity.getId(), 0L);
    }

    @Override
    public String getRowKey(Activity activity) {
        return String.valueOf(activity.getId());
    }

    static ActivityFilter filter(Map<String, FilterMeta> filterBy) {
        return new ActivityFilter(TableRequests.constant(filterBy, "kind", ActivityKind.class),
                TableRequests.text(filterBy, "title"), false);
    }
}
