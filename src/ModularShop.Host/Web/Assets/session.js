// The sign-in box in each page's header. In Development the shop issues a token for any name (its development
// tokens); anywhere else the visitor pastes a bearer token from the shop's identity provider.
import { callApi, element, guarded, session } from "./api.js";

export async function showSession(onChange) {
  const box = document.getElementById("session");
  const holder = session.holder;
  box.replaceChildren();
  if (holder) {
    box.append(element("span", `Signed in as ${holder.name}${holder.isAdmin ? " (admin)" : ""}`, "who"));
    const signOut = element("button", "Sign out");
    signOut.type = "button";
    signOut.addEventListener("click", () => {
      session.signOut();
      showSession(onChange);
      onChange();
    });
    box.append(signOut);
    return;
  }

  const options = await callApi("/sign-in/options");
  box.append(options.developmentTokens ? developmentForm(box, onChange) : tokenForm(box, onChange));
}

function developmentForm(box, onChange) {
  const form = element("form", undefined, "sign-in");
  const label = element("label", "Your name");
  label.htmlFor = "sign-in-name";
  const name = element("input");
  Object.assign(name, { id: "sign-in-name", name: "subject", required: true, maxLength: 200, autocomplete: "username" });
  form.append(label, name);
  let admin = null;
  if (box.dataset.offerAdmin === "true") {
    admin = element("input");
    Object.assign(admin, { id: "sign-in-admin", type: "checkbox", name: "admin" });
    const adminLabel = element("label", "as an administrator");
    adminLabel.htmlFor = "sign-in-admin";
    form.append(admin, adminLabel);
  }
  const submit = element("button", "Sign in");
  submit.type = "submit";
  form.append(submit, element("span", "development tokens", "hint"));
  form.addEventListener("submit", guarded(async event => {
    event.preventDefault();
    const roles = admin?.checked ? ["admin"] : [];
    const answer = await callApi("/dev/token", { method: "POST", body: { subject: name.value.trim(), roles } });
    session.signIn(answer.token);
    await showSession(onChange);
    onChange();
  }));
  return form;
}

function tokenForm(box, onChange) {
  const form = element("form", undefined, "sign-in");
  const label = element("label", "Bearer token");
  label.htmlFor = "sign-in-token";
  const token = element("input");
  Object.assign(token, { id: "sign-in-token", type: "password", name: "token", required: true, autocomplete: "off" });
  const submit = element("button", "Sign in");
  submit.type = "submit";
  form.append(label, token, submit, element("span", "from your identity provider", "hint"));
  form.addEventListener("submit", guarded(async event => {
    event.preventDefault();
    session.signIn(token.value);
    await showSession(onChange);
    onChange();
  }));
  return form;
}
