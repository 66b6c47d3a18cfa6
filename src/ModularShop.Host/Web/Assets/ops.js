// The operations console: where each module runs, what waits in its stores, the messages that failed (to replay or
// discard), and the recent orders by status. Every figure comes from the operations API and refreshes by itself.
import { announce, callApi, cellWith, element, guarded, money, ProblemError, session, when } from "./api.js";
import { showSession } from "./session.js";

const refreshEvery = 5000;
const failedPerModule = 25;
const recentOrders = 10;
const stores = ["inbox", "scheduled", "outbox"];

const note = document.getElementById("console-note");
const consoleView = document.getElementById("console");
let timer = null;

async function refresh() {
  clearTimeout(timer);
  if (!session.token) {
    consoleView.hidden = true;
    note.hidden = false;
    note.textContent = "Sign in as an administrator to see the shop's modules.";
    return;
  }
  try {
    const placement = await callApi("/api/operations/placement");
    const modules = await Promise.all(placement.modules.map(readModule));
    showModules(placement, modules);
    showFailed(modules);
    await showRecentOrders();
    note.hidden = true;
    consoleView.hidden = false;
    document.getElementById("refreshed-at").textContent = new Date().toLocaleTimeString();
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) {
      consoleView.hidden = true;
      note.hidden = false;
      note.textContent = error.status === 403
        ? `Refused: the console is for administrators, and ${session.holder?.name ?? "this token"} is not one.`
        : "Refused: sign in again, your sign-in is not valid (any more).";
      return;
    }
    announce(`The console could not refresh (${error.message}); trying again.`);
  }
  if (!document.hidden) {
    timer = setTimeout(refresh, refreshEvery);
  }
}

/** One module's stores and failed messages; a module elsewhere whose instances do not answer shows as unreachable. */
async function readModule(module) {
  try {
    const [waiting, failed] = await Promise.all([
      callApi(`/api/operations/${module.key}/waiting`),
      callApi(`/api/operations/${module.key}/dead-letters?pageSize=${failedPerModule}`),
    ]);
    return { module, waiting: waiting.stores, failed };
  } catch (error) {
    if (error instanceof ProblemError && error.status >= 500) {
      return { module, unreachable: error.message };
    }
    throw error;
  }
}

function showModules(placement, modules) {
  document.getElementById("served-by").textContent = `Answered by ${placement.service}`;
  document.querySelector("#modules tbody").replaceChildren(...modules.map(({ module, waiting, failed, unreachable }) => {
    const row = element("tr");
    row.dataset.module = module.key;
    row.append(element("th", module.name), runsCell(module));
    if (unreachable) {
      const cell = element("td", `unreachable: ${unreachable}`, "problem");
      cell.colSpan = 5;
      row.append(cell);
      return row;
    }
    for (const store of stores) {
      row.append(element("td", waiting.find(row => row.store === store)?.count ?? 0, "amount"));
    }
    const oldest = Math.max(0, ...waiting.map(store => store.oldestAgeSeconds));
    row.append(element("td", oldest > 0 ? age(oldest) : "none", "amount"), element("td", failed.total, failed.total > 0 ? "amount problem" : "amount"));
    row.firstChild.scope = "row";
    return row;
  }));
}

function runsCell(module) {
  const cell = element("td");
  if (module.runs === "this-process") {
    cell.textContent = "in this process";
    return cell;
  }
  const count = module.instances.length;
  cell.append(element("span", `elsewhere: ${count} instance${count === 1 ? "" : "s"}, ${module.instancesTakingCalls} taking calls`));
  const list = element("ul", undefined, "instances");
  list.append(...module.instances.map(instance => element("li", `${instance.address} ${instance.health}`)));
  cell.append(list);
  return cell;
}

function age(seconds) {
  return seconds < 90 ? `${Math.round(seconds)} s` : seconds < 5400 ? `${Math.round(seconds / 60)} min` : `${Math.round(seconds / 3600)} h`;
}

function showFailed(modules) {
  const letters = modules.flatMap(({ failed }) => failed?.items ?? []);
  const table = document.getElementById("failed");
  table.hidden = letters.length === 0;
  document.getElementById("failed-note").textContent = letters.length === 0 ? "No message has failed." : "";
  table.tBodies[0].replaceChildren(...letters.map(letter => {
    const row = element("tr");
    row.dataset.id = letter.id;
    const error = element("td");
    error.append(element("code", letter.exceptionType), element("span", ` ${letter.exceptionMessage}`));
    const actions = element("div", undefined, "actions");
    actions.append(
      action("Replay", `Replay ${letter.messageType} of ${letter.module}`, "POST", `/api/operations/${letter.module}/dead-letters/${letter.id}/replay`, `Sent ${letter.messageType} back to ${letter.module}.`),
      action("Discard", `Discard ${letter.messageType} of ${letter.module}`, "DELETE", `/api/operations/${letter.module}/dead-letters/${letter.id}`, `Discarded ${letter.messageType} of ${letter.module} for good.`));
    row.append(element("td", letter.module), element("td", letter.messageType), error, element("td", letter.attempts, "amount"), element("td", when(letter.failedAt)), cellWith(actions));
    return row;
  }));
}

function action(text, label, method, path, done) {
  const button = element("button", text);
  button.type = "button";
  button.setAttribute("aria-label", label);
  button.addEventListener("click", guarded(async () => {
    button.disabled = true;
    await callApi(path, { method });
    announce(done);
    await refresh();
  }));
  return button;
}

async function showRecentOrders() {
  const recent = await callApi(`/api/orders/recent?limit=${recentOrders}`);
  document.getElementById("recent-counts").textContent =
    `Of the ${recent.counted} latest order${recent.counted === 1 ? "" : "s"}: ` + recent.byStatus.map(count => `${count.count} ${count.status}`).join(", ") + ".";
  document.querySelector("#recent tbody").replaceChildren(...recent.orders.map(order => {
    const row = element("tr");
    row.append(
      element("td", order.id),
      element("td", order.customerId),
      element("td", order.status, `status status-${order.status.toLowerCase()}`),
      element("td", money(order.total, order.currency), "amount"),
      element("td", when(order.placedAt)));
    return row;
  }));
}

document.addEventListener("visibilitychange", () => {
  if (!document.hidden) {
    refresh();
  }
});

await guarded(async () => {
  await showSession(refresh);
  await refresh();
})();
