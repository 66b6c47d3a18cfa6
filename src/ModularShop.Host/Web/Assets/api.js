// The shop's API as its pages call it: JSON both ways, the visitor's bearer token in the Authorization header and
// never in a URL, and every refusal turned into an error that carries the ProblemDetails the shop answered.

const tokenKey = "modularshop.token";
const placedKey = "modularshop.placed-order";

/** The visitor's token, kept for this tab only: it goes when the tab closes, and no other site can send it. */
export const session = {
  get token() {
    return sessionStorage.getItem(tokenKey);
  },
  signIn(token) {
    sessionStorage.setItem(tokenKey, token.trim());
  },
  signOut() {
    sessionStorage.removeItem(tokenKey);
  },
  /** What the token says about its holder, read for display only: the shop checks the token on every call. */
  get holder() {
    const token = this.token;
    if (!token) {
      return null;
    }
    try {
      const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), c => c.charCodeAt(0))));
      const roles = [].concat(claims.role ?? []);
      return { name: String(claims.sub ?? "someone"), isAdmin: roles.includes("admin") };
    } catch {
      return { name: "the holder of this token", isAdmin: false };
    }
  },
};

/**
 * The order this tab has just checked out. Checkout answers before Ordering has written the order, so its page looks
 * for it among the shopper's newest orders, which answer at once, rather than asking for it by id and being told
 * "not found" until it exists.
 */
export const placedOrder = {
  remember(orderId) {
    sessionStorage.setItem(placedKey, orderId);
  },
  is(orderId) {
    return sessionStorage.getItem(placedKey) === orderId;
  },
  forget() {
    sessionStorage.removeItem(placedKey);
  },
};

export class ProblemError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

function describe(status, problem) {
  if (!problem || typeof problem !== "object") {
    return `The shop answered ${status}.`;
  }
  const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${[].concat(messages).join(", ")}`);
  return [problem.title, problem.detail, ...fields].filter(Boolean).join(" ");
}

/** Calls the shop; answers the JSON body (null when there is none) or throws a ProblemError. */
export async function callApi(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  const token = session.token;
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
    credentials: "omit",
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ProblemError(response.status, data);
  }
  return data;
}

/** Money as the shopper's browser writes it, in the order's own currency. */
export function money(amount, currency) {
  return new Intl.NumberFormat(undefined, { style: "currency", currency: currency || "EUR" }).format(amount);
}

/** A moment as the browser's locale writes it. */
export function when(instant) {
  return instant ? new Date(instant).toLocaleString() : "";
}

/** An element with text content only: whatever the shop answers is shown as text, never read as HTML. */
export function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

/** A table cell holding a control. */
export function cellWith(content) {
  const cell = document.createElement("td");
  cell.append(content);
  return cell;
}

/** Says something to screen readers (and shows it) through the page's live region. */
export function announce(message) {
  const region = document.getElementById("announcer");
  if (region) {
    region.textContent = message;
  }
}

/** An event handler that tells the visitor, instead of the console, when the shop refused what it did. */
export function guarded(handler) {
  return async event => {
    try {
      await handler(event);
    } catch (error) {
      announce(error instanceof ProblemError ? error.message : `Something went wrong: ${error.message}`);
    }
  };
}
