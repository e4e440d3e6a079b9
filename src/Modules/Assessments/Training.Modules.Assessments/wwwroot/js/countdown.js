// Counts down to the deadline the server fixed; the server alone decides what is late.
(function () {
    var timer = document.querySelector(".countdown[data-deadline]");
    var left = timer && timer.querySelector(".countdown-left");
    if (!left) {
        return;
    }
    var deadline = Date.parse(timer.getAttribute("data-deadline"));
    function tick() {
        var seconds = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
        var minutes = Math.floor(seconds / 60);
        seconds = seconds % 60;
        left.textContent = "· " + left.getAttribute("data-label") + " " + minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
        if (minutes > 0 || seconds > 0) {
            setTimeout(tick, 1000);
        }
    }
    tick();
})();
