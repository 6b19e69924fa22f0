/*
 * Kiosk behaviour, loaded from a file (the Content-Security-Policy allows no inline script):
 *  - the numeric keypad types into its target field;
 *  - a session with a logged-in person ends after the establishment's idle time without a touch,
 *    with a visible countdown in the last seconds (read aloud when the screens read themselves);
 *    any touch or key starts the count again, and tells the server (kiosk/identity/alive), whose
 *    session would otherwise end 15 s after the idle time counted from the last page loaded. The
 *    server ends the session shortly after anyway, even without this script.
 */
(function () {
    "use strict";

    document.querySelectorAll("[data-keypad-target]").forEach(function (keypad) {
        var field = document.getElementById(keypad.getAttribute("data-keypad-target"));
        if (!field) {
            return;
        }
        keypad.addEventListener("click", function (event) {
            var key = event.target.closest("[data-key]");
            if (!key) {
                return;
            }
            var value = key.getAttribute("data-key");
            var max = parseInt(field.getAttribute("maxlength") || "6", 10);
            if (value === "erase") {
                field.value = field.value.slice(0, -1);
            } else if (value === "clear") {
                field.value = "";
            } else if (field.value.length < max) {
                field.value += value;
            }
            field.dispatchEvent(new Event("input", {bubbles: true}));
        });
    });

    var body = document.body;
    var idle = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);
    var logout = document.getElementById("idle-logout");
    if (!idle || !logout) {
        return;
    }
    var warn = parseInt(body.getAttribute("data-warning-seconds") || "20", 10);
    var banner = document.getElementById("idle-warning");
    var count = document.getElementById("idle-count");
    var last = Date.now();
    var leaving = false;
    // Beside the logout form's address: kiosk/identity/alive.
    var alive = logout.getAttribute("action").replace(/logout$/, "alive");
    // At most one "still here" every 10 s: less than the server's 15 s margin, so the server's end always
    // comes after this page's own countdown.
    var told = Date.now();

    function touched() {
        var now = Date.now();
        last = now;
        banner.hidden = true;
        if (now - told >= 10000) {
            told = now;
            fetch(alive, {method: "POST", credentials: "same-origin", cache: "no-store"}).catch(function () {
                // Offline for a moment: the next touch or page tells the server.
            });
        }
    }

    function speak(element) {
        var synth = window.speechSynthesis;
        if (body.getAttribute("data-read-aloud") !== "auto" || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
            return;
        }
        var utterance = new SpeechSynthesisUtterance(element.textContent.replace(/\s+/g, " ").trim());
        utterance.lang = document.documentElement.getAttribute("lang") || "fr";
        synth.cancel();
        synth.speak(utterance);
    }

    ["pointerdown", "touchstart", "keydown", "wheel"].forEach(function (name) {
        document.addEventListener(name, touched, {passive: true, capture: true});
    });

    setInterval(function () {
        var left = idle - Math.floor((Date.now() - last) / 1000);
        if (left <= 0 && !leaving) {
            leaving = true;
            logout.submit();
        } else if (left <= warn) {
            count.textContent = String(Math.max(left, 0));
            if (banner.hidden) {
                banner.hidden = false;
                speak(banner);
            }
        }
    }, 250);
}());
