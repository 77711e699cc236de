# Normal output is printed before an uncaught TypeError ends the program
total = 0
for value in [1, 2, 3, "4", 5]:
    print("adding", value)
    total = total + value
    print("total is", total)
print("never reached")
