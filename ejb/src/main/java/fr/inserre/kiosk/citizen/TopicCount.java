package fr.inserre.kiosk.citizen;

/** A kiosk topic tile: the topic and how many published sheets it has. */
public record TopicCount(SheetTopic topic, long sheets) {
}
