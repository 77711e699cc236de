# Benchmark (issue 21): float arithmetic on lists, an n-body step; user CPU measured by hand, not a test.
import math
def step(bodies, dt):
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            o = bodies[j]
            dx = b[0] - o[0]
            dy = b[1] - o[1]
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 * math.sqrt(d2))
            b[2] -= dx * o[4] * mag
            b[3] -= dy * o[4] * mag
            o[2] += dx * b[4] * mag
            o[3] += dy * b[4] * mag
    for b in bodies:
        b[0] += dt * b[2]
        b[1] += dt * b[3]
bodies = [[float(i), float(i * 2 % 7), 0.0, 0.0, 1.0 + i / 10] for i in range(8)]
for _ in range(20000):
    step(bodies, 0.001)
print(round(sum(b[0] for b in bodies), 6))
