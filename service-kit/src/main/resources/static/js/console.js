// Keyboard help for the consoles; every page works the same without it.
// Ctrl+Enter (Cmd+Enter on a Mac) submits the form the cursor is in.
document.addEventListener("keydown", function (event) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) {
    return;
  }
  var form = event.target && event.target.form;
  if (!form) {
    return;
  }
  event.preventDefault();
  if (form.requestSubmit) {
    form.requestSubmit();
  } else {
    form.submit();
  }
});
