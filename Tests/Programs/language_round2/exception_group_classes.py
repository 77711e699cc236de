"""ExceptionGroup's place among the exception classes: its bases and MRO, subclasses of it, and handlers that
catch a group by any of its bases."""


class ValidationErrors(ExceptionGroup):
    """A group of field errors raised together."""

    def derive(self, excs):
        return ValidationErrors(self.message, excs)


print(ExceptionGroup.__bases__, ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, BaseExceptionGroup.__mro__)
print(ValidationErrors.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup),
      issubclass(BaseExceptionGroup, Exception))
print([cls.__name__ for cls in ExceptionGroup.__mro__ if issubclass(cls, BaseException)])

for base in (BaseExceptionGroup, Exception, BaseException):
    try:
        raise ValidationErrors("bad form", [ValueError("age"), TypeError("name")])
    except base as caught:
        print(f"caught by {base.__name__}:", type(caught).__name__, caught, len(caught.exceptions))

try:
    raise ValidationErrors("bad form", [ValueError("age"), TypeError("name"), ValueError("zip")])
except* ValueError as group:
    print(type(group).__name__, group.message, [str(e) for e in group.exceptions])
except* TypeError as group:
    print(type(group).__name__, [str(e) for e in group.exceptions])

group = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError(1)])
print(type(group).__name__, type(BaseExceptionGroup("plain", [ValueError(2)])).__name__)
