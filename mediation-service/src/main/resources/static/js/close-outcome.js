// The close form sends only the parts of the outcome chosen: the others' fields are switched off,
// so that a part filled in before the mediator changed the outcome is not refused as not fitting.
// Without this script the server names such a part, and nothing is closed.
document.addEventListener("DOMContentLoaded", function () {
  var outcome = document.querySelector("#act-close select[name=outcome]");
  if (!outcome) {
    return;
  }
  function fit() {
    document.querySelectorAll("#act-close .outcome-part").forEach(function (part) {
      var off = outcome.value !== "" && part.dataset.outcome !== outcome.value;
      part.classList.toggle("off", off);
      part.querySelectorAll("select, input").forEach(function (field) {
        field.disabled = off;
      });
    });
  }
  outcome.addEventListener("change", fit);
  fit();
});
