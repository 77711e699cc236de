class PaymentError(Exception):
    pass


class CardDeclined(PaymentError):
    def __init__(self, card, reason):
        super().__init__(f"card ending {card[-4:]} declined: {reason}")
        self.card = card


def charge(card, amount):
    if amount > 100:
        raise CardDeclined(card, "limit exceeded")
    return amount


print(charge("4111111111111111", 20))
charge("4111111111111111", 500)
