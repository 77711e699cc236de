# Uncaught raise ValueError('x') from KeyError('y') with a freshly built cause
print("before raise")
raise ValueError('x') from KeyError('y')
