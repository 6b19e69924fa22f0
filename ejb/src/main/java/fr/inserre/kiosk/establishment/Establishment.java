package fr.inserre.kiosk.establishment;

import fr.inserre.kiosk.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One InSERRE site. Everything a person sees is scoped to one establishment. */
@Entity
@Table(name = "establishment")
@NamedQuery(name = "Establishment.findAll", query = "select e from Establishment e order by e.name")
@NamedQuery(name = "Establishment.findByCode", query = "select e from Establishment e where e.code = :code")
public class Establishment extends AuditedEntity {

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = 120;
    /** The largest establishments of the national estate hold a few thousand places. */
    public static final int CAPACITY_MAX = 5000;
    public static final int DEFAULT_IDLE_SECONDS = 120;
    public static final int MIN_IDLE_SECONDS = 30;
    public static final int MAX_IDLE_SECONDS = 900;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9-]+", message = "{establishment.code.pattern}")
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Min(1)
    @Max(CAPACITY_MAX)
    @Column(nullable = false)
    private int capacity;

    /** Seconds without a touch after which a kiosk session ends. */
    @Min(MIN_IDLE_SECONDS)
    @Max(MAX_IDLE_SECONDS)
    @Column(name = "kiosk_idle_seconds", nullable = false)
    private int kioskIdleSeconds = DEFAULT_IDLE_SECONDS;

    protected Establishment() {
        // for JPA
    }

    public Establishment(String code, String name, int capacity) {
        this.code = code;
        this.name = name;
        this.capacity = capacity;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getKioskIdleSeconds() {
        return kioskIdleSeconds;
    }

    /** Sets how long a kiosk stays logged in without a touch (30 s to 15 min). */
    public void setKioskIdleTimeout(int seconds) {
        if (seconds < MIN_IDLE_SECONDS || seconds > MAX_IDLE_SECONDS) {
            throw new InvalidIdleTimeoutException(seconds, MIN_IDLE_SECONDS, MAX_IDLE_SECONDS);
        }
        this.kioskIdleSeconds = seconds;
    }

    /** Renames the establishment or changes its capacity; the code never changes once created. */
    public void describe(String newName, int newCapacity) {
        this.name = newName;
        this.capacity = newCapacity;
    }
}
