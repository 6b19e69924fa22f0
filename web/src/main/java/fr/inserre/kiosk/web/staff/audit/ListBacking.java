package fr.inserre.kiosk.web.staff.audit;

import fr.inserre.kiosk.audit.AuditFilter;
import fr.inserre.kiosk.audit.AuditOutcome;
import fr.inserre.kiosk.audit.AuditRecord;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backing of /staff/audit/list.xhtml: the establishment's audit trail for IT and direction, newest
 * first, filtered and paged on the server. Read-only: the application has no way to change it.
 */
@Named("auditList")
@ViewScoped
public class ListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private LazyDataModel<AuditRecord> records;

    @PostConstruct
    void init() {
        records = new AuditLazyModel(audit);
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    /** The table's filters and sort, as a service query. */
    static final class AuditLazyModel extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;

        private final AuditTrail audit;

        AuditLazyModel(AuditTrail audit) {
            this.audit = audit;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(filter(filterBy));
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            boolean ascending = sortBy.values().stream().findFirst()
                    .map(sort -> sort.getOrder() == SortOrder.ASCENDING).orElse(false);
            return audit.search(filter(filterBy),
                    new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), "at", ascending));
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return String.valueOf(record.getId());
        }

        static AuditFilter filter(Map<String, FilterMeta> filterBy) {
            String outcome = text(filterBy, "outcome");
            AuditOutcome parsed = null;
            for (AuditOutcome candidate : AuditOutcome.values()) {
                if (candidate.name().equals(outcome)) {
                    parsed = candidate;
                }
            }
            return new AuditFilter(text(filterBy, "actor"), text(filterBy, "action"), parsed,
                    text(filterBy, "terminalCode"));
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
}
