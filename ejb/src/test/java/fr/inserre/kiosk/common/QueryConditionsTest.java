package fr.inserre.kiosk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryConditionsTest {

    @Test
    void where_addsOnlyTheFiltersThatHaveAValue() {
        QueryConditions conditions = QueryConditions.where("t.establishment.id = :establishmentId", "establishmentId", 1L)
                .andStartsWith("t.code", "code", "  ")
                .andEquals("t.kind", "kind", null)
                .andStartsWith("t.location", "location", "Atelier")
                .andEquals("t.status", "status", "ACTIVE");

        assertEquals(" where t.establishment.id = :establishmentId and t.location like :location"
                + " and t.status = :status", conditions.toString());
    }

    @Test
    void and_withoutAParameter_addsTheConditionOnly() {
        QueryConditions conditions = QueryConditions.where("r.team = :team", "team", "SPIP")
                .and("r.answerReceivedAt is not null");

        assertEquals(" where r.team = :team and r.answerReceivedAt is not null", conditions.toString());
    }

    @ParameterizedTest(name = "[{index}] <{0}> -> <{1}>")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            " borne-arr "  | borne-arr%
            100%_sure      | 100\\%\\_sure%
            c:\\cells      | c:\\\\cells%
            """)
    void likePrefix_escapesWildcardsAndAppendsPercent(String typed, String expected) {
        assertEquals(expected, QueryConditions.likePrefix(typed));
    }
}
