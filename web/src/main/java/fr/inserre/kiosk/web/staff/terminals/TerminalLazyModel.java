package fr.inserre.kiosk.web.staff.terminals;

import fr.inserre.kiosk.terminal.FleetStatus;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalFilter;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalService;
import fr.inserre.kiosk.web.common.TableRequests;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages of terminals for the PrimeFaces table: the table's filters and sort become a service query.
 * The status column filters on the fleet status (online, offline, maintenance, revoked, pending).
 */
public class TerminalLazyModel extends LazyDataModel<Terminal> {

    private static final long serialVersionUID = 1L;

    private final TerminalService service;
    private Long establishmentId;

    TerminalLazyModel(TerminalService service) {
        this.service = service;
    }

    /** The establishment whose terminals are listed; none lists nothing. */
    void setEstablishmentId(Long establishmentId) {
        this.establishmentId = establishmentId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return establishmentId == null ? 0 : (int) service.count(establishmentId, filter(filterBy));
    }

    @Override
    public List<Terminal> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return establishmentId == null ? List.of()
                : service.list(establishmentId, filter(filterBy), TableRequests.page(first, pageSize, sortBy));
    }

    @Override
    public String getRowKey(Terminal terminal) {
        return String.valueOf(terminal.getId());
    }

    static TerminalFilter filter(Map<String, FilterMeta> filterBy) {
        return new TerminalFilter(TableRequests.text(filterBy, "code"),
                TableRequests.constant(filterBy, "kind", TerminalKind.class), TableRequests.text(filterBy, "location"),
                null, TableRequests.constant(filterBy, "status", FleetStatus.class),
                TableRequests.text(filterBy, "version"));
    }
}
