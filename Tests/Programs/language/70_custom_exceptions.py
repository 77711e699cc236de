# Custom exceptions: a hierarchy with attributes, __init__ calling super, __str__, args, catching by base class
class BankError(Exception):
    """Base class for every error of the bank."""


class InsufficientFundsError(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is only {balance}")
        self.balance = balance
        self.amount = amount

    @property
    def shortfall(self):
        return self.amount - self.balance


class AccountLockedError(BankError):
    def __init__(self, owner, reason="too many attempts"):
        self.owner = owner
        self.reason = reason
        super().__init__(owner, reason)

    def __str__(self):
        return f"account of {self.owner} is locked ({self.reason})"


class ValidationError(BankError, ValueError):
    pass


def withdraw(balance, amount, locked=False):
    if locked:
        raise AccountLockedError("carol")
    if amount <= 0:
        raise ValidationError("amount must be positive", amount)
    if amount > balance:
        raise InsufficientFundsError(balance, amount)
    return balance - amount


for args in [(100, 30), (100, 250), (100, 5, True), (100, -1)]:
    try:
        print("new balance:", withdraw(*args))
    except InsufficientFundsError as e:
        print(f"{type(e).__name__}: {e} (short by {e.shortfall})")
        print("  args:", e.args, "balance:", e.balance)
    except AccountLockedError as e:
        print(f"{type(e).__name__}: {e}")
        print("  args:", e.args, "repr:", repr(e))
    except BankError as e:
        print(f"{type(e).__name__}: {e}", e.args, isinstance(e, ValueError))

print(issubclass(ValidationError, ValueError), ValidationError.__mro__)
print(BankError.__doc__, BankError("x").args, str(BankError()), repr(BankError("a", 2)))

try:
    try:
        withdraw(10, 20)
    except InsufficientFundsError as e:
        raise BankError("transfer failed") from e
except BankError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__.amount)

try:
    withdraw(0, -5)
except ValueError as e:
    print("caught as ValueError:", e)


class RetryableError(Exception):
    def __init__(self, message, attempts=3):
        super().__init__(message)
        self.attempts = attempts


e = RetryableError("timeout", attempts=5)
print(e, e.attempts, e.args, [type(x).__name__ for x in (e, RetryableError("x"))])
errors = [InsufficientFundsError(1, 2), AccountLockedError("dan"), ValidationError("bad")]
print(sorted(type(err).__name__ for err in errors))
print([str(err) for err in errors])


class QuietError(Exception):
    def __repr__(self):
        return "QuietError(...)"


print(repr(QuietError("loud")), str(QuietError("loud")))
