"""A dispatcher gives every job a random UUID (seeded for a reproducible run) and tracks them by id."""
import random
import uuid
from concurrent.futures import ThreadPoolExecutor

random.seed(2024)

jobs = {uuid.uuid4(): name for name in ["resize", "upload", "notify"]}
for job_id, name in jobs.items():
    print(name, job_id, job_id.version, job_id.variant)


def run(item):
    job_id, name = item
    return f"{name}:{job_id.hex[:8]}"


with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(run, sorted(jobs.items()))))

first = next(iter(jobs))
print(repr(first), first.urn, first.int % 1000, len(first.hex))
again = uuid.UUID(str(first))
print(again == first, hash(again) == hash(first), again in jobs, uuid.UUID("{" + first.hex + "}") == first)
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=5, version=4))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL.version, uuid.UUID("12345678123456781234567812345678").fields)
print(random.random(), sorted([uuid.uuid4(), uuid.uuid4()])[0].version)
for bad in ["not-a-uuid", "1234"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
for kwargs in [{}, {"int": 1 << 128}]:
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    first.int = 3
except TypeError as e:
    print("TypeError:", e)
