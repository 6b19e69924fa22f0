/*
 * Kiosk behaviour, loaded from a file (the Content-Security-Policy allows no inline script):
 *  - the numeric keypad types into its target field;
 *  - a session with a logged-in person ends after the establishment's idle time without a touch,
 *    with a visible countdown in the last seconds; any touch or key starts the count again.
 *    The server ends the session shortly after anyway, even without this script.
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

    function touched() {
        last = Date.now();
        banner.hidden = true;
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
            banner.hidden = false;
        }
    }, 250);
}());
