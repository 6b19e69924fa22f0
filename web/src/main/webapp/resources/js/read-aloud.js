/*
 * Read-aloud on the kiosk, with the browser's own speech synthesis (window.speechSynthesis): on the
 * terminals, Chromium speaks through speech-dispatcher and espeak-ng, installed by the inserre-kiosk
 * package, so nothing leaves the terminal and no internet is needed. Loaded from a file (the
 * Content-Security-Policy allows no inline script).
 *  - Every block of the page (the title, each message, notice, tile, list item, day of the planning,
 *    form field, and any element marked data-listen) gets a speaker button "Écouter" that reads the
 *    block's words, in the page's language (html lang), with a voice of that language when the
 *    terminal has one. A part written in another language (its own lang: a French text shown to an
 *    Arabic reader, labelled as such) is read with a voice of its own language.
 *  - When the body says data-read-aloud="auto" (the person switched "Tout lire à voix haute" on, or
 *    needs reading support), the whole page is read as it opens, block after block.
 *  - "Arrêter la lecture" stops; leaving the page stops too.
 * Without speech synthesis in the browser the buttons are not added: nothing that does not work.
 */
(function () {
    "use strict";

    var synth = window.speechSynthesis;
    var body = document.body;
    if (!synth || typeof window.SpeechSynthesisUtterance !== "function" || !body) {
        return;
    }
    var label = body.getAttribute("data-listen-label") || "Écouter";
    var lang = document.documentElement.getAttribute("lang") || "fr";
    var stop = document.getElementById("read-aloud-stop");

    /* Blocks that get a speaker: what a person reads as one thing. */
    var BLOCKS = [
        "main h1", "main section", "[data-listen]", ".kiosk-intro", ".ui-messages", ".kiosk-notice",
        ".kiosk-tiles-item", ".kiosk-list-item", ".schedule-day", ".schedule-facts", ".kiosk-field", ".offer",
        ".request-item", ".request-event", ".hours-period", ".hours-line", ".citizen-item", ".citizen-booked"
    ].join(",");

    function voiceFor(language) {
        var voices = synth.getVoices();
        var exact = null;
        var near = null;
        for (var i = 0; i < voices.length; i++) {
            var code = (voices[i].lang || "").toLowerCase().replace("_", "-");
            if (code === language) {
                exact = exact || voices[i];
            } else if (code.split("-")[0] === language.split("-")[0]) {
                near = near || voices[i];
            }
        }
        return exact || near;
    }

    /* A block as a person sees it: not the speaker buttons, not decorative icons (a copy). */
    function seen(block) {
        var copy = block.cloneNode(true);
        copy.querySelectorAll(".read-aloud-listen, [aria-hidden='true'], script, [hidden]").forEach(function (n) {
            n.remove();
        });
        copy.querySelectorAll("input[type='submit'], input[type='button']").forEach(function (n) {
            n.replaceWith(document.createTextNode(" " + n.value + " "));
        });
        return copy;
    }

    /* The words of a block as a person sees them. */
    function wordsOf(block) {
        return (seen(block).textContent || "").replace(/\s+/g, " ").trim();
    }

    /* The language a block is written in: its own lang or its nearest ancestor's (the page's). */
    function languageOf(block) {
        var marked = block.closest("[lang]");
        return (marked && marked.getAttribute("lang")) || lang;
    }

    /* A block's words as runs of one language each, in reading order: [{text, lang}]. */
    function runsOf(block) {
        var runs = [];
        function walk(node, language) {
            if (node.nodeType === Node.TEXT_NODE) {
                var last = runs[runs.length - 1];
                if (last && last.lang === language) {
                    last.text += node.textContent;
                } else {
                    runs.push({text: node.textContent, lang: language});
                }
            } else if (node.nodeType === Node.ELEMENT_NODE) {
                var own = node.getAttribute("lang") || language;
                node.childNodes.forEach(function (child) { walk(child, own); });
            }
        }
        walk(seen(block), languageOf(block));
        return runs.map(function (run) {
            return {text: run.text.replace(/\s+/g, " ").trim(), lang: run.lang};
        }).filter(function (run) { return run.text; });
    }

    function showStop(speaking) {
        if (stop) {
            stop.hidden = !speaking;
        }
    }

    function say(runs) {
        synth.cancel();
        runs.forEach(function (run, index, all) {
            var utterance = new SpeechSynthesisUtterance(run.text);
            var voice = voiceFor(run.lang);
            utterance.lang = run.lang;
            if (voice) {
                utterance.voice = voice;
            }
            utterance.rate = 0.9;
            if (index === all.length - 1) {
                utterance.onend = function () { showStop(false); };
                utterance.onerror = function () { showStop(false); };
            }
            synth.speak(utterance);
        });
        showStop(runs.length > 0);
    }

    function outermost(blocks) {
        // A block inside another block is read with it; each still gets its own speaker.
        return blocks.filter(function (block) {
            return !blocks.some(function (other) { return other !== block && other.contains(block); });
        });
    }

    var main = document.querySelector("main") || body;
    var blocks = Array.prototype.slice.call(main.querySelectorAll(BLOCKS)).filter(function (block) {
        return wordsOf(block) !== "" && !block.closest("[hidden]");
    });

    blocks.forEach(function (block) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "read-aloud-listen";
        var name = wordsOf(block);
        button.setAttribute("aria-label", label + " : " + (name.length > 80 ? name.slice(0, 80) + "…" : name));
        button.setAttribute("data-listen-lang", languageOf(block));
        var icon = document.createElement("i");
        icon.className = "pi pi-volume-up";
        icon.setAttribute("aria-hidden", "true");
        button.appendChild(icon);
        button.appendChild(document.createTextNode(" " + label));
        button.addEventListener("click", function (event) {
            event.preventDefault();
            event.stopPropagation();
            say(runsOf(block));
        });
        // The speaker stands just before what it reads, like a label, outside it (a button inside a
        // heading renames it, inside a list or a link is not allowed); a list item keeps it at its end.
        block.insertAdjacentElement(block.tagName === "LI" ? "beforeend" : "beforebegin", button);
    });

    if (stop) {
        stop.addEventListener("click", function () {
            synth.cancel();
            showStop(false);
        });
    }
    window.addEventListener("pagehide", function () { synth.cancel(); });

    if (body.getAttribute("data-read-aloud") === "auto") {
        var started = false;
        var readAll = function () {
            if (!started) {
                started = true;
                say(outermost(blocks).reduce(function (all, block) { return all.concat(runsOf(block)); }, []));
            }
        };
        // Voices load asynchronously in Chromium: read once they are known, or after a short wait.
        if (synth.getVoices().length) {
            readAll();
        } else {
            synth.addEventListener("voiceschanged", readAll);
            setTimeout(readAll, 1500);
        }
    }
}());
