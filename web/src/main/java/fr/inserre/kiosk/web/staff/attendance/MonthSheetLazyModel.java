package fr.inserre.kiosk.web.staff.attendance;

import fr.inserre.kiosk.attendance.MonthSheetRow;
import fr.inserre.kiosk.attendance.TimesheetFilter;
import fr.inserre.kiosk.attendance.TimesheetService;
import fr.inserre.kiosk.attendance.TimesheetStatus;
import fr.inserre.kiosk.web.common.TableRequests;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages of month sheets (a person's month at an activity) for the PrimeFaces table, with its filters. */
public class MonthSheetLazyModel extends LazyDataModel<MonthSheetRow> {

    private static final long serialVersionUID = 1L;

    private final TimesheetService service;
    private final Long establishmentId;
    private YearMonth month;
    private Long activityId;

    MonthSheetLazyModel(TimesheetService service, Long establishmentId) {
        this.service = service;
        this.establishmentId = establishmentId;
    }

    void period(YearMonth chosen, Long activity) {
        this.month = chosen;
        this.activityId = activity;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return establishmentId == null ? 0 : (int) service.countMonthSheets(establishmentId, month, filter(filterBy));
    }

    @Override
    public List<MonthSheetRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        return establishmentId == null ? List.of()
                : service.monthSheets(establishmentId, month, filter(filterBy), TableRequests.page(first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(MonthSheetRow row) {
        return row.key();
    }

    private TimesheetFilter filter(Map<String, FilterMeta> filterBy) {
        return new TimesheetFilter(month.atDay(1), month.atEndOfMonth(), activityId, TableRequests.text(filterBy, "name"),
                TableRequests.constant(filterBy, "status", TimesheetStatus.class));
    }
}
