package fr.inserre.kiosk.web.staff.citizen;

import fr.inserre.kiosk.citizen.InfoSheetService;
import fr.inserre.kiosk.citizen.SheetFilter;
import fr.inserre.kiosk.citizen.SheetRow;
import fr.inserre.kiosk.citizen.SheetStatus;
import fr.inserre.kiosk.citizen.SheetTopic;
import fr.inserre.kiosk.web.common.TableRequests;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages of the establishment's sheets for the PrimeFaces table (the page and its languages: 2 statements). */
public class SheetLazyModel extends LazyDataModel<SheetRow> {

    private static final long serialVersionUID = 1L;

    private final InfoSheetService service;
    private final long establishmentId;

    SheetLazyModel(InfoSheetService service, long establishmentId) {
        this.service = service;
        this.establishmentId = establishmentId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(establishmentId, filter(filterBy));
    }

    @Override
    public List<SheetRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return service.search(establishmentId, filter(filterBy), TableRequests.page(first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(SheetRow row) {
        return String.valueOf(row.id());
    }

    static SheetFilter filter(Map<String, FilterMeta> filterBy) {
        return new SheetFilter(TableRequests.constant(filterBy, "topic", SheetTopic.class),
                TableRequests.constant(filterBy, "status", SheetStatus.class),
                "true".equals(TableRequests.text(filterBy, "toReview")), TableRequests.text(filterBy, "title"));
    }
}
