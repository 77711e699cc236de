# try/except* with ExceptionGroup: splitting groups, handlers that raise, TaskGroup failures.
import asyncio


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError(f"age must be an int, not {type(record.get('age')).__name__}"))
    if record.get("age", 0) and isinstance(record["age"], int) and record["age"] < 0:
        errors.append(ValueError("age must not be negative"))
    if errors:
        raise ExceptionGroup(f"invalid record {record}", errors)
    return record


for record in [{"name": "ann", "age": 30}, {"name": "", "age": "x"}, {"name": "bo", "age": -3}]:
    try:
        validate(record)
        print("valid", record)
    except* ValueError as eg:
        print("value problems:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type problems:", [str(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("batch", [KeyError("a"), ValueError("b"), ExceptionGroup("inner", [KeyError("c"), OSError("d")])])
    except* KeyError as eg:
        print("keys:", repr(eg))
except* OSError as eg:
    print("outer got:", repr(eg))
except* ValueError as eg:
    print("outer values:", repr(eg))

try:
    try:
        raise ExceptionGroup("job", [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print("re-raised whole:", repr(eg))

try:
    try:
        raise ExceptionGroup("job", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as eg:
    print("handler raised:", repr(eg))

try:
    raise KeyError("solo")
except* KeyError as eg:
    print("a naked exception arrives wrapped:", repr(eg))

try:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)


async def job(name, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail(f"{name} failed")
    print(f"{name} done")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 0.1))
            tg.create_task(job("b", 0.2, ValueError))
            tg.create_task(job("c", 0.2, KeyError))
            tg.create_task(job("d", 1.0))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [str(e) for e in eg.exceptions])
    print("time", asyncio.get_running_loop().time() >= 0.2)


asyncio.run(main())
