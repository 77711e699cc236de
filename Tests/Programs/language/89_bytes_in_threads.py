import threading
from concurrent.futures import ThreadPoolExecutor

print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, byteorder='little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2], 'little'))
print((2**70).to_bytes(10, 'big'), int.from_bytes(b'\x01' + bytes(9), 'big'), (5).to_bytes())
for bad in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle')):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)


def checksum(chunk: bytes) -> int:
    total = 0
    for byte in chunk:
        total = (total * 31 + byte) % 65521
    return total


payload = ("".join(chr(65 + i % 26) for i in range(4000))).encode()
chunks = [payload[i:i + 1000] for i in range(0, len(payload), 1000)]
with ThreadPoolExecutor(max_workers=2) as pool:
    sums = list(pool.map(checksum, chunks))
print(sums)
buffer = bytearray()
lock = threading.Lock()


def writer(tag: bytes) -> None:
    for _ in range(3):
        with lock:
            buffer.extend(tag)


threads = [threading.Thread(target=writer, args=(t,)) for t in (b'a', b'b')]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(buffer), len(buffer), bytes(sorted(buffer)).decode())
