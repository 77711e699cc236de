# Inheritance: shapes overriding methods, super() with and without arguments, isinstance and issubclass
PI = 3.141592653589793


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        return 0

    def describe(self):
        return f"{self.name}: area={self.area():.2f}, perimeter={self.perimeter():.2f}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return "Square! " + super().describe()


class Circle(Shape):
    def __init__(self, radius):
        super(Circle, self).__init__("circle")
        self.radius = radius

    def area(self):
        return PI * self.radius ** 2

    def perimeter(self):
        return 2 * PI * self.radius


shapes = [Rectangle(3, 4), Square(5), Circle(1.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes) > 50)

try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

sq = Square(2)
print(isinstance(sq, Square), isinstance(sq, Rectangle), isinstance(sq, Shape), isinstance(sq, Circle))
print(isinstance(sq, (Circle, Rectangle)), isinstance(3, (Shape, int)))
print(issubclass(Square, Shape), issubclass(Circle, Rectangle), issubclass(Square, (Circle, Rectangle)))
print(issubclass(bool, int), issubclass(Square, object))
print(Square.__mro__)
print(Square.__bases__, Shape.__bases__, Square.__base__)
print([cls.__name__ for cls in type(sq).__mro__])


class Animal:
    sound = "..."

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog(Animal):
    sound = "Woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!!!"


class Cat(Animal):
    sound = "Meow"


for pet in [Dog(), Puppy(), Cat(), Animal()]:
    print(pet.speak())
print(Puppy.sound, Puppy.speak is Dog.speak, Dog.speak is Animal.speak)
