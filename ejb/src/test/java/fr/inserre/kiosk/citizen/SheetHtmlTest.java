package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetHtmlTest {

    @Test
    void clean_keepsTheAllowedMarkup() {
        String html = "<h2>Vos droits</h2><p>Un <strong>rendez-vous</strong> est <em>gratuit</em>.</p>"
                + "<ul><li>carte</li><li>photo</li></ul><ol><li>un</li></ol><p>ligne<br>suivante</p>";

        assertEquals(html, SheetHtml.clean(html));
    }

    @Test
    void clean_removesScriptsWithTheirContent() {
        String cleaned = SheetHtml.clean("<p>Bonjour</p><script>alert('x')</script><SCRIPT src=//evil></SCRIPT>");

        assertEquals("<p>Bonjour</p>", cleaned);
    }

    @Test
    void clean_removesEventHandlers() {
        String cleaned = SheetHtml.clean("<p onclick=\"steal()\">Texte</p><img src=x onerror=\"alert(1)\">"
                + "<strong onmouseover='x()'>fort</strong>");

        assertEquals("<p>Texte</p><strong>fort</strong>", cleaned);
    }

    @Test
    void clean_removesLinksButKeepsTheirWords_javascriptUrlsIncluded() {
        String cleaned = SheetHtml.clean("<p><a href=\"javascript:alert(1)\">clic</a> et "
                + "<a href=\"https://www.service-public.fr\">service-public.fr</a></p>");

        assertEquals("<p>clic et service-public.fr</p>", cleaned);
        assertFalse(cleaned.contains("javascript"));
    }

    @Test
    void clean_removesStylesFramesAndForms() {
        String cleaned = SheetHtml.clean("<style>p{display:none}</style><p style=\"color:red\" class=\"x\">Texte</p>"
                + "<iframe src=\"https://evil\">cadre</iframe><object data=x></object><form><input name=a></form>"
                + "<svg onload=alert(1)><circle/></svg>");

        assertEquals("<p>Texte</p>", cleaned);
    }

    @Test
    void clean_turnsEditorHeadingsIntoSectionHeadings_andDropsEmptyContent() {
        assertEquals("<h2>Titre</h2>", SheetHtml.clean("<h1>Titre</h1>"));
        assertEquals("", SheetHtml.clean("<p><br></p>"));
        assertEquals("", SheetHtml.clean("<script>only()</script>"));
        assertEquals("", SheetHtml.clean(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>a &lt;b&gt; c</p>", "<p>l’État &amp; vous</p>"})
    void clean_keepsEscapedTextEscaped(String html) {
        assertEquals(html, SheetHtml.clean(html));
    }

    @Test
    void isEmpty_looksAtWordsOnly() {
        assertTrue(SheetHtml.isEmpty("<p> </p><ul><li></li></ul>"));
        assertFalse(SheetHtml.isEmpty("<p>x</p>"));
    }
}
