package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day without activities in an establishment (jour férié, or a day the establishment closes them). */
@Entity
@Table(name = "establishment_holiday")
public class Holiday {

    public static final int LABEL_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    protected Holiday() {
        // for JPA
    }

    Holiday(Establishment establishment, LocalDate date, String label) {
        this.establishment = establishment;
        this.date = date;
        this.label = label.strip();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getLabel() {
        return label;
    }
}
