# TabError: inconsistent use of tabs and spaces in the same block
if True:
        x = 1
	y = 2
print(x)
