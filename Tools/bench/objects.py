# Benchmark (issue 21): instances, methods, attribute reads and writes, a property, super().__init__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def scale(self, k):
        self.x *= k
        self.y *= k
        return self
    def norm2(self):
        return self.x * self.x + self.y * self.y

class Particle(Vec):
    count = 0
    def __init__(self, x, y, m):
        super().__init__(x, y)
        self.m = m
        Particle.count += 1
    @property
    def weight(self):
        return self.m * 9.81

total = 0.0
ps = [Particle(i * 0.5, i * 0.25, 1 + i % 3) for i in range(100)]
for it in range(3000):
    acc = Vec(0.0, 0.0)
    for p in ps:
        acc = acc.add(p)
        p.scale(0.9999)
        total += p.norm2() * 1e-6 + p.weight * 1e-9
print(round(total, 6), Particle.count, round(acc.x, 6))
