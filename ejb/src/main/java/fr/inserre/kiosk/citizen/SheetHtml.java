package fr.inserre.kiosk.citizen;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich text staff write in a sheet before it is stored, with jsoup's allow-list: paragraphs,
 * line breaks, lists, bold, italic, underline and headings (h2 to h4), without any attribute. Everything
 * else goes: scripts and styles with their content, event handlers, frames, forms, images, and links —
 * the kiosk is locked offline, so a link could lead nowhere (its words are kept). The result is what the
 * kiosk shows as HTML; it is never trusted from anywhere else.
 */
public final class SheetHtml {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "h2", "h3", "h4");

    /** Compact output (no line breaks added): the stored text is exactly what was kept. */
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private SheetHtml() {
    }

    /** The allowed part of {@code html}, as HTML; blank or null gives an empty string. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // Quill (p:textEditor) writes headings as h1: the page has its own h1, so a sheet starts at h2.
        Document document = Jsoup.parseBodyFragment(html);
        for (Element heading : document.body().select("h1")) {
            heading.tagName("h2");
        }
        Document clean = new Cleaner(ALLOWED).clean(document);
        clean.outputSettings(OUTPUT);
        String cleaned = clean.body().html();
        // An editor's empty paragraphs (<p><br></p>) are not content.
        return isEmpty(cleaned) ? "" : cleaned.strip();
    }

    /** Whether the HTML holds no visible words (only tags and white space). */
    public static boolean isEmpty(String html) {
        return html == null || Jsoup.parseBodyFragment(html).body().text().isBlank();
    }

    /** The words of a cleaned body, for searching and length checks. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parseBodyFragment(html).body().text();
    }
}
