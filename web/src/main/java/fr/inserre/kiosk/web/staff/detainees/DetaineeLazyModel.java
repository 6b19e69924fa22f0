package fr.inserre.kiosk.web.staff.detainees;

import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeFilter;
import fr.inserre.kiosk.detainee.DetaineeService;
import fr.inserre.kiosk.detainee.DetaineeStatus;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages of detainees for the PrimeFaces table: the table's filters and sort become a service query. */
public class DetaineeLazyModel extends LazyDataModel<Detainee> {

    private static final long serialVersionUID = 1L;

    private final DetaineeService service;
    private final SerializableSupplier<Long> establishmentId;

    /** The establishment is read at each load, so that changing it in the page reloads the table. */
    public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
    }

    DetaineeLazyModel(DetaineeService service, SerializableSupplier<Long> establishmentId) {
        this.service = service;
        this.establishmentId = establishmentId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Long establishment = establishmentId.get();
        return establishment == null ? 0 : (int) service.count(establishment, filter(filterBy));
    }

    @Override
    public List<Detainee> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Long establishment = establishmentId.get();
        if (establishment == null) {
            return List.of();
        }
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest page = new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE),
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        return service.list(establishment, filter(filterBy), page);
    }

    @Override
    public String getRowKey(Detainee detainee) {
        return String.valueOf(detainee.getId());
    }

    static DetaineeFilter filter(Map<String, FilterMeta> filterBy) {
        String status = text(filterBy, "status");
        return new DetaineeFilter(text(filterBy, "prisonNumber"), text(filterBy, "name"), text(filterBy, "cell"),
                status == null ? null : parseStatus(status), text(filterBy, "preferredLanguage"));
    }

    private static DetaineeStatus parseStatus(String value) {
        for (DetaineeStatus status : DetaineeStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        if (meta == null || meta.getFilterValue() == null) {
            return null;
        }
        String value = String.valueOf(meta.getFilterValue()).strip();
        return value.isEmpty() ? null : value;
    }
}
