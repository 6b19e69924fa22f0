package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.TimesheetFilter;
import fr.inserre.kiosk.attendance.TimesheetRow;
import fr.inserre.kiosk.attendance.TimesheetService;
import fr.inserre.kiosk.attendance.TimesheetStatus;
import fr.inserre.kiosk.web.common.TableRequests;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages of weekly timesheets for the PrimeFaces table: the period chosen above the table and the
 * table's filters (name or prison number, status) become a service query.
 */
public class TimesheetLazyModel extends LazyDataModel<TimesheetRow> {

    private static final long serialVersionUID = 1L;

    private final TimesheetService service;
    private final Long establishmentId;
    private LocalDate from;
    private LocalDate to;
    private Long activityId;

    TimesheetLazyModel(TimesheetService service, Long establishmentId) {
        this.service = service;
        this.establishmentId = establishmentId;
    }

    void period(LocalDate periodFrom, LocalDate periodTo, Long activity) {
        this.from = periodFrom;
        this.to = periodTo;
        this.activityId = activity;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return establishmentId == null ? 0 : (int) service.count(establishmentId, filter(filterBy));
    }

    @Override
    public List<TimesheetRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return establishmentId == null ? List.of()
                : service.list(establishmentId, filter(filterBy), TableRequests.page(first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(TimesheetRow row) {
        return row.key();
    }

    private TimesheetFilter filter(Map<String, FilterMeta> filterBy) {
        return new TimesheetFilter(from, to, activityId, TableRequests.text(filterBy, "name"),
                TableRequests.constant(filterBy, "status", TimesheetStatus.class));
    }
}
