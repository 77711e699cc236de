"""Workers in a thread pool report results as JSON; the collector parses, validates and summarises them."""
import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, asdict
from enum import Enum


class Status(Enum):
    OK = "ok"
    FAILED = "failed"


@dataclass
class Job:
    ident: int
    name: str
    weight: float


class JobEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Status):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def run(job):
    total = sum(i * job.weight for i in range(job.ident + 1))
    status = Status.OK if job.ident % 3 else Status.FAILED
    result = {"job": asdict(job), "total": total, "status": status, "tags": {"b", "a"},
              "big": 2 ** 70 + job.ident, "ratio": job.ident / 7}
    return json.dumps(result, cls=JobEncoder)


jobs = [Job(i, f"job-{i}", w) for i, w in enumerate([0.1, 1.5, 2.25, 1e-7, 3e20, 0.3])]
with ThreadPoolExecutor(max_workers=3) as pool:
    lines = list(pool.map(run, jobs))

for line in lines:
    print(line)

parsed = [json.loads(line) for line in lines]
assert all(json.loads(json.dumps(p)) == p for p in parsed)
failed = [p["job"]["name"] for p in parsed if p["status"] == "failed"]
print("failed:", failed)
print("big:", parsed[-1]["big"], type(parsed[-1]["big"]).__name__)

report = {"count": len(parsed), "failed": failed, "totals": [p["total"] for p in parsed],
          "unicode": "café ☕ 😀", "nested": {"z": [], "a": {}, "m": [1, [2, [3, None, True, False]]]}}
print(json.dumps(report, indent=2, sort_keys=True))
print(json.dumps(report, indent="\t", ensure_ascii=False))
print(json.dumps(report["nested"], separators=(",", ":")))
print(json.dumps({1: "one", 2.5: "x", None: 0, True: 1, (1, 2): "skip"}, skipkeys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan"), -0.0, 1e16, 123456789.123456789, 1 / 3]))
print(json.dumps("tab\there \"quoted\" back\\slash \x01 \x7f"))
print(json.dumps(Status.OK, default=lambda s: s.name))

for bad in ["", "   ", "[1, 2", "{'single': 1}", '{"a" 1}', '{"a": 1,}', "[1,]", "[1 2]", '"open',
            '"bad \\x escape"', '"\\u12x4"', "nul", "1 2", '{"a": 1}\n{"b": 2}', "[\n  1,\n  ?\n]", "-", "01"]:
    try:
        value = json.loads(bad)
        print("parsed", repr(bad), "->", value)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e} | {e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")

for obj in [{"self": None}, object(), float("nan")]:
    try:
        if isinstance(obj, dict):
            obj["self"] = obj
        print(json.dumps(obj, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

decoded = json.loads('{"a": 1, "a": 2, "x": [1.5e3, -0, 1E-2, "\\ud83d\\ude00\\n\\u00e9"]}')
print(decoded, ascii(decoded["x"][3]))
print(json.loads('{"p": 1, "q": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"p": {"q": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.10, 7]", parse_float=str, parse_int=lambda s: int(s) * 2))
print(json.loads(b'[NaN, Infinity, -Infinity]'))
try:
    json.loads(42)
except TypeError as e:
    print("TypeError", e)
json.loads("{")
