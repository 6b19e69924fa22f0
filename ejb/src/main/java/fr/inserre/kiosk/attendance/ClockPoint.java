package fr.inserre.kiosk.attendance;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.schedule.Activity;
import fr.inserre.kiosk.terminal.Terminal;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A workshop terminal records attendance for this activity: it stands where the activity happens.
 * A terminal may serve several activities (both kitchen teams), an activity several terminals.
 */
@Entity
@Table(name = "clock_point")
@NamedQuery(name = "ClockPoint.ofTerminal", query = "select c from ClockPoint c join fetch c.activity "
        + "where c.terminal.id = :terminalId")
@NamedQuery(name = "ClockPoint.find", query = "select c from ClockPoint c where c.terminal.id = :terminalId "
        + "and c.activity.id = :activityId")
@NamedQuery(name = "ClockPoint.ofEstablishment", query = "select new fr.inserre.kiosk.attendance.ClockPointView("
        + "t.id, t.code, t.location, a.id, a.title) from ClockPoint c join c.terminal t join c.activity a "
        + "where t.establishment.id = :establishmentId order by t.code, a.title")
public class ClockPoint extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "terminal_id", nullable = false, updatable = false)
    private Terminal terminal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    protected ClockPoint() {
        // for JPA
    }

    ClockPoint(Terminal terminal, Activity activity) {
        this.terminal = terminal;
        this.activity = activity;
    }

    public Terminal getTerminal() {
        return terminal;
    }

    public Activity getActivity() {
        return activity;
    }
}
