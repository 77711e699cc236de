"""threading.Timer: a reminder fires after its interval; one cancelled before its interval never runs."""
import threading
import time

fired = []


def remind(what, who="team"):
    fired.append((f"{time.monotonic():.2f}", what, who))


soon = threading.Timer(0.2, remind, args=["stand-up"])
later = threading.Timer(0.5, remind, args=["retro"], kwargs={"who": "everyone"})
print(soon.name, later.name, soon.interval, later.daemon)
soon.start()
later.start()
print(repr(later).split(",")[1].split()[0])
time.sleep(0.3)
later.cancel()
print("cancelled at", f"{time.monotonic():.2f}", "finished set:", later.finished.is_set())
soon.join()
later.join()
print(fired)
print("alive:", soon.is_alive(), later.is_alive(), f"{time.monotonic():.2f}")
never = threading.Timer(1.0, remind, args=["never"])
never.cancel()
never.start()
never.join()
print(fired[-1][1], f"{time.monotonic():.2f}")
