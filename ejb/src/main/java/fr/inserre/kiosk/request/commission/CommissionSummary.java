package fr.inserre.kiosk.request.commission;

/** A commission in the list, with the number of requests on its agenda and how many have a decision recorded. */
public record CommissionSummary(Commission commission, long items, long recorded) {
}
