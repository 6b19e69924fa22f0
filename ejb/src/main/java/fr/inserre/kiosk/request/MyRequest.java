package fr.inserre.kiosk.request;

/**
 * One of my requests as the kiosk lists it: the request (its activity loaded) and, when it is on a
 * waiting list, my position there (1 = next).
 */
public record MyRequest(Request request, Integer waitlistPosition) {
}
