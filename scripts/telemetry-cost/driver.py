"""The parts of the telemetry cost run that wrk does not do: tokens, an OTLP sink, and timed checkouts."""
import http.server
import json
import statistics
import sys
import threading
import time
import urllib.request


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


def tokens(base, prefix, count, path):
    with open(path, "w") as out:
        for index in range(count):
            out.write(call(base, "POST", "/dev/token", {"subject": f"{prefix}-{index}"})["token"] + "\n")


def products(base, path):
    page = call(base, "GET", "/api/catalog/products?pageSize=100")
    with open(path, "w") as out:
        for item in page["items"]:
            out.write(item["id"] + "\n")


def checkouts(base, prefix, count, product):
    """Sequential checkouts; each is timed from the checkout call to the order's final state."""
    durations = []
    for index in range(count):
        token = call(base, "POST", "/dev/token", {"subject": f"{prefix}-checkout-{index}"})["token"]
        call(base, "POST", "/api/cart/items", {"productId": product, "quantity": 1}, token)
        started = time.perf_counter()
        order = call(base, "POST", "/api/cart/checkout", {"paymentToken": "tok_visa"}, token)["orderId"]
        while True:
            try:
                state = call(base, "GET", f"/api/orders/{order}", token=token)["status"]
            except urllib.error.HTTPError as error:
                if error.code != 404:
                    raise
                state = None
            if state in ("Confirmed", "Cancelled"):
                break
            time.sleep(0.005)
        durations.append((time.perf_counter() - started) * 1000)
    durations.sort()
    print(f"BENCH checkouts={count} p50_ms={statistics.median(durations):.1f} p90_ms={durations[int(len(durations) * 0.9) - 1]:.1f}")


class Sink(http.server.BaseHTTPRequestHandler):
    """Takes OTLP/HTTP exports and drops them, as a collector that keeps up would."""

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "sink":
        http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Sink).serve_forever()
    elif command == "tokens":
        tokens(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
    elif command == "products":
        products(sys.argv[2], sys.argv[3])
    elif command == "checkouts":
        checkouts(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
