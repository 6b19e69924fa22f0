package fr.inserre.kiosk.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our style sheets are well formed: every block closed, and no rule written at the start of a line
 * while a block is still open. Merges that appended rules to a file ending in an unclosed block left
 * staff.css with three open blocks, so that every later rule (requests, commission, dashboard, pay,
 * attendance) became a nested rule matching nothing in Chromium.
 */
class StylesheetsTest {

    private static final Path CSS = Path.of("src/main/webapp/resources/css");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    static Stream<Path> styleSheets() throws IOException {
        return Files.list(CSS).filter(p -> p.toString().endsWith(".css")).sorted();
    }

    @ParameterizedTest
    @MethodSource("styleSheets")
    void everyBlockIsClosed_andNoTopLevelRuleHidesInsideAnother(Path sheet) throws IOException {
        String text = Files.readString(sheet, StandardCharsets.UTF_8);
        Matcher comments = COMMENT.matcher(text);
        StringBuilder code = new StringBuilder();
        while (comments.find()) {
            comments.appendReplacement(code, "\n".repeat((int) comments.group().chars().filter(c -> c == '\n').count()));
        }
        comments.appendTail(code);

        int depth = 0;
        List<String> misplaced = new ArrayList<>();
        String[] lines = code.toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (depth > 0 && !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("}")) {
                misplaced.add((i + 1) + ": " + line);
            }
            for (char c : line.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertFalse(depth < 0, sheet + " closes a block never opened at line " + (i + 1));
            }
        }
        assertEquals(List.of(), misplaced, sheet + ": rules at the start of a line inside an open block");
        assertEquals(0, depth, sheet + ": blocks left open");
    }
}
