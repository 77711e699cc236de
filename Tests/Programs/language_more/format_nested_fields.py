print('{:>{w}}|'.format('x', w=5))
print('{0:>{1}}|'.format('x', 5))
print('{:{}}|'.format('x', 5))
print('{:>{}}|'.format('x', 5))
print('{:{}{}}|'.format('x', '>', 5))
print('{:.{}f}|'.format(3.14159, 2))
print(f"{'x':>{5}}|")
print('{0:{1}}|{2:>{3}}|'.format('a', 3, 'b', 4))
for t in ['{:{:{}}}', '{:{}}{}', '{0:{}}']:
    try:
        print(t.format('x', 3, 'y', 2))
    except Exception as e:
        print(type(e).__name__, e)
