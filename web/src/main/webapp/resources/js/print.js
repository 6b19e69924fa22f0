/*
 * The print button of printable staff pages (no inline script: the Content-Security-Policy forbids it).
 */
(function () {
    "use strict";
    var button = document.getElementById("print");
    if (button) {
        button.addEventListener("click", function () {
            window.print();
        });
    }
}());
