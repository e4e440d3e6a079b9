// Counts down to the deadline the server fixed; the server alone decides what is late.
(function () {
    var timer = document.querySelector(".countdown[data-deadline]");
    if (!timer) {
        return;
    }
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    function tick() {
        var left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
        var minutes = Math.floor(left / 60);
        var seconds = left % 60;
        timer.textContent = "⏱ " + minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
        if (left > 0) {
            setTimeout(tick, 1000);
        }
    }
    tick();
})();
