package fr.inserre.kiosk.request.commission;

import fr.inserre.kiosk.request.Request;
import java.util.List;

/** Requests that may be put on a commission's agenda (the oldest due first, at most a screenful) and how many there are in all. */
public record PendingRequests(List<Request> requests, long total) {

    public PendingRequests {
        requests = List.copyOf(requests);
    }
}
