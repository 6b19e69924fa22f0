package fr.inserre.kiosk.web.kiosk;

import fr.inserre.kiosk.notification.MyNotificationsService;
import fr.inserre.kiosk.notification.Notification;
import fr.inserre.kiosk.notification.NotificationKind;
import fr.inserre.kiosk.request.MyRequestsService;
import fr.inserre.kiosk.terminal.TerminalAccess;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.web.common.Dates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Backing of /kiosk/index.xhtml: the "Mes demandes" tile shows how many questions wait for my
 * answer; the notifications list needs the detainee's latest notifications, each worded in the
 * screen's language from its facts.
 */
@Named
@RequestScoped
public class HomeBacking {

    /** A notification as the kiosk shows it. */
    public record Line(long id, String icon, String text, Instant at, boolean unread) {
    }

    @Inject
    MyNotificationsService notifications;

    @Inject
    MyRequestsService requests;

    @Inject
    Dates dates;

    private List<Line> lines;
    private long unread;
    private long awaitingAnswer;
    private boolean workshopTerminal;

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle kiosk = context.getApplication().getResourceBundle(context, "kiosk");
        lines = notifications.recent().stream().map(n -> line(n, kiosk)).toList();
        unread = lines.stream().filter(Line::unread).count();
        awaitingAnswer = requests.awaitingMyAnswer();
        // The verified terminal (set by the kiosk's terminal filter): a workshop terminal offers clocking.
        Object terminal = context.getExternalContext().getRequestMap().get(TerminalAccess.REQUEST_ATTRIBUTE);
        workshopTerminal = terminal instanceof TerminalAccess access && access.kind() == TerminalKind.WORKSHOP;
    }

    /** Whether the kiosk is a workshop terminal, where the clock tile shows. */
    public boolean isWorkshopTerminal() {
        return workshopTerminal;
    }

    private Line line(Notification notification, ResourceBundle kiosk) {
        NotificationKind kind = notification.getKind();
        boolean appointment = kind == NotificationKind.APPOINTMENT_BOOKED || kind == NotificationKind.APPOINTMENT_CANCELLED;
        String subject = appointment ? kiosk.getString("AppointmentKind." + notification.getSubject())
                : notification.getSubject();
        String when = kind == NotificationKind.ALLOCATED || kind == NotificationKind.ALLOCATION_ENDED
                ? dates.format(notification.getEventAt(), kiosk.getString("general.dateFormat"))
                : dates.format(notification.getEventAt(), kiosk.getString("general.dateTimeFormat"));
        String detail = notification.getDetail() == null ? "" : notification.getDetail();
        if (kind.name().startsWith("REQUEST_") && !detail.isEmpty()) {
            // What the request is about, after its number: "Demande n° 2026-000123 (CAP cuisine) : acceptée."
            detail = " (" + detail + ")";
        }
        String text = Placeholders.fill(kiosk.getString("notification." + kind.name()), subject, when, detail);
        return new Line(notification.getId(), icon(kind), text, notification.getCreatedAt(), notification.isUnread());
    }

    static String icon(NotificationKind kind) {
        return switch (kind) {
            case SESSION_CANCELLED, APPOINTMENT_CANCELLED -> "pi-times-circle";
            case SESSION_MOVED -> "pi-directions";
            case ALLOCATED, APPOINTMENT_BOOKED -> "pi-calendar-plus";
            case ALLOCATION_ENDED -> "pi-calendar-minus";
            case REQUEST_SUBMITTED, REQUEST_ACKNOWLEDGED, REQUEST_FORWARDED -> "pi-inbox";
            case REQUEST_QUESTION -> "pi-question-circle";
            case REQUEST_APPROVED, REQUEST_ANSWERED -> "pi-check-circle";
            case REQUEST_REJECTED, REQUEST_CANCELLED -> "pi-times-circle";
            case REQUEST_WAITLISTED -> "pi-list";
            case REQUEST_ESCALATED -> "pi-clock";
        };
    }

    /** "J'ai lu": marks every notification read. */
    public String markAllRead() {
        notifications.markAllRead();
        return "/kiosk/index?faces-redirect=true";
    }

    public List<Line> getLines() {
        return lines;
    }

    public long getUnread() {
        return unread;
    }

    /** My requests with a question from staff that I have not answered yet. */
    public long getAwaitingAnswer() {
        return awaitingAnswer;
    }
}
