"""Benchmark: the events endpoint (first page, filtered) under concurrent clients.

    .venv/bin/python bench/api.py                      # 100k events, 20 clients, 30 s
    .venv/bin/python bench/api.py --events 10000 --seconds 5 --workers 2

Builds (once, cached next to --db) a SQLite store of synthetic events spread over two years, six
governorates and all event types; starts ``uvicorn`` in a separate process with an API token user;
then runs N asyncio clients (httpx) requesting ``/api/v1/events?type=...&area=...&from=...`` for the
given time. Prints requests, throughput, latency percentiles, errors, and the machine's load (the
client and server share the machine, so the figures are pessimistic). Target: p95 < 100 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx

from marsad.model import Event, EventDate, Place
from marsad.store import EventFilter, Store
from marsad.store.users import add_user, create_token, list_users
from marsad.vocab import Certainty, EventType, TimePrecision

GOVERNORATES = [("Al-Hasakah", 36.5, 40.7), ("Deir ez-Zor", 35.3, 40.1), ("Ar-Raqqah", 35.9, 39.0),
                ("Aleppo", 36.2, 37.1), ("Idlib", 35.9, 36.6), ("Homs", 34.7, 36.7)]  # fmt: skip
QUERY = {"type": "armed_attack", "area": "Hasakah", "from": "2024-01-01", "limit": "50"}


def build_store(path: Path, n: int) -> None:
    rng = random.Random(7)
    types = list(EventType)
    day0 = date(2023, 1, 1)
    with Store.open(str(path)) as store:
        batch: list[Event] = []
        for i in range(n):
            gov, lat, lon = rng.choice(GOVERNORATES)
            day = day0 + timedelta(days=rng.randrange(730))
            place = Place(id=f"bench:{i % 500}", name=f"Village {i % 500}",
                          latitude=lat + rng.uniform(-.3, .3),
                          longitude=lon + rng.uniform(-.3, .3), country_code="SY", admin1=gov,
                          admin2=f"{gov} District")  # fmt: skip
            batch.append(Event(
                id=f"evt_bench{i:07d}", event_type=rng.choice(types), certainty=Certainty.ASSERTED,
                report_ids=(),
                date=EventDate(start=day, end=day, precision=TimePrecision.DAY), place=place,
                place_text=place.name, perpetrator=rng.choice(["Group A", "Group B", "Unknown"]),
                target=rng.choice(["civilians", "soldiers", ""]), summary="synthetic benchmark event",
            ))  # fmt: skip
            if len(batch) == 5000:
                store.save_events(batch)
                batch = []
        store.save_events(batch)


def prepare(db: Path, n: int) -> str:
    if db.exists():
        with Store.open(str(db)) as store:
            if store.count_events(EventFilter(include_rejected=True)) != n:
                db.unlink()
    if not db.exists():
        t0 = time.perf_counter()
        build_store(db, n)
        print(f"built a store of {n} events in {time.perf_counter() - t0:.1f} s: {db}")
    with Store.open(str(db)) as store:
        if "bench" not in {u.name for u in list_users(store)}:
            add_user(store, "bench", "bench password 123", "viewer")
        return create_token(store, "bench", "bench")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def raw_loop(
    port: int, targets: list[bytes], stop: float, latencies: list[float], errors: list[str]
) -> None:
    """One keep-alive HTTP/1.1 connection with a minimal client (a fraction of httpx's CPU cost, which
    matters when client and server share a small machine)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    rng = random.Random(id(latencies) ^ id(reader))
    try:
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            writer.write(rng.choice(targets))
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12]
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            if status != b"200":
                errors.append(f"HTTP {status.decode()}")
    except (OSError, asyncio.IncompleteReadError) as exc:
        errors.append(type(exc).__name__)
    finally:
        writer.close()


async def httpx_loop(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    stop: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    while time.perf_counter() < stop:
        t0 = time.perf_counter()
        try:
            r = await client.get(url, params=QUERY, headers=headers)
            if r.status_code != 200:
                errors.append(f"HTTP {r.status_code}")
        except httpx.HTTPError as exc:
            errors.append(type(exc).__name__)
        latencies.append(time.perf_counter() - t0)


async def run(
    port: int, token: str, clients: int, seconds: float, kind: str, vary: bool
) -> tuple[list[float], list[str], float]:
    headers = {"Authorization": f"Bearer {token}"}
    url = f"http://127.0.0.1:{port}/api/v1/events"
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for _ in range(20):  # warm up
            await client.get(url, params=QUERY, headers=headers)
        t0 = time.perf_counter()
        stop = t0 + seconds
        if kind == "raw":
            # --vary: 365 different start dates, so listing totals mostly miss the 2 s count cache
            days = [date(2024, 1, 1) + timedelta(days=i) for i in range(365 if vary else 1)]
            targets = [
                (
                    f"GET /api/v1/events?{urlencode({**QUERY, 'from': d.isoformat()})} HTTP/1.1\r\n"
                    f"Host: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nAccept: application/json\r\n\r\n"
                ).encode()
                for d in days
            ]
            loops = [raw_loop(port, targets, stop, latencies, errors) for _ in range(clients)]
        else:
            loops = [httpx_loop(client, url, headers, stop, latencies, errors) for _ in range(clients)]
        await asyncio.gather(*loops)
        return latencies, errors, time.perf_counter() - t0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument(
        "--client",
        choices=("raw", "httpx"),
        default="raw",
        help="raw: a minimal keep-alive HTTP/1.1 client (light on CPU); httpx: httpx.AsyncClient",
    )
    ap.add_argument("--vary", action="store_true", help="raw client: vary the start date per request")
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "marsad-bench-api.db")
    args = ap.parse_args()

    token = prepare(args.db, args.events)
    port = free_port()
    env = {**os.environ, "MARSAD_DATABASE": str(args.db)}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "marsad.api.serving:app_from_environment", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers), "--log-level", "warning",
         "--no-access-log"], env=env)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/api/openapi.json", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        matching = httpx.get(
            f"{base}/api/v1/events", params=QUERY, headers={"Authorization": f"Bearer {token}"}
        ).json()["total"]
        load_before = os.getloadavg()
        latencies, errors, elapsed = asyncio.run(
            run(port, token, args.clients, args.seconds, args.client, args.vary)
        )
        load_after = os.getloadavg()
    finally:
        server.terminate()
        server.wait(timeout=20)
    ms = [x * 1000 for x in latencies]
    p95 = percentile(ms, 0.95)
    fast = [m for m in ("uvloop", "httptools") if importlib.util.find_spec(m) is not None]
    print(f"uvicorn speedups installed: {', '.join(fast) or 'none (pip install uvloop httptools)'}")
    print(f"store: {args.events} events ({args.db}); query {QUERY} matches {matching}")
    print(
        f"server: uvicorn, {args.workers} worker(s); clients: {args.clients} ({args.client}, asyncio"
        f"{', varied dates' if args.vary else ''}) "
        f"for {elapsed:.1f} s; "
        f"machine: {os.cpu_count()} CPUs, load {load_before[0]:.2f} before, {load_after[0]:.2f} after"
    )
    print(
        f"requests {len(ms)}  throughput {len(ms) / elapsed:.0f}/s  errors {len(errors)}"
        + (f" ({sorted(set(errors))[:5]})" if errors else "")
    )
    print(
        f"latency ms: p50 {statistics.median(ms):.1f}  p95 {p95:.1f}  p99 {percentile(ms, 0.99):.1f}  "
        f"max {max(ms):.1f}"
    )
    ok = p95 < 100 and not errors
    print("target p95 < 100 ms with zero errors:", "MET" if ok else "NOT MET")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
