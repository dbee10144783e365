/* Small progressive enhancements; every page works without them. */
(function () {
  "use strict";

  function bijLaden() {
    // After a failed submit the error summary takes the focus, so it is read out first.
    var fouten = document.getElementById("foutmeldingen");
    if (fouten) {
      if (document.title.indexOf("Fout:") !== 0) {
        document.title = "Fout: " + document.title;
      }
      fouten.focus();
    }
    // "Select all" for a group of checkboxes (hidden without JavaScript: then tick them one by one).
    document.querySelectorAll("[data-alles-selecteren]").forEach(function (groep) {
      var keuze = groep.querySelector("[data-alles-keuze]");
      var alles = keuze.querySelector("input");
      var vakjes = Array.prototype.slice.call(
        groep.querySelectorAll('input[type="checkbox"]')
      ).filter(function (v) { return v !== alles; });
      function bijwerken() {
        var aan = vakjes.filter(function (v) { return v.checked; }).length;
        alles.checked = aan === vakjes.length;
        alles.indeterminate = aan > 0 && aan < vakjes.length;
      }
      keuze.classList.remove("d-none");
      alles.addEventListener("change", function () {
        vakjes.forEach(function (v) { v.checked = alles.checked; });
        bijwerken();
      });
      vakjes.forEach(function (v) { v.addEventListener("change", bijwerken); });
      bijwerken();
    });
    document.querySelectorAll("[data-print]").forEach(function (knop) {
      knop.addEventListener("click", function () {
        window.print();
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", bijLaden);
  } else {
    bijLaden();
  }
})();
