package fr.inserre.kiosk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A plausible, reproducible population for the demo establishment: French and foreign names with
 * their usual first language, a share needing reading support, entries over the last two years and
 * expected releases within the next three. The same seed always gives the same people.
 */
final class DemoPopulation {

    record Person(String prisonNumber, String firstName, String lastName, String language,
            boolean readingSupport, LocalDate entryDate, LocalDate expectedReleaseDate) {
    }

    private record Origin(String language, int weight, String[] firstNames, String[] lastNames) {
    }

    private static final List<Origin> ORIGINS = List.of(
            new Origin("fr", 55,
                    new String[] {"Julien", "Kevin", "Thomas", "Nicolas", "Mickaël", "Anthony", "Jérémy", "Sébastien",
                        "Dylan", "Maxime", "Romain", "Ludovic", "Franck", "Hugo", "Loïc", "Yannick", "Grégory",
                        "Steeve", "Cédric", "Jonathan"},
                    new String[] {"Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Leroy", "Moreau", "Lambert",
                        "Fontaine", "Roussel", "Caron", "Lemaire", "Dupont", "Vasseur", "Delattre", "Lecomte",
                        "Wattel", "Dhainaut", "Carpentier", "Hennebert", "Lefranc", "Bouchez", "Descamps"}),
            new Origin("ar", 20,
                    new String[] {"Mohamed", "Karim", "Yassine", "Mehdi", "Sofiane", "Bilal", "Rachid", "Nabil",
                        "Hamza", "Samir", "Walid", "Ayoub"},
                    new String[] {"Benali", "Haddad", "Mansouri", "El Amrani", "Bouzid", "Cherif", "Khelifi",
                        "Saidi", "Boukhari", "Ait Ouali", "Ziani", "Belkacem"}),
            new Origin("ro", 7,
                    new String[] {"Ionuț", "Andrei", "Florin", "Marian", "Cristian", "Gheorghe", "Vasile"},
                    new String[] {"Popescu", "Ionescu", "Stoica", "Dumitru", "Lungu", "Rusu", "Munteanu"}),
            new Origin("es", 6,
                    new String[] {"Alejandro", "Javier", "Luis", "Carlos", "Miguel", "José", "Diego"},
                    new String[] {"García", "Fernández", "López", "Martínez", "Sánchez", "Ruiz", "Navarro"}),
            new Origin("en", 4,
                    new String[] {"James", "Daniel", "Samuel", "Emmanuel", "Michael"},
                    new String[] {"Smith", "Okafor", "Mensah", "Brown", "Adeyemi"}),
            new Origin("pt", 4,
                    new String[] {"João", "Pedro", "Tiago", "Rui"},
                    new String[] {"Silva", "Ferreira", "Pereira", "Costa"}),
            new Origin("pl", 4,
                    new String[] {"Piotr", "Krzysztof", "Tomasz", "Paweł"},
                    new String[] {"Kowalski", "Nowak", "Wiśniewski", "Zieliński"}));

    private DemoPopulation() {
    }

    static List<Person> generate(int count, LocalDate today, long seed) {
        Random random = new Random(seed);
        int totalWeight = ORIGINS.stream().mapToInt(Origin::weight).sum();
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Origin origin = pick(random.nextInt(totalWeight));
            LocalDate entry = today.minusDays(20 + random.nextInt(700));
            LocalDate release = random.nextInt(10) == 0 ? null : today.plusDays(30 + random.nextInt(1100));
            // About one person in four asks for easy-to-read screens; more among foreign speakers.
            boolean readingSupport = random.nextInt(100) < ("fr".equals(origin.language()) ? 20 : 45);
            people.add(new Person(prisonNumber(entry, i), origin.firstNames()[random.nextInt(origin.firstNames().length)],
                    origin.lastNames()[random.nextInt(origin.lastNames().length)], origin.language(), readingSupport,
                    entry, release));
        }
        return people;
    }

    private static Origin pick(int draw) {
        int remaining = draw;
        for (Origin origin : ORIGINS) {
            remaining -= origin.weight();
            if (remaining < 0) {
                return origin;
            }
        }
        return ORIGINS.get(0);
    }

    /** Numéros d'écrou look like the year of entry and a sequence: 24A0017. */
    private static String prisonNumber(LocalDate entry, int sequence) {
        return String.format("%02dA%04d", entry.getYear() % 100, sequence + 1);
    }
}
