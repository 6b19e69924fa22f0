/*
 * Writing without a keyboard habit, loaded from a file (the Content-Security-Policy allows no inline script):
 *  - the large-key on-screen keyboard (tag i:keyboard) types into its target text area, at the caret when
 *    the area has the focus, else at the end; a physical keyboard keeps working in the area; the number
 *    of characters left follows both;
 *  - ready-made phrases (tag i:phrases) put their sentence in the target area and show which one is chosen;
 *  - a group of choices with a limit (data-choice-limit, e.g. six half-days) shows how many are ticked and
 *    stops further ticks at the limit (the server checks again).
 * Loaded once per page even when several tags include it: each part marks what it has set up.
 */
(function () {
    "use strict";

    function changed(field) {
        field.dispatchEvent(new Event("input", {bubbles: true}));
    }

    function maxOf(field, fallback) {
        var max = parseInt(field.getAttribute("maxlength") || fallback || "1000", 10);
        return isNaN(max) ? 1000 : max;
    }

    document.querySelectorAll("[data-keyboard-target]:not([data-ready])").forEach(function (board) {
        var field = document.getElementById(board.getAttribute("data-keyboard-target"));
        if (!field) {
            return;
        }
        board.setAttribute("data-ready", "");
        var max = maxOf(field, board.getAttribute("data-keyboard-max"));
        var left = board.querySelector("[data-keyboard-left]");
        var shift = board.querySelector("[data-key='shift']");
        var upper = false;

        function setUpper(on) {
            upper = on;
            board.classList.toggle("keyboard-upper", on);
            if (shift) {
                shift.setAttribute("aria-pressed", on ? "true" : "false");
            }
        }

        function showLeft() {
            if (left) {
                left.textContent = String(Math.max(0, max - field.value.length));
            }
        }

        function insert(text) {
            var focused = document.activeElement === field;
            var start = focused ? field.selectionStart : field.value.length;
            var end = focused ? field.selectionEnd : field.value.length;
            var room = max - (field.value.length - (end - start));
            if (room <= 0) {
                return;
            }
            text = text.slice(0, room);
            field.value = field.value.slice(0, start) + text + field.value.slice(end);
            if (focused) {
                field.selectionStart = field.selectionEnd = start + text.length;
            }
        }

        function erase() {
            var focused = document.activeElement === field;
            var start = focused ? field.selectionStart : field.value.length;
            var end = focused ? field.selectionEnd : field.value.length;
            if (start === end && start > 0) {
                // One character back; a surrogate pair (an emoji from a physical keyboard) as one.
                var code = field.value.charCodeAt(start - 1);
                start -= code >= 0xDC00 && code <= 0xDFFF && start > 1 ? 2 : 1;
            }
            field.value = field.value.slice(0, start) + field.value.slice(end);
            if (focused) {
                field.selectionStart = field.selectionEnd = start;
            }
        }

        // Keys never take the focus: the caret stays where the person put it in the area.
        board.addEventListener("mousedown", function (event) {
            if (event.target.closest("[data-key]")) {
                event.preventDefault();
            }
        });
        board.addEventListener("click", function (event) {
            var key = event.target.closest("[data-key]");
            if (!key) {
                return;
            }
            var value = key.getAttribute("data-key");
            if (value === "shift") {
                setUpper(!upper);
                return;
            }
            if (value === "erase") {
                erase();
            } else if (value === "space") {
                insert(" ");
            } else {
                insert(upper ? value.toUpperCase() : value);
                setUpper(false);
            }
            changed(field);
        });
        field.addEventListener("input", showLeft);
        showLeft();
    });

    document.querySelectorAll("[data-phrases-target]:not([data-ready])").forEach(function (group) {
        var field = document.getElementById(group.getAttribute("data-phrases-target"));
        if (!field) {
            return;
        }
        group.setAttribute("data-ready", "");
        var buttons = Array.prototype.slice.call(group.querySelectorAll("[data-phrase]"));

        function mark() {
            buttons.forEach(function (button) {
                button.setAttribute("aria-pressed", button.getAttribute("data-phrase") === field.value.trim()
                    ? "true" : "false");
            });
        }

        group.addEventListener("click", function (event) {
            var button = event.target.closest("[data-phrase]");
            if (!button) {
                return;
            }
            field.value = button.getAttribute("data-phrase").slice(0, maxOf(field));
            changed(field);
        });
        field.addEventListener("input", mark);
        mark();
    });

    document.querySelectorAll("[data-choice-limit]:not([data-ready])").forEach(function (group) {
        group.setAttribute("data-ready", "");
        var limit = parseInt(group.getAttribute("data-choice-limit"), 10);
        var count = group.querySelector("[data-choice-count]");
        var boxes = Array.prototype.slice.call(group.querySelectorAll("input[type='checkbox']"));

        function update() {
            var ticked = boxes.filter(function (box) {
                return box.checked;
            }).length;
            if (count) {
                count.textContent = String(ticked);
            }
            boxes.forEach(function (box) {
                box.disabled = !box.checked && ticked >= limit;
            });
        }

        group.addEventListener("change", update);
        update();
    });
}());
