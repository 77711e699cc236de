# Classes: a bank account with instance and class attributes, methods, bound methods, repr and str
class BankAccount:
    """A simple bank account."""

    bank_name = "First Python Bank"
    accounts_opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.accounts_opened += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"Insufficient funds: balance is {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def __repr__(self):
        return f"BankAccount(owner={self.owner!r}, balance={self.balance})"

    def __str__(self):
        return f"{self.owner}'s account: ${self.balance:,.2f}"


alice = BankAccount("Alice", 100)
bob = BankAccount("Bob")
alice.deposit(50)
alice.withdraw(30)
bob.deposit(1000)
print(alice)
print(repr(bob))
print([alice, bob])
print(alice.history)
print(BankAccount.accounts_opened, alice.accounts_opened, bob.bank_name)
try:
    bob.withdraw(5000)
except ValueError as e:
    print("Error:", e)
try:
    alice.deposit(-5)
except ValueError as e:
    print("Error:", e)

# a bound method remembers its instance
pay_bob = bob.deposit
print(pay_bob(1), pay_bob.__self__ is bob, pay_bob.__func__ is BankAccount.deposit)
print(BankAccount.deposit(alice, 10))
print(BankAccount.__doc__, BankAccount.__name__)

# class attributes are shared until an instance shadows them
alice.bank_name = "Alice's Credit Union"
print(alice.bank_name, bob.bank_name, BankAccount.bank_name)
del alice.bank_name
print(alice.bank_name)


class Counter:
    count = 0

    def increment(self):
        self.count += 1
        return self


c = Counter()
c.increment().increment().increment()
print(c.count, Counter.count)
print(type(c).__name__, c.__class__ is Counter, isinstance(c, Counter), isinstance(c, object))


class Empty:
    pass


e = Empty()
e.anything = 42
print(e.anything, hasattr(e, "anything"), hasattr(e, "missing"))
print(type(Empty), Empty.__module__, Empty.__qualname__)
