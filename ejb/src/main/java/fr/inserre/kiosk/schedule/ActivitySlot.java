package fr.inserre.kiosk.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A stored weekly slot of an activity. Slots are never edited: a change is a removal and an addition. */
@Entity
@Table(name = "activity_slot")
public class ActivitySlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false, updatable = false)
    private Activity activity;

    @Column(name = "day_of_week", nullable = false, updatable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    private LocalTime endTime;

    @Column(name = "rota_week", nullable = false, updatable = false)
    private int rotaWeek;

    @Column(nullable = false)
    private boolean removed;

    protected ActivitySlot() {
        // for JPA
    }

    ActivitySlot(Activity activity, SlotRule rule) {
        this.activity = activity;
        this.dayOfWeek = rule.day().getValue();
        this.startTime = rule.start();
        this.endTime = rule.end();
        this.rotaWeek = rule.rotaWeek();
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public int getRotaWeek() {
        return rotaWeek;
    }

    public boolean isRemoved() {
        return removed;
    }

    void remove() {
        removed = true;
    }

    public SlotRule rule() {
        return new SlotRule(id, getDayOfWeek(), startTime, endTime, rotaWeek);
    }
}
