// One order, watched until its checkout is over: the page asks the shop again every second while checkout runs.
import { announce, callApi, element, guarded, money, placedOrder, ProblemError, when } from "./api.js";
import { showSession } from "./session.js";

/** Statuses of a running checkout; what follows (packing, shipping) takes hours, and shows when the page is opened again. */
const checkoutStatuses = ["Pending", "AwaitingPayment"];

/** What the customer reads about the parcel, by the shipment's status. */
const parcelStates = {
  Waiting: () => "being prepared",
  Packed: () => "packed, waiting for the carrier",
  Shipped: shipment => `shipped with ${shipment.carrier}, tracking number ${shipment.trackingNumber}`,
  Returned: () => "came back to us",
  Cancelled: () => "stopped before it left",
};
const pollEvery = 1000;
const newestOrders = 5;

/** Past this, an order still missing from the newest is asked for by id, which says "not found" if it never came. */
const placingAtMost = 60_000;
const openedAt = Date.now();

const orderId = location.pathname.split("/").pop();
const status = document.getElementById("order-status");
const reason = document.getElementById("order-reason");
const note = document.getElementById("order-note");
const lines = document.getElementById("order-lines");
let timer = null;

function show(order) {
  if (status.textContent !== order.status) {
    // The status element is a live region: assistive technology reads each new status out.
    status.textContent = order.status;
    status.className = `status status-${order.status.toLowerCase()}`;
  }
  reason.hidden = !order.cancellationReason;
  reason.textContent = order.cancellationReason ? `Why: ${order.cancellationReason}` : "";
  document.getElementById("order-id").textContent = order.id;
  document.getElementById("order-placed").textContent = when(order.placedAt);
  const address = order.shippingAddress;
  document.getElementById("order-address").textContent = address
    ? [address.recipient, address.line1, address.line2, `${address.postalCode} ${address.city}`, address.countryCode].filter(Boolean).join(", ")
    : "no address given";
  const shipment = order.shipment;
  document.getElementById("order-parcel").textContent = shipment ? parcelStates[shipment.status]?.(shipment) ?? shipment.status : "not yet asked for";
  lines.hidden = false;
  lines.tBodies[0].replaceChildren(...order.lines.map(line => {
    const row = element("tr");
    row.append(
      element("td", line.name),
      element("td", money(line.unitPrice, order.currency), "amount"),
      element("td", line.quantity, "amount"),
      element("td", money(line.lineTotal, order.currency), "amount"));
    return row;
  }));
  document.getElementById("order-total").textContent = money(order.total, order.currency);
  note.textContent = checkoutStatuses.includes(order.status) ? "Checkout is under way; this page follows it." : "";
}

/** The order, or null while the order this tab has just placed is not written yet. */
async function read() {
  if (placedOrder.is(orderId) && Date.now() - openedAt > placingAtMost) {
    placedOrder.forget();
  }
  if (!placedOrder.is(orderId)) {
    return callApi(`/api/orders/${orderId}`);
  }
  const newest = await callApi(`/api/orders?pageSize=${newestOrders}`);
  const order = newest.items.find(candidate => candidate.id === orderId) ?? null;
  if (order) {
    placedOrder.forget();
  }
  return order;
}

async function watch() {
  clearTimeout(timer);
  try {
    const order = await read();
    if (!order) {
      status.textContent = "Placing";
      note.textContent = "Your order is on its way to Ordering; this page follows it.";
      timer = setTimeout(watch, pollEvery);
      return;
    }
    show(order);
    if (!checkoutStatuses.includes(order.status)) {
      return;
    }
  } catch (error) {
    if (error instanceof ProblemError && [401, 403, 404].includes(error.status)) {
      status.textContent = error.status === 404 ? "not found" : "sign in to see it";
      note.textContent = error.status === 404 ? "There is no such order among yours." : "Only the shopper who placed an order can see it.";
      return;
    }
    announce(`The shop did not answer (${error.message}); trying again.`);
  }
  timer = setTimeout(watch, pollEvery);
}

await guarded(async () => {
  await showSession(watch);
  await watch();
})();
