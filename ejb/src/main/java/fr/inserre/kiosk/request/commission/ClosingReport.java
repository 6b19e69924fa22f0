package fr.inserre.kiosk.request.commission;

import java.util.List;

/**
 * What closing a commission did: requests decided (approved, refused or put on a waiting list),
 * requests deferred to a later commission, and the receipts of the requests skipped because the
 * detainee had cancelled them meanwhile.
 */
public record ClosingReport(Commission commission, int decided, int deferred, List<String> cancelled) {

    public ClosingReport {
        cancelled = List.copyOf(cancelled);
    }
}
