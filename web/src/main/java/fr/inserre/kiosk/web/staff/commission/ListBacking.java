package fr.inserre.kiosk.web.staff.commission;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.request.commission.Commission;
import fr.inserre.kiosk.request.commission.CommissionService;
import fr.inserre.kiosk.request.commission.CommissionSummary;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.common.TableRequests;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing of /staff/commission/list.xhtml: the establishment's commissions (latest first, lazy) and
 * planning a new one, which then opens on its meeting screen.
 */
@Named("commissionList")
@ViewScoped
public class ListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommissionService service;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    private LazyDataModel<CommissionSummary> commissions;
    private LocalDate meetingDate;
    private String members;

    @PostConstruct
    void init() {
        commissions = new CommissionLazyModel(service, staffUser.getEstablishmentId());
    }

    /** Plans the commission and opens its meeting screen. */
    public String plan() {
        try {
            Commission planned = service.plan(staffUser.getEstablishmentId(), meetingDate, members);
            messages.infoAfterRedirect("staff", "staff_commission_list.planned");
            return "/staff/commission/session?faces-redirect=true&id=" + planned.getId();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
            return null;
        }
    }

    public LazyDataModel<CommissionSummary> getCommissions() {
        return commissions;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    /** Pages of commissions, sorted by the service (meeting date or status). */
    static final class CommissionLazyModel extends LazyDataModel<CommissionSummary> {

        private static final long serialVersionUID = 1L;

        private final CommissionService service;
        private final long establishmentId;

        CommissionLazyModel(CommissionService service, long establishmentId) {
            this.service = service;
            this.establishmentId = establishmentId;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.count(establishmentId);
        }

        @Override
        public List<CommissionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return service.list(establishmentId, TableRequests.page(first, pageSize, sortBy));
        }

        @Override
        public String getRowKey(CommissionSummary row) {
            return String.valueOf(row.commission().getId());
        }
    }
}
