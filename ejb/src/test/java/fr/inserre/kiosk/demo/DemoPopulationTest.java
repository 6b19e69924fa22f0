package fr.inserre.kiosk.demo;

import static fr.inserre.kiosk.common.Validators.violatedProperties;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.detainee.NewDetainee;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoPopulationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final long SEED = 20_260_101L;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 120})
    void generate_returnsRequestedNumberOfPeople(int count) {
        List<DemoPopulation.Person> people = DemoPopulation.generate(count, TODAY, SEED);

        assertEquals(count, people.size());
    }

    @Test
    void generate_givesTheSamePeople_whenSameSeed() {
        List<DemoPopulation.Person> first = DemoPopulation.generate(120, TODAY, SEED);

        List<DemoPopulation.Person> second = DemoPopulation.generate(120, TODAY, SEED);

        assertEquals(first, second);
    }

    @Test
    void generate_givesOtherPeople_whenOtherSeed() {
        List<DemoPopulation.Person> first = DemoPopulation.generate(120, TODAY, SEED);

        List<DemoPopulation.Person> other = DemoPopulation.generate(120, TODAY, SEED + 1);

        assertNotEquals(first, other);
    }

    @Test
    void generate_givesUniquePrisonNumbers_whenManyPeople() {
        List<DemoPopulation.Person> people = DemoPopulation.generate(2_000, TODAY, SEED);

        Set<String> numbers = people.stream().map(DemoPopulation.Person::prisonNumber).collect(Collectors.toSet());

        assertEquals(people.size(), numbers.size());
    }

    @Test
    void generate_datesEntriesInThePastAndReleasesAfterEntry_whenManyPeople() {
        List<DemoPopulation.Person> people = DemoPopulation.generate(2_000, TODAY, SEED);

        for (DemoPopulation.Person person : people) {
            assertTrue(person.entryDate().isBefore(TODAY), () -> "entry in the future: " + person);
            assertFalse(person.expectedReleaseDate() != null
                    && person.expectedReleaseDate().isBefore(person.entryDate()),
                    () -> "release before entry: " + person);
        }
    }

    @Test
    void generate_givesFrenchToAboutHalf_whenManyPeople() {
        List<DemoPopulation.Person> people = DemoPopulation.generate(2_000, TODAY, SEED);

        double frenchShare = people.stream().filter(person -> "fr".equals(person.language())).count()
                / (double) people.size();

        assertTrue(frenchShare > 0.45 && frenchShare < 0.65, () -> "French share " + frenchShare);
    }

    @Test
    void generate_makesValidRegistrations_whenDemoSize() {
        List<DemoPopulation.Person> people = DemoPopulation.generate(120, TODAY, SEED);

        for (DemoPopulation.Person p : people) {
            NewDetainee input = new NewDetainee(p.prisonNumber(), p.firstName(), p.lastName(), "A-001",
                    p.language(), p.readingSupport(), p.entryDate(), p.expectedReleaseDate());
            assertEquals(Set.of(), violatedProperties(input), () -> "refused: " + p);
        }
    }
}
