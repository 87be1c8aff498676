// The manager dashboard: the tiles follow the figure stream (Server-Sent Events) as it pushes
// changed figures; the charts are read from the figures API, again at most every few seconds
// while figures keep changing. ECharts is the global of /webjars/echarts/dist/echarts.min.js.

const CHART_PAUSE_MS = 3000;
const RETRY_MS = 5000;

const page = document.getElementById("dashboard");
const text = (key) => page.dataset["t" + key.charAt(0).toUpperCase() + key.slice(1)];
const names = readNames();
const numbers = new Intl.NumberFormat(page.dataset.lang === "en" ? "en" : "zh-CN");
const state = { period: page.dataset.period, district: page.dataset.district };
const charts = {};
let stream = null;
let retry = null;

/** The labels of the codes the figures are broken down by: names[dimension][code]. */
function readNames() {
  const found = {
    district: {},
    category: {},
    type: {},
    topic: {},
    channel: {},
    department: {},
    street: {},
  };
  document.querySelectorAll("#names li").forEach((li) => {
    found[li.dataset.dimension][li.dataset.code] = li.textContent;
  });
  return found;
}

/** The query of a figures request: the period shown (or another), and the district if any. */
function query(extra, district = state.district) {
  const params = new URLSearchParams({ period: state.period, ...extra });
  if (district) {
    params.set("district", district);
  }
  return params.toString();
}

// ---- the tiles, from the stream ----

function show(family, view) {
  document.querySelectorAll(`output[data-family="${family}"]`).forEach((output) => {
    const [group, name] = output.dataset.value.split(".");
    const value = view[group] ? view[group][name] : null;
    const shown =
      value === null || value === undefined
        ? "—"
        : group === "rates"
          ? Number(value).toFixed(1) + " %"
          : numbers.format(value);
    if (output.textContent !== shown) {
      output.textContent = shown;
      output.classList.remove("changed");
      void output.offsetWidth; // restarts the highlight
      output.classList.add("changed");
    }
  });
}

/** Points each count's link at the console search the server named for it (view.links). */
function link(family, view) {
  document.querySelectorAll(`a[data-link][data-family="${family}"]`).forEach((anchor) => {
    setHref(anchor, view.links ? view.links[anchor.dataset.link] : null);
  });
}

function setHref(anchor, href) {
  if (href) {
    anchor.href = href;
  } else {
    anchor.removeAttribute("href");
  }
}

function status(kind, message) {
  const live = document.getElementById("live");
  live.className = "live " + kind;
  live.textContent = message;
}

function connect() {
  if (stream) {
    stream.close();
  }
  clearTimeout(retry);
  const source = new EventSource(`${page.dataset.figures}/stream?${query({})}`);
  stream = source;
  const received = (event) => {
    const view = JSON.parse(event.data);
    show(event.type, view);
    link(event.type, view);
    const time = new Date().toLocaleTimeString(page.dataset.lang === "en" ? "en" : "zh-CN");
    status("on", `${text("live")} · ${text("updated")} ${time}`);
    refreshChartsSoon();
  };
  source.addEventListener("hotline", received);
  source.addEventListener("mediation", received);
  source.onerror = () => {
    if (source !== stream) {
      return;
    }
    // EventSource retries a dropped stream itself, but gives up on an answer that is not a stream
    // (503 while the figures are not ready, or every place taken): then retry here, after a pause.
    if (source.readyState === EventSource.CLOSED) {
      status("off", text("unavailable"));
      retry = setTimeout(connect, RETRY_MS);
    } else {
      status("off", text("reconnecting"));
    }
  };
}

// ---- the charts, from the API ----

let chartsBusy = false;
let chartsAgain = false;
let chartsLast = 0;
let chartsTimer = null;

/** Reads the charts again soon: right away after a quiet spell, else once the pause is over. */
function refreshChartsSoon() {
  if (chartsBusy) {
    chartsAgain = true;
    return;
  }
  if (chartsTimer) {
    return;
  }
  const wait = Math.max(0, chartsLast + CHART_PAUSE_MS - Date.now());
  chartsTimer = setTimeout(refreshCharts, wait);
}

async function refreshCharts() {
  chartsTimer = null;
  chartsBusy = true;
  chartsLast = Date.now();
  try {
    // A day is shown within the trend of its month.
    const trendPeriod = state.period.length === 10 ? state.period.slice(0, 7) : state.period;
    // Categories and dispute types are counted for the whole city only.
    const [hotlineDistricts, hotlineCategories, mediationDistricts, mediationTypes] =
      await Promise.all([
        figures(`/hotline?${query({ by: "district" })}`),
        figures(`/hotline?${query({ by: "category" }, "")}`),
        figures(`/mediation?${query({ by: "district" })}`),
        figures(`/mediation?${query({ by: "type" }, "")}`),
      ]);
    const by = document.getElementById("breakdown-by").value;
    const [hotlineTrend, mediationTrend, details, hotSpots] = await Promise.all([
      figures(`/hotline/trend?${query({ period: trendPeriod })}`),
      figures(`/mediation/trend?${query({ period: trendPeriod })}`),
      // a district's own row, or its streets: the other breakdowns are of the whole city
      figures(`/hotline?${query({ by }, by === "district" || by === "street" ? state.district : "")}`),
      figures("/hotline/hotspots"),
    ]);
    table("breakdown", details.rows, (row) => names[by][row.code] || row.code);
    table("trend-table", hotlineTrend.points, (point) => point.period);
    hotspots(hotSpots);
    bars("chart-hotline-district", hotlineDistricts, "district", ["received", "completed"]);
    bars("chart-hotline-category", hotlineCategories, "category", ["received", "completed"]);
    bars("chart-mediation-district", mediationDistricts, "district", ["registered", "successful"]);
    bars("chart-mediation-type", mediationTypes, "type", ["registered", "successful"]);
    trend(hotlineTrend, mediationTrend);
    document.getElementById("problem").hidden = true;
  } catch (problem) {
    const shown = document.getElementById("problem");
    shown.textContent = problem.message;
    shown.hidden = false;
  } finally {
    chartsBusy = false;
    if (chartsAgain) {
      chartsAgain = false;
      refreshChartsSoon();
    }
  }
}

async function figures(path) {
  const response = await fetch(page.dataset.figures + path, { headers: { Accept: "application/json" } });
  const type = response.headers.get("Content-Type") || "";
  if (response.redirected || !type.includes("json")) {
    // The session has ended: the sign-in page answered. Load the page again to sign in.
    window.location.reload();
    throw new Error(text("unavailable"));
  }
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || text("unavailable"));
  }
  return body;
}

/** Rows of counts, each a link to its tickets, and rates, in the columns the table heads name. */
function table(id, rows, name) {
  const columns = [...document.querySelectorAll(`#${id} thead th[data-figure], #${id} thead th[data-rate]`)];
  document.querySelector(`#${id} tbody`).replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement("tr");
      tr.dataset.code = row.code || row.period;
      const head = document.createElement("th");
      head.scope = "row";
      head.textContent = name(row);
      tr.append(head);
      columns.forEach((column) => {
        const td = document.createElement("td");
        if (column.dataset.rate) {
          const rate = row.rates[column.dataset.rate];
          td.textContent = rate === null || rate === undefined ? "—" : Number(rate).toFixed(1);
        } else {
          td.append(count(row.figures[column.dataset.figure], row.links[column.dataset.figure]));
        }
        tr.append(td);
      });
      return tr;
    }),
  );
}

function count(value, href) {
  const anchor = document.createElement("a");
  anchor.className = "count";
  anchor.target = "_blank";
  anchor.rel = "noopener";
  anchor.textContent = numbers.format(value ?? 0);
  anchor.classList.toggle("zero", !value);
  setHref(anchor, href);
  return anchor;
}

/** The hot spots of the week, hottest first; the week's count links to its tickets. */
function hotspots(view) {
  const rule = document.getElementById("hotspots-rule");
  rule.textContent = Object.entries({
    from: view.from,
    to: view.to,
    beforeFrom: view.beforeFrom,
    beforeTo: view.beforeTo,
    factor: Number(view.factor).toFixed(1),
    min: view.minCount,
  }).reduce((textSoFar, [key, value]) => textSoFar.replace(`{${key}}`, value), rule.dataset.template);
  document.getElementById("hotspots-none").hidden = view.spots.length > 0;
  document.querySelector("#hotspots-table tbody").replaceChildren(
    ...view.spots.map((spot) => {
      const tr = document.createElement("tr");
      tr.dataset.code = `${spot.topic}.${spot.district}`;
      const cells = [
        names.topic[spot.topic] || spot.topic,
        names.district[spot.district] || spot.district,
        count(spot.received, spot.link),
        numbers.format(spot.fourWeeksBefore),
        Number(spot.weeklyMean).toFixed(1),
        spot.ratio === null ? text("new") : `${Number(spot.ratio).toFixed(1)} ×`,
      ];
      cells.forEach((cell, index) => {
        const td = document.createElement(index === 0 ? "th" : "td");
        if (index === 0) {
          td.scope = "row";
        }
        td.append(cell);
        tr.append(td);
      });
      return tr;
    }),
  );
}

// Drawn on the canvas: ECharts' HTML tooltips carry inline styles, which the page's
// Content-Security-Policy refuses.
const TOOLTIP = { trigger: "axis", renderMode: "richText" };

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init(document.getElementById(id));
    // A bar or a point of a count opens the tickets or cases behind it.
    charts[id].on("click", (clicked) => {
      const href = clicked.data && clicked.data.link;
      if (href) {
        window.open(href, "_blank", "noopener");
      }
    });
  }
  return charts[id];
}

function bars(id, breakdown, dimension, series) {
  const codes = breakdown.rows.map((row) => row.code);
  chart(id).setOption({
    tooltip: TOOLTIP,
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
    xAxis: {
      type: "category",
      data: codes.map((code) => names[dimension][code] || code),
      axisLabel: { interval: 0, rotate: codes.length > 6 ? 30 : 0 },
    },
    yAxis: { type: "value", minInterval: 1 },
    series: series.map((figure) => ({
      name: text(figure),
      type: "bar",
      data: breakdown.rows.map((row) => ({ value: row.figures[figure] ?? 0, link: row.links[figure] })),
    })),
  });
}

function trend(hotline, mediation) {
  const line = (name, points, figure) => ({
    name,
    type: "line",
    smooth: true,
    data: points.map((point) => ({ value: point.figures[figure] ?? 0, link: point.links[figure] })),
  });
  chart("chart-trend").setOption({
    tooltip: TOOLTIP,
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
    xAxis: { type: "category", data: hotline.points.map((point) => point.period) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      line(`${text("hotline")} · ${text("received")}`, hotline.points, "received"),
      line(`${text("hotline")} · ${text("completed")}`, hotline.points, "completed"),
      line(`${text("mediation")} · ${text("registered")}`, mediation.points, "registered"),
      line(`${text("mediation")} · ${text("successful")}`, mediation.points, "successful"),
    ],
  });
}

// ---- the period and district picker ----

function pickedPeriod() {
  const granularity = document.getElementById("granularity").value;
  const input = { YEAR: "period-year", MONTH: "period-month", DAY: "period-day" }[granularity];
  return document.getElementById(input).value;
}

function showPickerFor(granularity) {
  document.querySelectorAll("#picker [data-granularity]").forEach((label) => {
    label.hidden = label.dataset.granularity !== granularity;
  });
}

function apply() {
  const period = pickedPeriod();
  if (!period) {
    return;
  }
  state.period = period;
  state.district = document.getElementById("district").value;
  document.getElementById("period").value = period;
  const params = new URLSearchParams({ period });
  if (state.district) {
    params.set("district", state.district);
  }
  history.replaceState(null, "", `?${params}`);
  document.querySelectorAll("output[data-family]").forEach((output) => (output.textContent = "—"));
  connect();
  refreshChartsSoon();
}

const picker = document.getElementById("picker");
picker.addEventListener("submit", (event) => {
  event.preventDefault();
  apply();
});
document.getElementById("breakdown-by").addEventListener("change", () => refreshChartsSoon());
picker.addEventListener("change", (event) => {
  if (event.target.id === "granularity") {
    showPickerFor(event.target.value);
  }
  apply();
});
window.addEventListener("resize", () => Object.values(charts).forEach((each) => each.resize()));

showPickerFor(document.getElementById("granularity").value);
connect();
refreshChartsSoon();
