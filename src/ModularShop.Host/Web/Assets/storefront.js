// The storefront: the catalog to browse and search, the shopper's cart, checkout and the shopper's recent orders.
import { announce, callApi, cellWith, element, guarded, money, placedOrder, ProblemError, session, when } from "./api.js";
import { showSession } from "./session.js";

const catalogPageSize = 20;
const recentOrders = 5;

const products = document.getElementById("products");
const catalogNote = document.getElementById("catalog-note");
const cartNote = document.getElementById("cart-note");
const cartLines = document.getElementById("cart-lines");
const checkout = document.getElementById("checkout");
const orders = document.getElementById("orders");

async function showCatalog(search) {
  const query = new URLSearchParams({ pageSize: String(catalogPageSize) });
  if (search) {
    query.set("search", search);
  }
  const page = await callApi(`/api/catalog/products?${query}`);
  products.replaceChildren(...page.items.map(productCard));
  catalogNote.textContent = page.total === 0
    ? (search ? `Nothing in the catalog matches “${search}”.` : "The catalog is empty.")
    : `${page.total} product${page.total === 1 ? "" : "s"}${search ? ` matching “${search}”` : ""}${page.total > page.items.length ? `, the first ${page.items.length} shown` : ""}.`;
}

function productCard(product) {
  const card = element("li", undefined, "product");
  const titleId = `product-${product.id}`;
  const title = element("h3", product.name);
  title.id = titleId;
  const form = element("form", undefined, "add");
  const label = element("label", "Quantity");
  const quantity = element("input");
  Object.assign(quantity, { id: `quantity-${product.id}`, type: "number", min: 1, max: 99, value: 1, required: true, name: "quantity" });
  label.htmlFor = quantity.id;
  quantity.setAttribute("aria-describedby", titleId);
  const add = element("button", "Add to cart");
  add.type = "submit";
  add.setAttribute("aria-describedby", titleId);
  form.append(label, quantity, add);
  form.addEventListener("submit", guarded(async event => {
    event.preventDefault();
    if (!session.token) {
      announce("Sign in first: a cart belongs to a shopper.");
      document.getElementById("sign-in-name")?.focus();
      document.getElementById("sign-in-token")?.focus();
      return;
    }
    const count = quantity.valueAsNumber;
    await callApi("/api/cart/items", { method: "POST", body: { productId: product.id, quantity: count } });
    await showCart();
    announce(`Added ${count} × ${product.name} to your cart.`);
  }));
  card.append(title, element("p", product.description, "description"), element("p", money(product.price, product.currency), "price"), form);
  return card;
}

async function showCart() {
  if (!session.token) {
    cartNote.textContent = "Sign in to fill a cart.";
    cartNote.hidden = false;
    cartLines.hidden = checkout.hidden = orders.hidden = true;
    return;
  }
  let cart;
  try {
    cart = await callApi("/api/cart");
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) {
      session.signOut();
      await showSession(refreshAll);
      announce("Your sign-in has expired; sign in again.");
      return showCart();
    }
    throw error;
  }
  const empty = cart.lines.length === 0;
  cartNote.textContent = empty ? "Your cart is empty." : `${cart.itemCount} item${cart.itemCount === 1 ? "" : "s"}`;
  cartLines.hidden = checkout.hidden = empty;
  cartLines.tBodies[0].replaceChildren(...cart.lines.map(line => cartRow(line, cart.currency)));
  document.getElementById("cart-total").textContent = empty ? "" : money(cart.total, cart.currency);
  await showOrders();
}

function cartRow(line, currency) {
  const row = element("tr");
  const quantity = element("input");
  Object.assign(quantity, { type: "number", min: 0, max: 99, value: line.quantity, name: "quantity" });
  quantity.setAttribute("aria-label", `Quantity of ${line.name}`);
  quantity.addEventListener("change", guarded(async () => {
    const count = quantity.valueAsNumber;
    if (count === 0) {
      await callApi(`/api/cart/items/${line.productId}`, { method: "DELETE" });
    } else {
      await callApi(`/api/cart/items/${line.productId}`, { method: "PUT", body: { quantity: count } });
    }
    await showCart();
    announce(count === 0 ? `Removed ${line.name} from your cart.` : `${line.name}: ${count} in your cart.`);
  }));
  const remove = element("button", "Remove");
  remove.type = "button";
  remove.setAttribute("aria-label", `Remove ${line.name}`);
  remove.addEventListener("click", guarded(async () => {
    await callApi(`/api/cart/items/${line.productId}`, { method: "DELETE" });
    await showCart();
    announce(`Removed ${line.name} from your cart.`);
  }));
  row.append(element("td", line.name), cellWith(quantity), element("td", money(line.lineTotal, currency), "amount"), cellWith(remove));
  return row;
}

async function showOrders() {
  const page = await callApi(`/api/orders?pageSize=${recentOrders}`);
  orders.hidden = page.items.length === 0;
  orders.querySelector("ul").replaceChildren(...page.items.map(order => {
    const item = element("li");
    const link = element("a", `${when(order.placedAt)} · ${money(order.total, order.currency)}`);
    link.href = `/orders/${order.id}`;
    item.append(link, element("span", ` ${order.status}`, `status status-${order.status.toLowerCase()}`));
    return item;
  }));
}

checkout.addEventListener("submit", guarded(async event => {
  event.preventDefault();
  const fields = new FormData(checkout);
  const text = name => String(fields.get(name) ?? "").trim();
  const accepted = await callApi("/api/cart/checkout", {
    method: "POST",
    body: {
      paymentToken: text("paymentToken"),
      shippingAddress: {
        recipient: text("recipient"),
        line1: text("line1"),
        postalCode: text("postalCode"),
        city: text("city"),
        countryCode: text("countryCode").toUpperCase(),
      },
    },
  });
  placedOrder.remember(accepted.orderId);
  location.assign(`/orders/${accepted.orderId}`);
}));

document.getElementById("search").addEventListener("submit", guarded(async event => {
  event.preventDefault();
  await showCatalog(document.getElementById("search-text").value.trim());
}));

async function refreshAll() {
  await showCart();
}

await guarded(async () => {
  await showSession(refreshAll);
  await Promise.all([showCatalog(""), showCart()]);
})();
