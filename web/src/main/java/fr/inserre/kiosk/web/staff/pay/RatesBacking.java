package fr.inserre.kiosk.web.staff.pay;

import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.pay.Money;
import fr.inserre.kiosk.pay.NewPayRate;
import fr.inserre.kiosk.pay.PayRate;
import fr.inserre.kiosk.pay.PayRatesService;
import fr.inserre.kiosk.pay.RateItem;
import fr.inserre.kiosk.pay.RateSummary;
import fr.inserre.kiosk.web.common.Messages;
import fr.inserre.kiosk.web.staff.identity.StaffUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Backing of /staff/pay/rates.xhtml: each pay rate as it stands today, its history, and the
 * direction's form to record a value from today or a later day. The rules are the service's.
 */
@Named
@ViewScoped
public class RatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayRatesService payRates;

    @Inject
    StaffUser staffUser;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private LocalDate today;
    private List<RateSummary> summaries;
    private List<PayRate> history;
    private RateItem item = RateItem.MINIMUM_WAGE;
    private LocalDate from;
    private BigDecimal value;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        today = LocalDate.now(clock);
        summaries = payRates.summaries(staffUser.getEstablishmentId(), today);
        history = payRates.history(staffUser.getEstablishmentId());
    }

    public void schedule() {
        try {
            payRates.schedule(staffUser.getEstablishmentId(), new NewPayRate(item, from, value));
            messages.info("staff", "staff_pay_rates.scheduled");
            from = null;
            value = null;
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    public void withdraw(PayRate rate) {
        try {
            payRates.withdraw(staffUser.getEstablishmentId(), rate.getId());
            messages.info("staff", "staff_pay_rates.withdrawn");
            refresh();
        } catch (BusinessException refusal) {
            messages.refused(refusal);
        }
    }

    /** "12,02 €" or "33 %", in the reader's language. */
    public String shown(RateItem rateItem, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (rateItem.isShare()) {
            NumberFormat percent = NumberFormat.getNumberInstance(locale);
            percent.setMaximumFractionDigits(2);
            return percent.format(amount) + " %";
        }
        return money(new Money(amount));
    }

    public String money(Money amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount.amount());
    }

    /** Shown only: a value not yet in force that this establishment may withdraw (the service checks again). */
    public boolean isWithdrawable(PayRate rate) {
        return isDirection() && !rate.inForceOn(today) && (rate.getItem().isNationalOnly() || !rate.isNational());
    }

    public boolean isUpcoming(PayRate rate) {
        return !rate.inForceOn(today);
    }

    public boolean isDirection() {
        return staffUser.holdsAny("DIRECTION");
    }

    public RateItem[] getItems() {
        return RateItem.values();
    }

    public LocalDate getToday() {
        return today;
    }

    public List<RateSummary> getSummaries() {
        return summaries;
    }

    public List<PayRate> getHistory() {
        return history;
    }

    public RateItem getItem() {
        return item;
    }

    public void setItem(RateItem item) {
        this.item = item;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }
}
