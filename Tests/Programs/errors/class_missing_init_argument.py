class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


checking = Account("ann", 10)
print(checking.owner, checking.balance)
savings = Account("bob")
