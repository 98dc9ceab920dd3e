import { init, track } from "@team/analytics";

init({ project: "web" });
track("checkout_started", { cart_value: 4590, items: 3 });
