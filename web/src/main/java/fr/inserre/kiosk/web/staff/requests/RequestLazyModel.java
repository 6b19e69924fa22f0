package fr.inserre.kiosk.web.staff.requests;

import fr.inserre.kiosk.request.Request;
import fr.inserre.kiosk.request.RequestDesk;
import fr.inserre.kiosk.request.RequestFilter;
import fr.inserre.kiosk.web.common.TableRequests;
import java.util.List;
import java.util.Map;
import java.io.Serializable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages of a request queue for the PrimeFaces table: one statement for the page (with detainees and
 * activities), one for the count. The filters come from the page's filter bar, not from column filters.
 */
public class RequestLazyModel extends LazyDataModel<Request> {

    private static final long serialVersionUID = 1L;

    private final RequestDesk desk;
    private final Filters filter;

    /** Where the current filters are read, at each load (the page's filter bar). */
    @FunctionalInterface
    interface Filters extends Serializable {
        RequestFilter current();
    }

    RequestLazyModel(RequestDesk desk, Filters filter) {
        this.desk = desk;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) desk.count(filter.current());
    }

    @Override
    public List<Request> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return desk.search(filter.current(), TableRequests.page(first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(Request request) {
        return String.valueOf(request.getId());
    }

    /** A row of the page shown (what the selection refers to). */
    @Override
    public Request getRowData(String rowKey) {
        List<Request> page = getWrappedData();
        return page == null ? null : page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
