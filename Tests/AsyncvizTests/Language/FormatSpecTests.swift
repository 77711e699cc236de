import Testing
@testable import Runtime

/// `FormatSpec` checked against CPython 3.11's `format(value, spec)`.
struct FormatSpecTests {
    @Test func examples() throws {
        #expect(try FormatSpec.format(int: 1234567, spec: FormatSpec(",")) == "1,234,567")
        #expect(try FormatSpec.format(int: 1234, spec: FormatSpec("08,")) == "0,001,234")
        #expect(try FormatSpec.format(int: 255, spec: FormatSpec("#010X")) == "0X000000FF")
        #expect(try FormatSpec.format(int: 65, spec: FormatSpec("^5c")) == "  A  ")
        #expect(try FormatSpec.format(float: 3.14159, spec: FormatSpec("*^12.2f")) == "****3.14****")
        #expect(try FormatSpec.format(float: 123.0, spec: FormatSpec(".3")) == "1.23e+02")
        #expect(try FormatSpec.format(float: -0.0, spec: FormatSpec("z")) == "0.0")
        #expect(try FormatSpec.format(float: .infinity, spec: FormatSpec("010")) == "0000000inf")
        #expect(try FormatSpec.format(float: 0.25, spec: FormatSpec(".1%")) == "25.0%")
        #expect(try FormatSpec.format(string: "héllo", spec: FormatSpec("~>8.3")) == "~~~~~hél")
        #expect(try FormatSpec.format(string: "ab", spec: FormatSpec("05")) == "ab000")
        #expect(try FormatSpec.format(bool: true, spec: FormatSpec("")) == "True")
        #expect(try FormatSpec.format(bool: true, spec: FormatSpec(">5")) == "    1")
    }

    @Test func errors() {
        #expect(throws: FormatError(message: "Unknown format code 'd' for object of type 'float'")) {
            try FormatSpec.format(float: 1.5, spec: FormatSpec("d"))
        }
        #expect(throws: FormatError(message: "Invalid format specifier 'abc' for object of type 'float'")) {
            try FormatSpec.format(float: 1.5, spec: FormatSpec("abc"))
        }
        #expect(throws: FormatError(message: "'=' alignment not allowed in string format specifier")) {
            try FormatSpec.format(string: "a", spec: FormatSpec("=5"))
        }
        #expect(throws: FormatError(message: "%c arg not in range(0x110000)", exceptionType: "OverflowError")) {
            try FormatSpec.format(int: -1, spec: FormatSpec("c"))
        }
    }

    @Test func goldenTableFromCPython() {
        var checked = 0
        for line in formatSpecGolden.split(separator: "\n") {
            let fields = line.dropLast().split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            let (kind, value, spec, expected) = (fields[0], String(fields[1]), String(fields[2]), String(fields[3]))
            let actual: String
            do {
                switch kind {
                case "i": actual = try FormatSpec.format(int: Int(value)!, spec: FormatSpec(spec))
                case "b": actual = try FormatSpec.format(bool: value == "True", spec: FormatSpec(spec))
                case "s": actual = try FormatSpec.format(string: value, spec: FormatSpec(spec))
                default: actual = try FormatSpec.format(float: Double(bitPattern: UInt64(value, radix: 16)!), spec: FormatSpec(spec))
                }
            } catch let error as FormatError {
                actual = "!\(error.exceptionType): \(error.message)"
            } catch {
                actual = "unexpected \(error)"
            }
            #expect(actual == expected, "format(\(kind) \(value), '\(spec)')")
            checked += 1
        }
        #expect(checked > 10_000)
    }
}

/// Lines of `kind<TAB>value<TAB>spec<TAB>CPython result|` from python3.11; kind is i(nt), f(loat, as IEEE
/// bits), s(tr) or b(ool); a result starting with `!` is the exception CPython raised.
private let formatSpecGolden = """
i	1114112	^ 020,s	!ValueError: Cannot specify ',' with 's'.|
i	9223372036854775807	0^ 012c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1000000000000000000	#^12_x	-de0_b6b3_a764_0000|
i	123456789012	0=+20_c	!ValueError: Cannot specify '_' with 'c'.|
i	1000000000000000	*<#,f	1,000,000,000,000,000.000000|
i	1000000000000000	,<#05F	1000000000000000.000000|
i	-42	=+z#01,f	-42.000000|
i	123456789012	é^X	1CBE991A14|
i	0	>-n	0|
i	-1000000000000000000	,<+z#20E	-1.000000E+18,,,,,,,|
i	128512	*>#0g	128512.|
i	255	 >0_b	1111_1111|
i	7	*<0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	^#03y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	255	€<+.1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1234	#^z12,%	123,400.000000%|
i	1234	0= z01.12c	!ValueError: Precision not allowed in integer format specifier|
i	255	0<-G	255|
i	1	= z#03	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	*= #01o	 0o351|
i	1000000000000000	8,F	1,000,000,000,000,000.000000|
i	-1000000000000000000	0^-X	-DE0B6B3A7640000|
i	233	<z5\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-42	= 8_n	!ValueError: Cannot specify '_' with 'n'.|
i	0	 >020_X	                   0|
i	-1234567	€<+#0E	-1.234567E+06|
i	123456789012	 > 5_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	128512	*^z#0,c	!ValueError: Cannot specify ',' with 'c'.|
i	65	0^ #8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1234567	é^ 03_X	-12_D687|
i	1114112	0<z#1f	1114112.000000|
i	1234	 08G	 0001234|
i	255	=-x	ff|
i	-9223372036854775808	_>#1,x	!ValueError: Cannot specify ',' with 'x'.|
i	-9223372036854775808	<12.3g	-9.22e+18   |
i	-42	_>+#5y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1234	>_d	1_234|
i	1114112	>+8_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1000000000000000000	€<0,F	-1,000,000,000,000,000,000.000000|
i	255	 0_	 255|
i	-42	<-0%	-4200.000000%|
i	1234	 > #012,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	1	= z#8,d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	,< 1f	-42.000000|
i	123456789012	=0.20e	1.23456789012000000000e+11|
i	-9223372036854775808	-#1,.6G	-9.22337E+18|
i	-1234567	<+z03_%	-123_456_700.000000%|
i	1234	>z0_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	#^ 12,.20\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	1114112	*>-z#08.G	!ValueError: Format specifier missing precision|
i	255	>n	255|
i	-1234567	 >+8,.6y	!ValueError: Cannot specify ',' with 'y'.|
i	255	<+003_n	!ValueError: Cannot specify '_' with 'n'.|
i	1	>+#0d	+1|
i	-42	=+#0b	-0b101010|
i	-1234567	#5G	-1.23457E+06|
i	-1	#^-z#1c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	x>5_X	xx-2A|
i	-9223372036854775808	0=-#03,f	-9,223,372,036,854,775,808.000000|
i	7	#^+.0%	+700%|
i	7	,< z020_s	!ValueError: Cannot specify '_' with 's'.|
i	123456789012	_>+20r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	9223372036854775807	+#08\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	#^-#0_E	1.000000E+15|
i	123456789012	 #5,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1	>-z03,x	!ValueError: Cannot specify ',' with 'x'.|
i	1234	 #00X	 0X4D2|
i	255	+z012,f	+0,255.000000|
i	123456789012	x>z0d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	0^+#c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1	^r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1000000000000000000	=-12_e	-1.000000e+18|
i	0	 z20x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	*^#05,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1234567	0=20E	-00000001.234567E+06|
i	7	_> 20e	_______ 7.000000e+00|
i	1234	*=-#5s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	x> #012d	xxxxxxxxx 65|
i	-1000000000000000000	#^-.3x	!ValueError: Precision not allowed in integer format specifier|
i	7	€< _g	 7|
i	9223372036854775807	>z012e	9.223372e+18|
i	-42	*^z20,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	-05X	00041|
i	233	0E	2.330000E+02|
i	128512	0= #03G	 128512.|
i	-1	_b	-1|
i	7	_>-0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-42	=-01d	-42|
i	128512	 >+z#0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	1114112	12x	      110000|
i	128512	 >z0n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	#^G	1.11411E+06|
i	-1234567	^+z#20,.20d	!ValueError: Precision not allowed in integer format specifier|
i	255	,< z0_c	!ValueError: Cannot specify '_' with 'c'.|
i	255	-03,E	2.550000E+02|
i	-9223372036854775808	#^ ,s	!ValueError: Cannot specify ',' with 's'.|
i	-1	*^-F	-1.000000|
i	1114112	=,f	1,114,112.000000|
i	233	#^.6	!ValueError: Precision not allowed in integer format specifier|
i	1	= 20_o	                   1|
i	33	0^-#5_o	0o410|
i	-1000000000000000000	z.0X	!ValueError: Precision not allowed in integer format specifier|
i	1234	+020o	+0000000000000002322|
i	-1000000000000000000	-20,c	!ValueError: Cannot specify ',' with 'c'.|
i	1114112	#^-01,F	1,114,112.000000|
i	-1000000000000000000	 >-01	-1000000000000000000|
i	128512	 >-0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-9223372036854775808	*=5_f	-9_223_372_036_854_775_808.000000|
i	33	€< 1,G	 33|
i	-9223372036854775808	0=-020F	-9223372036854775808.000000|
i	1234	*<+1_n	!ValueError: Cannot specify '_' with 'n'.|
i	9223372036854775807	0<,.12f	9,223,372,036,854,775,808.000000000000|
i	123456789012	-z#00_.1	!ValueError: Precision not allowed in integer format specifier|
i	1114112	0< 12,X	!ValueError: Cannot specify ',' with 'X'.|
i	255	*=+#0b	+0b11111111|
i	7	0<+z#,G	+7.00000|
i	1000000000000000	,<#0,f	1,000,000,000,000,000.000000|
i	0	=20E	        0.000000E+00|
i	1	<+012,d	+10000000000|
i	-1	_>1s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1234	 >1,.3e	1.234e+03|
i	-9223372036854775808	,< 0,c	!ValueError: Cannot specify ',' with 'c'.|
i	-1	#^+03_E	-1.000000E+00|
i	-42	#^ 0,c	!ValueError: Cannot specify ',' with 'c'.|
i	9223372036854775807	0^ #8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	>-z003_r	!ValueError: Cannot specify '_' with 'r'.|
i	7	*=+0G	+7|
i	9223372036854775807	€<-0_e	9.223372e+18|
i	9223372036854775807	x>#5_G	9.22337E+18|
i	-42	,<01E	-4.200000E+01|
i	7	#^-12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1000000000000000	,<#003,e	1.000000e+15|
i	1	z03,o	!ValueError: Cannot specify ',' with 'o'.|
i	7	0=8o	00000007|
i	123456789012	€<1_f	123_456_789_012.000000|
i	-1234567	*>+#8d	-1234567|
i	33	é^1.0G	3E+01|
i	7	,<08,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1	_> 0_s	!ValueError: Cannot specify '_' with 's'.|
i	7	0^ 1_%	 700.000000%|
i	-1000000000000000000	#^5s	!ValueError: Unknown format code 's' for object of type 'int'|
i	7	>-#12,y	!ValueError: Cannot specify ',' with 'y'.|
i	1114112	^#5	1114112|
i	1114112	é^+z#_y	!ValueError: Cannot specify '_' with 'y'.|
i	33	é^#1_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	128512	€< #05o	 0o373000|
i	7	,<05E	7.000000E+00|
i	1000000000000000	>+0o	+34327724461500000|
i	1000000000000000	^ #20G	     1.00000E+15    |
i	7	>-#8\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1	*=z8E	1.000000E+00|
i	7	,<z01,o	!ValueError: Cannot specify ',' with 'o'.|
i	-1000000000000000000	0= #5_G	-1.00000E+18|
i	7	>12,s	!ValueError: Cannot specify ',' with 's'.|
i	0	_>+0%	+0.000000%|
i	1000000000000000	+z012.0b	!ValueError: Precision not allowed in integer format specifier|
i	-1	,< z08c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	*=-12,r	!ValueError: Cannot specify ',' with 'r'.|
i	128512	€< z#_g	 128_512.|
i	7	>-z05,x	!ValueError: Cannot specify ',' with 'x'.|
i	233	€< 05s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1000000000000000	^-,c	!ValueError: Cannot specify ',' with 'c'.|
i	9223372036854775807	>#0_F	9_223_372_036_854_775_808.000000|
i	-1234567	*^ z0n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	-01g	1.11411e+06|
i	-1	0=-z#20x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	*< ,o	!ValueError: Cannot specify ',' with 'o'.|
i	65	x>-zE	6.500000E+01|
i	33	#^+z003e	+3.300000e+01|
i	1	€<+z#0_F	+1.000000|
i	1	 0,F	 1.000000|
i	-1234567	 020_.20e	-1.23456700000000000000e+06|
i	-42	*<z#012_g	-42.0000****|
i	7	+0.3g	+7|
i	-1	_> #1_%	-100.000000%|
i	7	€< z08,%	 700.000000%|
i	0	€<-12_%	0.000000%€€€|
i	128512	€<5_n	!ValueError: Cannot specify '_' with 'n'.|
i	0	 >z#20_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1234567	é^ 0b	-100101101011010000111|
i	-9223372036854775808	,<o	-1000000000000000000000|
i	-9223372036854775808	0=-03,%	-922,337,203,685,477,580,800.000000%|
i	-42	0=z#20c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	> 012%	-100000000000000000000.000000%|
i	123456789012	*>z#20_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1234567	*>#00b	-0b100101101011010000111|
i	-1234567	*>-#03x	-0x12d687|
i	7	*^+12_.0e	***+7e+00***|
i	233	*>#20b	**********0b11101001|
i	-1234567	*< 08_s	!ValueError: Cannot specify '_' with 's'.|
i	-1000000000000000000	,<+z#n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	<-#03_c	!ValueError: Cannot specify '_' with 'c'.|
i	9223372036854775807	#^ #1X	 0X7FFFFFFFFFFFFFFF|
i	233	,<-0n	233|
i	33	 >-12c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	123456789012	>5G	1.23457E+11|
i	123456789012	12_%	12_345_678_901_200.000000%|
i	-9223372036854775808	*=z#0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1234567	0<5,.20G	-1,234,567|
i	1234	-z012e	1.234000e+03|
i	-9223372036854775808	#^-12,g	-9.22337e+18|
i	255	0< z#00_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	=12,o	!ValueError: Cannot specify ',' with 'o'.|
i	1234	*=5_.20b	!ValueError: Precision not allowed in integer format specifier|
i	1114112	> 1E	 1.114112E+06|
i	7	*>zc	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	1F	1.000000|
i	-1234567	*=08_G	-1.23457E+06|
i	33	0^-z00o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	 >03.6X	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	*^z#5d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	0<0,	233|
i	33	*=-z12o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	0<1_e	-1.234567e+06|
i	7	<01_%	700.000000%|
i	1	0<-020%	100.000000%000000000|
i	255	0<5.6G	25500|
i	-1234567	€<+E	-1.234567E+06|
i	1114112	*=1o	4200000|
i	128512	0^z#0,.6	!ValueError: Precision not allowed in integer format specifier|
i	233	003_e	2.330000e+02|
i	9223372036854775807	 >020,c	!ValueError: Cannot specify ',' with 'c'.|
i	233	 >+#8,n	!ValueError: Cannot specify ',' with 'n'.|
i	-42	=1x	-2a|
i	-42	0<020_E	-4.200000E+010000000|
i	-9223372036854775808	> _c	!ValueError: Cannot specify '_' with 'c'.|
i	-9223372036854775808	03,f	-9,223,372,036,854,775,808.000000|
i	-1	€<+00d	-1|
i	123456789012	€< 8,d	 123,456,789,012|
i	128512	,< F	 128512.000000|
i	123456789012	*=0_s	!ValueError: Cannot specify '_' with 's'.|
i	1	z#5.1b	!ValueError: Precision not allowed in integer format specifier|
i	1234	x>12o	xxxxxxxx2322|
i	-1234567	<-012	-12345670000|
i	7	=+#\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	7	 >1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	7	*=+#20	+******************7|
i	233	>z20_.0o	!ValueError: Precision not allowed in integer format specifier|
i	-1	#1,b	!ValueError: Cannot specify ',' with 'b'.|
i	9223372036854775807	<+z#1,f	+9,223,372,036,854,775,808.000000|
i	-42	*^+5.3s	!ValueError: Unknown format code 's' for object of type 'int'|
i	255	>-12,G	         255|
i	1	*^#0_c	!ValueError: Cannot specify '_' with 'c'.|
i	233	0=z#0d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	>-12,.G	!ValueError: Format specifier missing precision|
i	0	>+#0X	+0X0|
i	-1234567	#^ 5,b	!ValueError: Cannot specify ',' with 'b'.|
i	255	0<1_E	2.550000E+02|
i	233	*<8.6	!ValueError: Precision not allowed in integer format specifier|
i	255	€< 03\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	7	€<-z08,s	!ValueError: Cannot specify ',' with 's'.|
i	33	*<-z#08X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	#^ z#01,s	!ValueError: Cannot specify ',' with 's'.|
i	123456789012	*<020_E	1.234568E+11********|
i	-1	r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	<+z20_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	=-05g	00001|
i	65	*=+#f	+65.000000|
i	1114112	*=+z12x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	5,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-1000000000000000000	_> z#20,r	!ValueError: Cannot specify ',' with 'r'.|
i	33	#^-05_g	#33##|
i	-1000000000000000000	<020.12%	-100000000000000000000.000000000000%|
i	123456789012	0<#8e	1.234568e+11|
i	1000000000000000	x>+00.s	!ValueError: Format specifier missing precision|
i	7	=+_c	!ValueError: Cannot specify '_' with 'c'.|
i	1114112	-5,	1,114,112|
i	33	^#,o	!ValueError: Cannot specify ',' with 'o'.|
i	-9223372036854775808	^z_X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	*=z1n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	0= 0_.e	!ValueError: Format specifier missing precision|
i	-1234567	x>_X	-12_D687|
i	-1000000000000000000	-#12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	33	 >+12,E	+3.300000E+01|
i	1234	,< 003_d	 1_234|
i	9223372036854775807	*^ #n	 9223372036854775807|
i	255	>+1_n	!ValueError: Cannot specify '_' with 'n'.|
i	-1000000000000000000	> #003d	-1000000000000000000|
i	1234	x>z12,X	!ValueError: Cannot specify ',' with 'X'.|
i	1000000000000000	0=5,x	!ValueError: Cannot specify ',' with 'x'.|
i	33	 >-z#03,b	!ValueError: Cannot specify ',' with 'b'.|
i	-1	*>0o	-1|
i	-1000000000000000000	0= 0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	+#5o	+0o101|
i	65	x> ,	 65|
i	1114112	 #00X	 0X110000|
i	1000000000000000	1F	1000000000000000.000000|
i	255	*= z1_.12e	 2.550000000000e+02|
i	33	,< 03G	 33|
i	-1000000000000000000	*<01o	-67405553164731000000|
i	-1000000000000000000	_>+#00.3s	!ValueError: Unknown format code 's' for object of type 'int'|
i	128512	 >-5,y	!ValueError: Cannot specify ',' with 'y'.|
i	0	< 20_n	!ValueError: Cannot specify '_' with 'n'.|
i	65	#^-#003,o	!ValueError: Cannot specify ',' with 'o'.|
i	65	 >-8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	^-_.1r	!ValueError: Cannot specify '_' with 'r'.|
i	-1234567	 > 003_g	-1.23457e+06|
i	1114112	0^ z#20d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	 >+%	+12345678901200.000000%|
i	-42	*>+z#0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	>-#1s	!ValueError: Unknown format code 's' for object of type 'int'|
i	123456789012	= #8X	 0X1CBE991A14|
i	0	=03_%	0.000000%|
i	255	 zo	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	#^-0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1	^-s	!ValueError: Unknown format code 's' for object of type 'int'|
i	255	0=-#8,s	!ValueError: Cannot specify ',' with 's'.|
i	1234	+#1.0E	+1.E+03|
i	-1234567	-8E	-1.234567E+06|
i	-1234567	 z#0,.3x	!ValueError: Cannot specify ',' with 'x'.|
i	0	+05y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	65	*^+#0n	+65|
i	1000000000000000	*= #,%	 100,000,000,000,000,000.000000%|
i	255	> .12r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	*> ,.6\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-1234567	0^-05_.y	!ValueError: Format specifier missing precision|
i	65	*^ E	 6.500000E+01|
i	1114112	0=0,s	!ValueError: Cannot specify ',' with 's'.|
i	-42	*>z0,n	!ValueError: Cannot specify ',' with 'n'.|
i	7	=z8E	7.000000E+00|
i	-1234567	*=-05_E	-1.234567E+06|
i	233	<z,E	2.330000E+02|
i	-1000000000000000000	é^z20	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	= #_.20r	!ValueError: Cannot specify '_' with 'r'.|
i	-9223372036854775808	0^+#5_.12	!ValueError: Precision not allowed in integer format specifier|
i	128512	*=-03.12X	!ValueError: Precision not allowed in integer format specifier|
i	233	,<-1b	11101001|
i	1234	#^+1_x	+4d2|
i	65	*<12,E	6.500000E+01|
i	-1	*^+#1X	-0X1|
i	123456789012	*^ 08_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1114112	0= #020X	 0X00000000000110000|
i	7	x>+z0,.0X	!ValueError: Cannot specify ',' with 'X'.|
i	1000000000000000	<-20x	38d7ea4c68000       |
i	-1	€<z.12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	33	<z0.0%	3300%|
i	-1	,< 003,%	-100.000000%|
i	33	x>8_	xxxxxx33|
i	1234	0<#12n	123400000000|
i	-1	x>01_e	-1.000000e+00|
i	1	*^#00,c	!ValueError: Cannot specify ',' with 'c'.|
i	0	0=1r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	7	é^8e	7.000000e+00|
i	-42	>+20.x	!ValueError: Format specifier missing precision|
i	-42	é^-g	-42|
i	1000000000000000	 > #1_%	 100_000_000_000_000_000.000000%|
i	0	>03_y	!ValueError: Cannot specify '_' with 'y'.|
i	9223372036854775807	*<,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-42	#^,.s	!ValueError: Format specifier missing precision|
i	0	#G	0.00000|
i	7	x>+z#_g	+7.00000|
i	1114112	x>+#08n	+1114112|
i	65	*^+00F	+65.000000|
i	255	0^00,F	255.000000|
i	255	0<003d	255|
i	0	=+#_F	+0.000000|
i	1000000000000000	<0F	1000000000000000.000000|
i	1000000000000000	x>-z01f	1000000000000000.000000|
i	-1	0^12,x	!ValueError: Cannot specify ',' with 'x'.|
i	-1000000000000000000	0^#08_o	-0o6740_5553_1647_3100_0000|
i	1234	0< 003y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	#^+020_%	####-100.000000%####|
i	65	x>-08%	6500.000000%|
i	123456789012	#^#0_	123_456_789_012|
i	9223372036854775807	*=08d	9223372036854775807|
i	-9223372036854775808	<z20,f	-9,223,372,036,854,775,808.000000|
i	1	*=#12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1114112	#s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1000000000000000000	0^#05F	-1000000000000000000.000000|
i	1234	< #0o	 0o2322|
i	-1000000000000000000	0,r	!ValueError: Cannot specify ',' with 'r'.|
i	1000000000000000	*<+8,E	+1.000000E+15|
i	128512	-#003	128512|
i	-9223372036854775808	0=-z#b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	_>00_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	123456789012	 >-_.0r	!ValueError: Cannot specify '_' with 'r'.|
i	1234	 0_b	 100_1101_0010|
i	1	^-zf	1.000000|
i	-42	^+#003,s	!ValueError: Cannot specify ',' with 's'.|
i	-9223372036854775808	z05,c	!ValueError: Cannot specify ',' with 'c'.|
i	255	 z5.6d	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	é^-z#,.0y	!ValueError: Cannot specify ',' with 'y'.|
i	33	*<+F	+33.000000|
i	7	_>0,b	!ValueError: Cannot specify ',' with 'b'.|
i	1	*> 8g	****** 1|
i	65	é^8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	7	é^#12,n	!ValueError: Cannot specify ',' with 'n'.|
i	-9223372036854775808	0^z12G	-9.22337E+18|
i	33	_> z8,g	_____ 33|
i	128512	*^-03_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	0	 z#012n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	=+z012,d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	_>+_.3n	!ValueError: Cannot specify '_' with 'n'.|
i	9223372036854775807	<,d	9,223,372,036,854,775,807|
i	1234	=+z12_g	+      1_234|
i	-42	é^#,.0f	-42.|
i	-9223372036854775808	é^ z20,g	éééé-9.22337e+18éééé|
i	1234	z03,.6d	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	,<+_e	+9.223372e+18|
i	1000000000000000	x>z00,f	1,000,000,000,000,000.000000|
i	-9223372036854775808	0<z05_F	-9_223_372_036_854_775_808.000000|
i	65	_> 20.6r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	9223372036854775807	*^z003,X	!ValueError: Cannot specify ',' with 'X'.|
i	7	z#5X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	*<0_	233|
i	9223372036854775807	*<0,d	9,223,372,036,854,775,807|
i	0	 >zg	0|
i	9223372036854775807	^ 03.3X	!ValueError: Precision not allowed in integer format specifier|
i	0	>0.6G	0|
i	1114112	,<z0_f	1_114_112.000000|
i	233	*<-z#8n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	*>-#8,.12b	!ValueError: Cannot specify ',' with 'b'.|
i	1000000000000000	0<z1,y	!ValueError: Cannot specify ',' with 'y'.|
i	0	€<+z0,y	!ValueError: Cannot specify ',' with 'y'.|
i	7	é^#20x	éééééééé0x7ééééééééé|
i	128512	<+20.0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	7	€<8X	7€€€€€€€|
i	255	*<12,n	!ValueError: Cannot specify ',' with 'n'.|
i	-1234567	*^-#00e	-1.234567e+06|
i	1000000000000000	x>-#8_c	!ValueError: Cannot specify '_' with 'c'.|
i	0	#^z#12.3y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1234	#^ #0E	 1.234000E+03|
i	9223372036854775807	=12,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	123456789012	+#8.20n	!ValueError: Precision not allowed in integer format specifier|
i	0	>#0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1	x>+#05F	+1.000000|
i	1114112	*=05d	1114112|
i	-1	é^ #5_X	-0X1é|
i	33	,< #01_.o	!ValueError: Format specifier missing precision|
i	-1	=+0_e	-1.000000e+00|
i	1114112	-_n	!ValueError: Cannot specify '_' with 'n'.|
i	-1	#^03.X	!ValueError: Format specifier missing precision|
i	233	€<-#12_n	!ValueError: Cannot specify '_' with 'n'.|
i	65	x> #08.20o	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	€<+#01_x	-0x8000_0000_0000_0000|
i	-42	_>-20,g	_________________-42|
i	-1000000000000000000	^z,y	!ValueError: Cannot specify ',' with 'y'.|
i	0	0<-z#00,e	0.000000e+00|
i	255	\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	*<z12,E	2.550000E+02|
i	1000000000000000	5,f	1,000,000,000,000,000.000000|
i	123456789012	^01,f	123,456,789,012.000000|
i	-1	05E	-1.000000E+00|
i	7	^ 03,s	!ValueError: Cannot specify ',' with 's'.|
i	0	0=#20,F	0,000,000,000.000000|
i	7	,<#00.12b	!ValueError: Precision not allowed in integer format specifier|
i	128512	z5_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	*^z20.0n	!ValueError: Precision not allowed in integer format specifier|
i	1	^ 0,n	!ValueError: Cannot specify ',' with 'n'.|
i	233	é^z#_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	233	#0,n	!ValueError: Cannot specify ',' with 'n'.|
i	-1234567	#^#5_e	-1.234567e+06|
i	-1234567	€<+#,n	!ValueError: Cannot specify ',' with 'n'.|
i	123456789012	^-n	123456789012|
i	7	<z#01_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	5f	1.000000|
i	-1	*>5,E	-1.000000E+00|
i	1	>+#20,s	!ValueError: Cannot specify ',' with 's'.|
i	9223372036854775807	*^+#012,r	!ValueError: Cannot specify ',' with 'r'.|
i	123456789012	^z#y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	65	#20f	           65.000000|
i	-1	-z0.12x	!ValueError: Precision not allowed in integer format specifier|
i	0	-z12r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	65	0^-z0%	6500.000000%|
i	-1000000000000000000	é^z8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	*>#8b	0b11111011000000000|
i	7	*^003,%	700.000000%|
i	7	0^-z#00g	7.00000|
i	7	0=z#0o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1234	*=z03y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	<03c	!OverflowError: %c arg not in range(0x110000)|
i	9223372036854775807	0<+8c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1234567	>_b	-1_0010_1101_0110_1000_0111|
i	9223372036854775807	*<-1_.6E	9.223372E+18|
i	-1234567	,<-z#20_s	!ValueError: Cannot specify '_' with 's'.|
i	0	=+08,F	+0.000000|
i	33	<z020,s	!ValueError: Cannot specify ',' with 's'.|
i	123456789012	*= 1,F	 123,456,789,012.000000|
i	-1000000000000000000	,<+o	-67405553164731000000|
i	233	#^-#0,X	!ValueError: Cannot specify ',' with 'X'.|
i	1	^-z0_g	1|
i	233	*> e	 2.330000e+02|
i	255	x>z01e	2.550000e+02|
i	65	*< #12	 65*********|
i	65	*=#x	0x41|
i	1000000000000000	*>+zy	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-42	=+0_y	!ValueError: Cannot specify '_' with 'y'.|
i	0	=01.0d	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	,< 08g	-9.22337e+18|
i	0	é^z020,r	!ValueError: Cannot specify ',' with 'r'.|
i	-9223372036854775808	*>+03n	-9223372036854775808|
i	1114112	+8,E	+1.114112E+06|
i	1	x> #020r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	9223372036854775807	-z1_.3o	!ValueError: Precision not allowed in integer format specifier|
i	1114112	*=-1,.3X	!ValueError: Cannot specify ',' with 'X'.|
i	1000000000000000	#^-003c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	33	€<z#5,r	!ValueError: Cannot specify ',' with 'r'.|
i	7	x>-003s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	<z5_y	!ValueError: Cannot specify '_' with 'y'.|
i	1000000000000000	=1_f	1_000_000_000_000_000.000000|
i	-42	0=-z#0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1114112	*<+z#20e	+1.114112e+06*******|
i	1234	_>-12E	1.234000E+03|
i	-42	0<+00,r	!ValueError: Cannot specify ',' with 'r'.|
i	1114112	0^ 1_b	 1_0001_0000_0000_0000_0000|
i	1	^0	1|
i	128512	=+00n	+128512|
i	-1234567	05,X	!ValueError: Cannot specify ',' with 'X'.|
i	65	€< #05,F	 65.000000|
i	-9223372036854775808	=_.20g	-9_223_372_036_854_775_808|
i	1114112	#^+1g	+1.11411e+06|
i	255	-#003,y	!ValueError: Cannot specify ',' with 'y'.|
i	-1000000000000000000	>0.3y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	9223372036854775807	=-z20_.0x	!ValueError: Precision not allowed in integer format specifier|
i	0	*=z_c	!ValueError: Cannot specify '_' with 'c'.|
i	-42	0<+#5f	-42.000000|
i	128512	8_F	128_512.000000|
i	0	 08	 0000000|
i	-1000000000000000000	0=+5X	-DE0B6B3A7640000|
i	7	*= z1s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1	*^-#1,G	-1.00000|
i	0	*<+#20,x	!ValueError: Cannot specify ',' with 'x'.|
i	-42	*=+z12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	65	#^r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	0	*<n	0|
i	255	>-z00_b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	 >-012y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	65	0^-08,e	6.500000e+01|
i	1000000000000000	*>+#,g	+1.00000e+15|
i	233	*> #03_E	 2.330000E+02|
i	-1	-#X	-0X1|
i	9223372036854775807	0^e	9.223372e+18|
i	-1000000000000000000	*^-20%	-100000000000000000000.000000%|
i	33	*<#003.20f	33.00000000000000000000|
i	-9223372036854775808	=0G	-9.22337E+18|
i	128512	*>5n	128512|
i	1234	_>+20f	________+1234.000000|
i	1000000000000000	> 8c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-9223372036854775808	>-012X	-8000000000000000|
i	-1	€<+12_n	!ValueError: Cannot specify '_' with 'n'.|
i	0	^#003b	0b0|
i	33	€<zd	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	*^#0.3o	!ValueError: Precision not allowed in integer format specifier|
i	-1	 20,d	                  -1|
i	1114112	 00_F	 1_114_112.000000|
i	128512	€< z03E	 1.285120E+05|
i	7	^#8,c	!ValueError: Cannot specify ',' with 'c'.|
i	1234	_>08G	____1234|
i	7	0e	7.000000e+00|
i	1114112	,<+1,E	+1.114112E+06|
i	0	€<z003_r	!ValueError: Cannot specify '_' with 'r'.|
i	-1	0^z12r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	+z#03_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	_> z03,o	!ValueError: Cannot specify ',' with 'o'.|
i	233	x> 012_b	xx 1110_1001|
i	65	= 5_e	 6.500000e+01|
i	128512	0=z1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	233	*< #020_.1\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	123456789012	^z#8\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	0	#1e	0.000000e+00|
i	1114112	*<-5,y	!ValueError: Cannot specify ',' with 'y'.|
i	1	,o	!ValueError: Cannot specify ',' with 'o'.|
i	-42	<+8s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1234567	,<+z8_.12X	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	*<z,X	!ValueError: Cannot specify ',' with 'X'.|
i	233	#^03n	233|
i	-1000000000000000000	<+z8,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	1000000000000000	1,g	1e+15|
i	-9223372036854775808	0^-z#020_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	€<+1e	+1.285120e+05|
i	65	,<20,f	65.000000,,,,,,,,,,,|
i	9223372036854775807	*^-020b	111111111111111111111111111111111111111111111111111111111111111|
i	0	+zx	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	€< z003_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	*< 0n	 233|
i	65	-05%	6500.000000%|
i	33	x>z#0F	33.000000|
i	65	x>+z#03,.3d	!ValueError: Precision not allowed in integer format specifier|
i	233	0<d	233|
i	123456789012	,<#12e	1.234568e+11|
i	1	é^01,e	1.000000e+00|
i	1000000000000000	*=-020c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	33	*=,.3X	!ValueError: Cannot specify ',' with 'X'.|
i	9223372036854775807	*> z03,s	!ValueError: Cannot specify ',' with 's'.|
i	-1000000000000000000	#8,b	!ValueError: Cannot specify ',' with 'b'.|
i	233	*=-020_	*****************233|
i	128512	z#020,r	!ValueError: Cannot specify ',' with 'r'.|
i	1	^-012_.1r	!ValueError: Cannot specify '_' with 'r'.|
i	33	,<-#0_n	!ValueError: Cannot specify '_' with 'n'.|
i	7	>#03_n	!ValueError: Cannot specify '_' with 'n'.|
i	-9223372036854775808	0^z#020,n	!ValueError: Cannot specify ',' with 'n'.|
i	1000000000000000	=0,c	!ValueError: Cannot specify ',' with 'c'.|
i	65	*>#,d	65|
i	-1234567	zx	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	0<-z#020,y	!ValueError: Cannot specify ',' with 'y'.|
i	65	+0_b	+100_0001|
i	0	*^z#X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	_>-#00b	0b11101001|
i	128512	*<20_y	!ValueError: Cannot specify '_' with 'y'.|
i	-9223372036854775808	*<z00g	-9.22337e+18|
i	1234	+03b	+10011010010|
i	1114112	é^#20F	ééé1114112.000000ééé|
i	65	0<-#8_.12r	!ValueError: Cannot specify '_' with 'r'.|
i	-42	+#_y	!ValueError: Cannot specify '_' with 'y'.|
i	9223372036854775807	x>-z8_f	9_223_372_036_854_775_808.000000|
i	-1	*<+,e	-1.000000e+00|
i	-42	*^ z03_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1000000000000000000	>1_E	-1.000000E+18|
i	1114112	+5,g	+1.11411e+06|
i	233	*=8	*****233|
i	-1	0^012	00000-100000|
i	1234	€<z08_%	123_400.000000%|
i	-1000000000000000000	x>z0,F	-1,000,000,000,000,000,000.000000|
i	65	_>003_y	!ValueError: Cannot specify '_' with 'y'.|
i	1114112	*<-8,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	255	€<+#5%	+25500.000000%|
i	128512	x>-#_c	!ValueError: Cannot specify '_' with 'c'.|
i	7	x>#12_%	x700.000000%|
i	128512	*>0_b	1_1111_0110_0000_0000|
i	1114112	+#f	+1114112.000000|
i	1	*>0_c	!ValueError: Cannot specify '_' with 'c'.|
i	128512	 > z20f	       128512.000000|
i	255	 05,G	 0,255|
i	33	é^z08,f	33.000000|
i	33	01o	41|
i	255	<#,g	255.000|
i	123456789012	 > #.20	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	0< z03	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	*^+0.0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	233	0=#01e	2.330000e+02|
i	7	€<1,o	!ValueError: Cannot specify ',' with 'o'.|
i	123456789012	 G	 1.23457E+11|
i	1000000000000000	^z012X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	€<5G	1.23457E+11|
i	0	0^05b	00000|
i	1234	_> #,%	 123,400.000000%|
i	255	*^+z#01	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	€<-#8,.1e	1.0e+00€|
i	-1	0=-#012r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	123456789012	 >z20e	        1.234568e+11|
i	-1234567	*=-z#12x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	#^ 5_F	-42.000000|
i	123456789012	0<-z#1,X	!ValueError: Cannot specify ',' with 'X'.|
i	-9223372036854775808	*> z#0_s	!ValueError: Cannot specify '_' with 's'.|
i	65	€< z#08n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	*<+#08	+1114112|
i	123456789012	0^,.20b	!ValueError: Cannot specify ',' with 'b'.|
i	1	 z5,n	!ValueError: Cannot specify ',' with 'n'.|
i	33	^-08.%	!ValueError: Format specifier missing precision|
i	65	 >#0,.0f	65.|
i	0	*^+#01,b	!ValueError: Cannot specify ',' with 'b'.|
i	-42	-#0c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1000000000000000000	 0c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1234567	=8g	-1.23457e+06|
i	1000000000000000	#^ z12f	 1000000000000000.000000|
i	233	*<00_G	233|
i	9223372036854775807	 >z5.f	!ValueError: Format specifier missing precision|
i	0	,<#0d	0|
i	233	x>-z.3o	!ValueError: Precision not allowed in integer format specifier|
i	-42	#^z#_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	*=00,X	!ValueError: Cannot specify ',' with 'X'.|
i	-1234567	*=-_y	!ValueError: Cannot specify '_' with 'y'.|
i	-42	_>-05.12b	!ValueError: Precision not allowed in integer format specifier|
i	65	*^0,.6o	!ValueError: Cannot specify ',' with 'o'.|
i	7	0=-z003_y	!ValueError: Cannot specify '_' with 'y'.|
i	1000000000000000	<#0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-9223372036854775808	 >0_.\u{1}	!ValueError: Format specifier missing precision|
i	123456789012	 >z#0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	123456789012	#^-0_%	12_345_678_901_200.000000%|
i	1	#,X	!ValueError: Cannot specify ',' with 'X'.|
i	1	é^#0,e	1.000000e+00|
i	1000000000000000	x>0d	1000000000000000|
i	7	€<05r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	255	 > 08e	 2.550000e+02|
i	-9223372036854775808	0=8,n	!ValueError: Cannot specify ',' with 'n'.|
i	1114112	+03_o	+420_0000|
i	7	0=+03n	+07|
i	128512	 >-003b	11111011000000000|
i	233	,<z#5s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1234567	*< #12_g	-1.23457e+06|
i	-1234567	x>20g	xxxxxxxx-1.23457e+06|
i	1234	*=+0	+1234|
i	-9223372036854775808	< #5G	-9.22337E+18|
i	1	+zG	+1|
i	123456789012	#^ z0G	 1.23457E+11|
i	255	0^z012_r	!ValueError: Cannot specify '_' with 'r'.|
i	128512	*<+#8x	+0x1f600|
i	1000000000000000	€< 05,y	!ValueError: Cannot specify ',' with 'y'.|
i	255	,<8G	255,,,,,|
i	65	€<01_%	6_500.000000%|
i	-1	-05,y	!ValueError: Cannot specify ',' with 'y'.|
i	1114112	0=+1,F	+1,114,112.000000|
i	1000000000000000	é^ 03r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1234567	*^ z0F	-1234567.000000|
i	-42	*> 20,f	**********-42.000000|
i	-1	0^012,d	00000-100000|
i	255	*< #1_x	 0xff|
i	-1234567	 #03r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	>-#12.3c	!ValueError: Precision not allowed in integer format specifier|
i	255	0=+,X	!ValueError: Cannot specify ',' with 'X'.|
i	-1000000000000000000	^-#8.12c	!ValueError: Precision not allowed in integer format specifier|
i	128512	€<-z12r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	255	*> z#012_G	**** 255.000|
i	1	-_.6n	!ValueError: Cannot specify '_' with 'n'.|
i	128512	-#0.12o	!ValueError: Precision not allowed in integer format specifier|
i	65	*^ #01,%	 6,500.000000%|
i	1234	,< 003x	 4d2|
i	255	*^-z20_s	!ValueError: Cannot specify '_' with 's'.|
i	1000000000000000	 > 003E	 1.000000E+15|
i	-1234567	>#1_E	-1.234567E+06|
i	255	é^+20,.12x	!ValueError: Cannot specify ',' with 'x'.|
i	123456789012	 >08_o	1_6276_4621_5024|
i	-1000000000000000000	<z03d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	 >+0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	=%	6500.000000%|
i	1234	03,G	1,234|
i	1234	*^+z003,X	!ValueError: Cannot specify ',' with 'X'.|
i	-9223372036854775808	x>z8.1o	!ValueError: Precision not allowed in integer format specifier|
i	-1234567	< 0f	-1234567.000000|
i	1114112	*=003_b	1_0001_0000_0000_0000_0000|
i	255	 >-1_F	255.000000|
i	-42	€<-#1,E	-4.200000E+01|
i	65	^ 05,o	!ValueError: Cannot specify ',' with 'o'.|
i	9223372036854775807	0=#08\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	128512	<1e	1.285120e+05|
i	1	*>#08F	1.000000|
i	233	0^01d	233|
i	1	0<05.1s	!ValueError: Unknown format code 's' for object of type 'int'|
i	0	*<-#12E	0.000000E+00|
i	-1000000000000000000	é^ 03c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	9223372036854775807	0^ 0_.x	!ValueError: Format specifier missing precision|
i	-9223372036854775808	^-003.12	!ValueError: Precision not allowed in integer format specifier|
i	0	x>-#_r	!ValueError: Cannot specify '_' with 'r'.|
i	128512	< _x	 1_f600|
i	-9223372036854775808	0^ 08,.b	!ValueError: Format specifier missing precision|
i	123456789012	0^-z#12F	123456789012.000000|
i	128512	,<.12X	!ValueError: Precision not allowed in integer format specifier|
i	233	>1,x	!ValueError: Cannot specify ',' with 'x'.|
i	123456789012	*> 1.0b	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	#^#5x	-0xde0b6b3a7640000|
i	-9223372036854775808	^z,%	-922,337,203,685,477,580,800.000000%|
i	1000000000000000	0=+y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	65	+_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1234	<z,e	1.234000e+03|
i	-42	_>-0,.12b	!ValueError: Cannot specify ',' with 'b'.|
i	255	> 8_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1234567	*=-#1_.	!ValueError: Format specifier missing precision|
i	7	=#5,G	7.00000|
i	233	=#05_.f	!ValueError: Format specifier missing precision|
i	1234	>-20o	                2322|
i	-1234567	*< 5,X	!ValueError: Cannot specify ',' with 'X'.|
i	0	0<-#8X	0X000000|
i	33	*< 03_X	 21|
i	-9223372036854775808	*>-#8_f	-9_223_372_036_854_775_808.000000|
i	-1234567	12,	  -1,234,567|
i	-1234567	*<-z#012%	-123456700.000000%|
i	1	20_d	                   1|
i	65	€<+z#012	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	=z05,.0F	128,512|
i	-1000000000000000000	*^z12c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	 > 0_.12x	!ValueError: Precision not allowed in integer format specifier|
i	-42	,<-z20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	123456789012	 >20f	 123456789012.000000|
i	-1000000000000000000	0^012,F	-1,000,000,000,000,000,000.000000|
i	255	>-020n	00000000000000000255|
i	9223372036854775807	é^020.f	!ValueError: Format specifier missing precision|
i	1114112	x> #03,.0F	 1,114,112.|
i	7	,<0b	111|
i	65	€<+5_y	!ValueError: Cannot specify '_' with 'y'.|
i	128512	0<-0_G	128_512|
i	128512	0=-z20_y	!ValueError: Cannot specify '_' with 'y'.|
i	65	é^-003%	6500.000000%|
i	1	+#08F	+1.000000|
i	123456789012	*^ 00,	 123,456,789,012|
i	9223372036854775807	*>+#20.3x	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	=-00.n	!ValueError: Format specifier missing precision|
i	255	#^z8,.6E	2.550000E+02|
i	-1	^+#1.12o	!ValueError: Precision not allowed in integer format specifier|
i	255	,<-5_e	2.550000e+02|
i	-1234567	*= 8,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-9223372036854775808	= #08.y	!ValueError: Format specifier missing precision|
i	-1	*< z20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	+z05_s	!ValueError: Cannot specify '_' with 's'.|
i	233	*^,f	233.000000|
i	123456789012	é^-8,%	12,345,678,901,200.000000%|
i	123456789012	^-z012F	123456789012.000000|
i	-42	,<+020e	-4.200000e+01,,,,,,,|
i	9223372036854775807	>-5_c	!ValueError: Cannot specify '_' with 'c'.|
i	1114112	#00,x	!ValueError: Cannot specify ',' with 'x'.|
i	-42	+z#20n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	€<#0E	1.285120E+05|
i	-1000000000000000000	#^+01o	-67405553164731000000|
i	1234	0<+z012_.12s	!ValueError: Cannot specify '_' with 's'.|
i	255	< z020e	 2.550000e+020000000|
i	1	<+5_g	+1   |
i	7	,<0_.6b	!ValueError: Precision not allowed in integer format specifier|
i	33	>+12.20n	!ValueError: Precision not allowed in integer format specifier|
i	1	*^ 03_	 1*|
i	1000000000000000	x>+#1,%	+100,000,000,000,000,000.000000%|
i	65	1_o	101|
i	1	 >#8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1234	0<-z8f	1234.000000|
i	65	<+#8_d	+65     |
i	7	<0_X	7|
i	1114112	>-1.6b	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	<b	1110010111110100110010001101000010100|
i	7	é^5_%	700.000000%|
i	123456789012	>+003.3d	!ValueError: Precision not allowed in integer format specifier|
i	-1234567	0^+#12,%	-123,456,700.000000%|
i	1114112	0<0,	1,114,112|
i	65	,<+01_.6y	!ValueError: Cannot specify '_' with 'y'.|
i	33	0^08g	00033000|
i	65	003,o	!ValueError: Cannot specify ',' with 'o'.|
i	9223372036854775807	+003,c	!ValueError: Cannot specify ',' with 'c'.|
i	33	*<z#020e	3.300000e+01********|
i	128512	>_s	!ValueError: Cannot specify '_' with 's'.|
i	1234	^-003_b	100_1101_0010|
i	255	0=z08,c	!ValueError: Cannot specify ',' with 'c'.|
i	7	*^z020,.x	!ValueError: Format specifier missing precision|
i	-1000000000000000000	_>+#0_b	-0b1101_1110_0000_1011_0110_1011_0011_1010_0111_0110_0100_0000_0000_0000_0000|
i	65	*=#020b	0b***********1000001|
i	128512	*^z#1.0f	128512.|
i	123456789012	_>5b	1110010111110100110010001101000010100|
i	233	>#8_e	2.330000e+02|
i	1	=+#08y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-9223372036854775808	x>-z5.12g	-9.22337203685e+18|
i	255	<+#20,.3X	!ValueError: Cannot specify ',' with 'X'.|
i	9223372036854775807	#^ ,%	 922,337,203,685,477,580,800.000000%|
i	65	=#03_X	0X41|
i	-1000000000000000000	*>-#12b	-0b110111100000101101101011001110100111011001000000000000000000|
i	1234	-8,c	!ValueError: Cannot specify ',' with 'c'.|
i	9223372036854775807	€<+#08,r	!ValueError: Cannot specify ',' with 'r'.|
i	233	*>+012,E	+2.330000E+02|
i	1000000000000000	^#_s	!ValueError: Cannot specify '_' with 's'.|
i	0	#^0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-42	<+z05c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	€< 5,	-42€€|
i	233	-#20,X	!ValueError: Cannot specify ',' with 'X'.|
i	123456789012	z8,o	!ValueError: Cannot specify ',' with 'o'.|
i	-1000000000000000000	0=#12F	-1000000000000000000.000000|
i	-42	<z20,b	!ValueError: Cannot specify ',' with 'b'.|
i	33	0< 020,x	!ValueError: Cannot specify ',' with 'x'.|
i	128512	*^-z03_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	20_s	!ValueError: Cannot specify '_' with 's'.|
i	65	 >+00E	+6.500000E+01|
i	1234	,<z20.c	!ValueError: Format specifier missing precision|
i	255	 >#1.20	!ValueError: Precision not allowed in integer format specifier|
i	1114112	03_b	1_0001_0000_0000_0000_0000|
i	-1	-s	!ValueError: Unknown format code 's' for object of type 'int'|
i	233	> 8F	 233.000000|
i	255	0^-03_E	2.550000E+02|
i	-42	_>0_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1000000000000000	0=-0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	0=-05_o	-10_0000_0000_0000_0000_0000|
i	7	0<-8b	11100000|
i	9223372036854775807	*=z0E	9.223372E+18|
i	7	*>-12_.b	!ValueError: Format specifier missing precision|
i	-42	<z#0_E	-4.200000E+01|
i	-1234567	=8e	-1.234567e+06|
i	233	*=-z8g	*****233|
i	9223372036854775807	x>-8\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	128512	 >1,x	!ValueError: Cannot specify ',' with 'x'.|
i	-9223372036854775808	<.12b	!ValueError: Precision not allowed in integer format specifier|
i	-42	€<#08,.0G	-4.E+01€|
i	9223372036854775807	< z#1_e	 9.223372e+18|
i	-1000000000000000000	*^#00\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-9223372036854775808	_>-#o	-0o1000000000000000000000|
i	1	 > 01d	 1|
i	255	0=-020_c	!ValueError: Cannot specify '_' with 'c'.|
i	0	*> 03F	 0.000000|
i	-42	< 12\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	z03,F	255.000000|
i	-9223372036854775808	*=+0F	-9223372036854775808.000000|
i	0	20_o	                   0|
i	9223372036854775807	*< z1_b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	*> 8_r	!ValueError: Cannot specify '_' with 'r'.|
i	9223372036854775807	>,n	!ValueError: Cannot specify ',' with 'n'.|
i	233	x>5,s	!ValueError: Cannot specify ',' with 's'.|
i	1114112	=0,G	1.11411E+06|
i	233	,<+00.6c	!ValueError: Precision not allowed in integer format specifier|
i	1234	>-8,g	   1,234|
i	233	*=03X	*E9|
i	1234	^+z0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1	0<+12_	-10000000000|
i	1000000000000000	= z#0e	 1.000000e+15|
i	7	8,	       7|
i	123456789012	= #03r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1	€<-,b	!ValueError: Cannot specify ',' with 'b'.|
i	9223372036854775807	>+z#01,F	+9,223,372,036,854,775,808.000000|
i	1	=+12.12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	= z#20_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	0<+00s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1000000000000000000	0^+20,f	-1,000,000,000,000,000,000.000000|
i	-42	*> 8d	*****-42|
i	9223372036854775807	_> 03b	 111111111111111111111111111111111111111111111111111111111111111|
i	-42	+z020_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	,<-05o	101,,|
i	65	0^ ,F	 65.000000|
i	-1	<z1.3F	-1.000|
i	1114112	,< 012,F	 1,114,112.000000|
i	9223372036854775807	€<-01F	9223372036854775808.000000|
i	-42	x>20E	xxxxxxx-4.200000E+01|
i	0	^+#20_g	      +0.00000      |
i	33	é^z0c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	*^0X	-2A|
i	9223372036854775807	-12b	111111111111111111111111111111111111111111111111111111111111111|
i	1000000000000000	é^#03_c	!ValueError: Cannot specify '_' with 'c'.|
i	7	 z020_.12\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	123456789012	_>0	123456789012|
i	-9223372036854775808	0< z12d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	 z#0X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	#^X	7|
i	1114112	*<-0,y	!ValueError: Cannot specify ',' with 'y'.|
i	128512	+012.6c	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	,<+01e	-1.000000e+18|
i	123456789012	*>+1x	+1cbe991a14|
i	-9223372036854775808	0<-0_n	!ValueError: Cannot specify '_' with 'n'.|
i	9223372036854775807	,<#8b	0b111111111111111111111111111111111111111111111111111111111111111|
i	-1234567	é^+#0_y	!ValueError: Cannot specify '_' with 'y'.|
i	-1234567	^5b	-100101101011010000111|
i	65	*<08c	A*******|
i	233	-08	00000233|
i	-1	_>-0_.6y	!ValueError: Cannot specify '_' with 'y'.|
i	0	0<0_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1234	=-#12_c	!ValueError: Cannot specify '_' with 'c'.|
i	128512	0=0f	128512.000000|
i	1114112	0<20,n	!ValueError: Cannot specify ',' with 'n'.|
i	-9223372036854775808	*=+5g	-9.22337e+18|
i	233	0<-012c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1	^ 0_G	-1|
i	1	0<z12_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	,	123,456,789,012|
i	-1	<-#00,G	-1.00000|
i	1	#^+#5_.12o	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	0=-z05E	9.223372E+18|
i	-42	*^-03,c	!ValueError: Cannot specify ',' with 'c'.|
i	7	 08_F	 7.000000|
i	233	€<+#1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1	0=8_X	000_0001|
i	1234	*^ z12F	 1234.000000|
i	7	#0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	7	,<+#5,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	65	*=+05	+**65|
i	-1000000000000000000	*> 20,.g	!ValueError: Format specifier missing precision|
i	233	é^+00x	+e9|
i	-1234567	0= #o	-0o4553207|
i	1	€<003,x	!ValueError: Cannot specify ',' with 'x'.|
i	1000000000000000	^z12x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	> z0_X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	*<-#03,X	!ValueError: Cannot specify ',' with 'X'.|
i	9223372036854775807	*>-03,X	!ValueError: Cannot specify ',' with 'X'.|
i	255	_>z5,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	 z#0_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	,<00,d	233|
i	255	*> #08,.0c	!ValueError: Cannot specify ',' with 'c'.|
i	1234	>0_s	!ValueError: Cannot specify '_' with 's'.|
i	-42	*^n	-42|
i	-42	<-#20,.G	!ValueError: Format specifier missing precision|
i	-42	*^-#20.0n	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	0< z#003r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1234567	€<-b	-100101101011010000111|
i	123456789012	#^+#08,x	!ValueError: Cannot specify ',' with 'x'.|
i	-42	>+03,X	!ValueError: Cannot specify ',' with 'X'.|
i	9223372036854775807	*^#5.20	!ValueError: Precision not allowed in integer format specifier|
i	-1	x>r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1000000000000000	,<5_o	3_4327_7244_6150_0000|
i	65	*<z20o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	*>-z0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-42	*^+#1	-42|
i	-1000000000000000000	 > z0g	-1e+18|
i	123456789012	#^#12_c	!ValueError: Cannot specify '_' with 'c'.|
i	123456789012	 >+z012_r	!ValueError: Cannot specify '_' with 'r'.|
i	-1234567	_>#20X	___________-0X12D687|
i	1114112	 > .F	!ValueError: Format specifier missing precision|
i	1000000000000000	 0,x	!ValueError: Cannot specify ',' with 'x'.|
i	1234	x>+#5G	+1234.00|
i	33	 >#0_.20%	3_300.00000000000000000000%|
i	-1234567	*^+0x	-12d687|
i	33	0^-z#8,x	!ValueError: Cannot specify ',' with 'x'.|
i	1	_>#08F	1.000000|
i	33	= 20,g	                  33|
i	1000000000000000	0^0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	123456789012	#^+0.1%	+12345678901200.0%|
i	-1234567	0= y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	255	 >+,G	+255|
i	-1000000000000000000	>z#03c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1234	>-,.3o	!ValueError: Cannot specify ',' with 'o'.|
i	-9223372036854775808	^020r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	233	*=-z003_G	233|
i	0	0=+#0.12e	+0.000000000000e+00|
i	-42	+z#03o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	<-8,s	!ValueError: Cannot specify ',' with 's'.|
i	65	0^-z5_G	06500|
i	1000000000000000	*^-03,	1,000,000,000,000,000|
i	33	 >20e	        3.300000e+01|
i	233	*^-#003,E	2.330000E+02|
i	65	< z5_E	 6.500000E+01|
i	-1234567	0= #20%	-00123456700.000000%|
i	1	*<-#0_y	!ValueError: Cannot specify '_' with 'y'.|
i	123456789012	,< #01x	 0x1cbe991a14|
i	1114112	^-5,.6	!ValueError: Precision not allowed in integer format specifier|
i	1	*^12,b	!ValueError: Cannot specify ',' with 'b'.|
i	-1	>-z0%	-100.000000%|
i	-1	€<z8%	-100.000000%|
i	-1000000000000000000	^#20G	    -1.00000E+18    |
i	9223372036854775807	é^+z05E	+9.223372E+18|
i	9223372036854775807	*=0,x	!ValueError: Cannot specify ',' with 'x'.|
i	-1234567	_>+z05y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	0< z#12f	 233.0000000|
i	128512	1_g	128_512|
i	1234	>0_X	4D2|
i	9223372036854775807	0=0F	9223372036854775808.000000|
i	233	*> 12,x	!ValueError: Cannot specify ',' with 'x'.|
i	9223372036854775807	*<#03_E	9.223372E+18|
i	-9223372036854775808	^-020_.6G	0000-9.22337E+180000|
i	0	>_y	!ValueError: Cannot specify '_' with 'y'.|
i	65	€< #20_F	 65.000000€€€€€€€€€€|
i	255	#5.1X	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	+1,.12X	!ValueError: Cannot specify ',' with 'X'.|
i	65	*=+05,.6E	+6.500000E+01|
i	128512	*>z20%	****12851200.000000%|
i	-9223372036854775808	*^ 0_f	-9_223_372_036_854_775_808.000000|
i	-1234567	_>0_F	-1_234_567.000000|
i	128512	*< 0f	 128512.000000|
i	-42	*^0_X	-2A|
i	-1234567	-z#0o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	#^ 1x	 e9|
i	9223372036854775807	+020_o	+7_7777_7777_7777_7777_7777|
i	-9223372036854775808	€< z1f	-9223372036854775808.000000|
i	-1	0^_E	-1.000000E+00|
i	-1	*>z03_c	!ValueError: Cannot specify '_' with 'c'.|
i	123456789012	é^#5,d	123,456,789,012|
i	1114112	^ 5,%	 111,411,200.000000%|
i	65	-,e	6.500000e+01|
i	33	0^01_e	3.300000e+01|
i	128512	^ 03d	 128512|
i	7	>+z,F	+7.000000|
i	123456789012	,<+z20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	33	,<5X	21,,,|
i	123456789012	é^z03o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	-.0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1000000000000000	0=-05,n	!ValueError: Cannot specify ',' with 'n'.|
i	1234	#^1x	4d2|
i	123456789012	 >+#12,s	!ValueError: Cannot specify ',' with 's'.|
i	9223372036854775807	*<8.20	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	0=003c	!OverflowError: %c arg not in range(0x110000)|
i	7	*>-,	7|
i	-1000000000000000000	*> z1,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	33	>-z00%	3300.000000%|
i	1114112	*^12.f	!ValueError: Format specifier missing precision|
i	0	#^ z5.12%	 0.000000000000%|
i	128512	*>-z0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1234	0=12d	000000001234|
i	255	*> 05_.b	!ValueError: Format specifier missing precision|
i	255	,<z0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1	-1_c	!ValueError: Cannot specify '_' with 'c'.|
i	255	€<12_f	255.000000€€|
i	-1000000000000000000	=+z05_r	!ValueError: Cannot specify '_' with 'r'.|
i	-1	03,	-01|
i	1114112	*<+1n	+1114112|
i	7	*^-z#5_e	7.000000e+00|
i	1234	-20,.20%	123,400.00000000000000000000%|
i	255	-20,F	          255.000000|
i	1114112	x>-#5y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	33	03e	3.300000e+01|
i	1234	é^+z#8G	+1234.00|
i	-9223372036854775808	 >z#0o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	z#0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	#^-z#03.n	!ValueError: Format specifier missing precision|
i	1234	^	1234|
i	0	*^12f	**0.000000**|
i	1114112	*^-0.3s	!ValueError: Unknown format code 's' for object of type 'int'|
i	255	<-12\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	33	<003c	!00|
i	255	#20_e	        2.550000e+02|
i	65	_>+_n	!ValueError: Cannot specify '_' with 'n'.|
i	233	,<8b	11101001|
i	-1000000000000000000	<+1,X	!ValueError: Cannot specify ',' with 'X'.|
i	7	x>8.F	!ValueError: Format specifier missing precision|
i	9223372036854775807	*=5\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	233	é^z5_X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	 #_c	!ValueError: Cannot specify '_' with 'c'.|
i	9223372036854775807	0^-0	9223372036854775807|
i	0	#^03%	0.000000%|
i	-42	x>8_X	xxxxx-2A|
i	-42	€<+#1,E	-4.200000E+01|
i	-1	*^ #012,	*****-1*****|
i	1234	x>01_x	4d2|
i	1	é^+0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	233	z#12F	  233.000000|
i	33	€<-#0.\u{1}	!ValueError: Format specifier missing precision|
i	-9223372036854775808	,< 012,x	!ValueError: Cannot specify ',' with 'x'.|
i	0	*<_	0|
i	9223372036854775807	<-#8_.12\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	0	-5,y	!ValueError: Cannot specify ',' with 'y'.|
i	-42	x>-#03g	-42.0000|
i	65	 >#0n	65|
i	33	>+#20,X	!ValueError: Cannot specify ',' with 'X'.|
i	1	,< 20g	 1,,,,,,,,,,,,,,,,,,|
i	9223372036854775807	€< z08g	 9.22337e+18|
i	233	#^-#0f	233.000000|
i	9223372036854775807	0<-5_b	111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111|
i	-9223372036854775808	*^-#12_x	-0x8000_0000_0000_0000|
i	255	=,	255|
i	123456789012	< 5X	 1CBE991A14|
i	1	*<-g	1|
i	233	0^+20,.12e	+2.330000000000e+020|
i	233	*< z#0_E	 2.330000E+02|
i	-9223372036854775808	01s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	>-#,n	!ValueError: Cannot specify ',' with 'n'.|
i	-1000000000000000000	0=-8,r	!ValueError: Cannot specify ',' with 'r'.|
i	128512	*<+d	+128512|
i	7	€<#d	7|
i	33	,<20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	7	0^+05_G	0+700|
i	128512	 z#12	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	20E	        2.330000E+02|
i	123456789012	0<-z0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	7	_>-8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	^003,d	233|
i	9223372036854775807	+z#1x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	+#20.3c	!ValueError: Precision not allowed in integer format specifier|
i	0	0=z#X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1234	 #s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1114112	^+z03	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	,<+05F	+33.000000|
i	9223372036854775807	é^+08_d	+9_223_372_036_854_775_807|
i	128512	 #003\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1	x>#s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-9223372036854775808	é^ z8s	!ValueError: Unknown format code 's' for object of type 'int'|
i	128512	x>z12c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	x>+_	+9_223_372_036_854_775_807|
i	1	€< z#5_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	,< z1_.6o	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	+03F	+9223372036854775808.000000|
i	33	#^+#20_.6y	!ValueError: Cannot specify '_' with 'y'.|
i	1000000000000000	é^z5%	100000000000000000.000000%|
i	1000000000000000	> z,F	 1,000,000,000,000,000.000000|
i	255	x>+0c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	65	-20_o	                 101|
i	7	>+#d	+7|
i	-1	0=012,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-1000000000000000000	é^+00	-1000000000000000000|
i	123456789012	€< 03X	 1CBE991A14|
i	1114112	0=12.20c	!ValueError: Precision not allowed in integer format specifier|
i	33	_>#1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	0	0<z_n	!ValueError: Cannot specify '_' with 'n'.|
i	7	*>+0_F	+7.000000|
i	1	 1_g	 1|
i	1	*< z12,X	!ValueError: Cannot specify ',' with 'X'.|
i	123456789012	<+z#20,X	!ValueError: Cannot specify ',' with 'X'.|
i	-1234567	0=#0%	-123456700.000000%|
i	1114112	 _n	!ValueError: Cannot specify '_' with 'n'.|
i	9223372036854775807	0^012.12n	!ValueError: Precision not allowed in integer format specifier|
i	0	0< 5,n	!ValueError: Cannot specify ',' with 'n'.|
i	1234	0^-z5n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	0<z0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	€<+#8.20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1114112	*=#03,.0d	!ValueError: Precision not allowed in integer format specifier|
i	233	*>+.1y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	0=01_r	!ValueError: Cannot specify '_' with 'r'.|
i	1	^-#20.1c	!ValueError: Precision not allowed in integer format specifier|
i	65	-z#0,x	!ValueError: Cannot specify ',' with 'x'.|
i	255	*> 20_e	******* 2.550000e+02|
i	-1000000000000000000	0=-0,	-1,000,000,000,000,000,000|
i	1000000000000000	=0_o	3_4327_7244_6150_0000|
i	9223372036854775807	0<01_b	111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111|
i	-9223372036854775808	<+#03,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-1	 >#03,G	-1.00000|
i	255	#^+#o	+0o377|
i	1114112	0<+z#E	+1.114112E+06|
i	9223372036854775807	0^#05c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'|
i	-1234567	#^20f	##-1234567.000000###|
i	1	>#03_F	1.000000|
i	9223372036854775807	 >#g	9.22337e+18|
i	123456789012	+#12G	+1.23457E+11|
i	1	<+#	+1|
i	1000000000000000	x>-00_F	1_000_000_000_000_000.000000|
i	-1234567	< z#0g	-1.23457e+06|
i	7	 #12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-42	#^020o	########-52#########|
i	65	*^#03	65*|
i	65	,<+x	+41|
i	1234	0^ zx	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	€<8,d	0€€€€€€€|
i	33	*<+00,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1	*>-z0E	-1.000000E+00|
i	255	 #5,e	 2.550000e+02|
i	-42	> #08_.1	!ValueError: Precision not allowed in integer format specifier|
i	33	0^ 12,E	 3.300000E+01|
i	-1	é^-z5o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	,< 1f	 9223372036854775808.000000|
i	123456789012	 >+#020X	       +0X1CBE991A14|
i	7	0^ 08,E	 7.000000E+00|
i	-1000000000000000000	€<#r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1234	,<-0f	1234.000000|
i	255	 >#12\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1234	*>20X	*****************4D2|
i	65	€<-03,e	6.500000e+01|
i	7	0^+#,y	!ValueError: Cannot specify ',' with 'y'.|
i	255	 >-z20f	          255.000000|
i	65	_>+z0c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	^-8,r	!ValueError: Cannot specify ',' with 'r'.|
i	1114112	0^ d	 1114112|
i	1	*>z12o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	x> #_	-1|
i	255	 >020o	                 377|
i	1	*^+z#00r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1114112	^03_.6r	!ValueError: Cannot specify '_' with 'r'.|
i	255	x> 20e	xxxxxxx 2.550000e+02|
i	0	*<-#012,b	!ValueError: Cannot specify ',' with 'b'.|
i	1234	^+#20x	       +0x4d2       |
i	7	1_.0F	7|
i	-9223372036854775808	é^-20_	-9_223_372_036_854_775_808|
i	255	*< 20_e	 2.550000e+02*******|
i	65	0.6e	6.500000e+01|
i	1	*^ 20_s	!ValueError: Cannot specify '_' with 's'.|
i	1234	<+1,y	!ValueError: Cannot specify ',' with 'y'.|
i	128512	*^012_r	!ValueError: Cannot specify '_' with 'r'.|
i	9223372036854775807	*= #020_c	!ValueError: Cannot specify '_' with 'c'.|
i	1234	 >z20x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	*=-z#0x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	é^+003.0G	+3E+02|
i	233	0= 1_f	 233.000000|
i	128512	+,o	!ValueError: Cannot specify ',' with 'o'.|
i	0	0^20E	00000.000000E+000000|
i	-1000000000000000000	0=-#8.20g	-1000000000000000000.0|
i	7	*=-1_d	7|
i	9223372036854775807	*>-E	9.223372E+18|
i	-9223372036854775808	0=#5,%	-922,337,203,685,477,580,800.000000%|
i	255	0^-12_x	00000ff00000|
i	-9223372036854775808	>-z020c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	^ #0_.1X	!ValueError: Precision not allowed in integer format specifier|
i	-42	*> _f	-42.000000|
i	1000000000000000	 >-#003_c	!ValueError: Cannot specify '_' with 'c'.|
i	33	0<+00	+33|
i	33	é^z8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1000000000000000	=-z0_f	1_000_000_000_000_000.000000|
i	255	<5_c	!ValueError: Cannot specify '_' with 'c'.|
i	-1000000000000000000	*^-20E	***-1.000000E+18****|
i	1	=+#020_e	+0_000_001.000000e+00|
i	1	_>+z#12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1	€<12,.12%	-100.000000000000%|
i	65	>-20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	 05%	 25500.000000%|
i	0	<z#05_X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	*<-08,o	!ValueError: Cannot specify ',' with 'o'.|
i	-1000000000000000000	*<003,e	-1.000000e+18|
i	7	z20x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1234	_>12_E	1.234000E+03|
i	-1000000000000000000	*>-1,G	-1E+18|
i	0	*^ 00_%	 0.000000%|
i	33	*=-#03X	0X21|
i	128512	^#012_E	1.285120E+05|
i	1	_>#x	0x1|
i	7	+5,G	   +7|
i	9223372036854775807	*<+08o	+777777777777777777777|
i	-9223372036854775808	=-8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-42	*>03y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	*<0,g	1.11411e+06|
i	9223372036854775807	€< #8\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1000000000000000000	-020,s	!ValueError: Cannot specify ',' with 's'.|
i	7	_> 08,e	 7.000000e+00|
i	233	 12_.12X	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	-#1,.g	!ValueError: Format specifier missing precision|
i	9223372036854775807	 >z1,x	!ValueError: Cannot specify ',' with 'x'.|
i	1114112	 >020,X	!ValueError: Cannot specify ',' with 'X'.|
i	123456789012	 1r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-42	<+z#05_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	>+1,f	-42.000000|
i	1000000000000000	x>+#5x	+0x38d7ea4c68000|
i	9223372036854775807	=-20_%	922_337_203_685_477_580_800.000000%|
i	-1000000000000000000	x> 0,E	-1.000000E+18|
i	1114112	^01_n	!ValueError: Cannot specify '_' with 'n'.|
i	1234	0^-1,y	!ValueError: Cannot specify ',' with 'y'.|
i	255	0< #12,.20e	 2.55000000000000000000e+02|
i	65	€<-_b	100_0001|
i	-1000000000000000000	0=_.1%	-100_000_000_000_000_000_000.0%|
i	9223372036854775807	#^ z12_.s	!ValueError: Format specifier missing precision|
i	-42	*=00_g	-42|
i	-1234567	012d	-00001234567|
i	255	< z0b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	_> #012E	 1.234568E+11|
i	255	0<z0_%	25_500.000000%|
i	1234	x>z0b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	 #03n	 123456789012|
i	-9223372036854775808	>z#0.3s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1	-03_.12F	1.000000000000|
i	-1000000000000000000	é^ z#.12G	-1.00000000000E+18|
i	233	*>-20.1E	*************2.3E+02|
i	128512	1,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	255	 >-#01_.12\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	233	 y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	0^12,.12x	!ValueError: Cannot specify ',' with 'x'.|
i	128512	*> z5,G	 128,512|
i	7	^ 5,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1234567	 > z#0b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	€<05_o	7_7777_7777_7777_7777_7777|
i	128512	*=-8x	***1f600|
i	7	< z#1b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	*<z0.1X	!ValueError: Precision not allowed in integer format specifier|
i	7	#^12E	7.000000E+00|
i	123456789012	x>z#12,E	1.234568E+11|
i	9223372036854775807	+#00,.x	!ValueError: Format specifier missing precision|
i	128512	é^-z_X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	-z012	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	_> z01.12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	^-03_.0d	!ValueError: Precision not allowed in integer format specifier|
i	-1234567	0=020.3\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1234	#^-0G	1234|
i	-9223372036854775808	,< z_r	!ValueError: Cannot specify '_' with 'r'.|
i	123456789012	*=0.6X	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	x>#0F	9223372036854775808.000000|
i	33	=00n	33|
i	233	x>+1d	+233|
i	65	<20G	65                  |
i	33	^+z#12%	+3300.000000%|
i	233	#^ ,.1f	 233.0|
i	1234	<-12c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	0	é^z#03E	0.000000E+00|
i	-1	#^-08_e	-1.000000e+00|
i	-9223372036854775808	^#03.0g	-9.e+18|
i	-1234567	x>-z20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1000000000000000000	^ 12n	-1000000000000000000|
i	128512	#^-#8,r	!ValueError: Cannot specify ',' with 'r'.|
i	33	 03n	 33|
i	0	*=+5c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1	 >+#d	-1|
i	-1	^z#0_F	-1.000000|
i	7	*=+03.12\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1234567	*> 020_y	!ValueError: Cannot specify '_' with 'y'.|
i	65	=-z0_E	6.500000E+01|
i	-1234567	0<12,f	-1,234,567.000000|
i	7	x>20f	xxxxxxxxxxxx7.000000|
i	-42	*=z#5E	-4.200000E+01|
i	65	*>+1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-42	-8_d	     -42|
i	255	0^ 8o	00 37700|
i	-1234567	*>+#01b	-0b100101101011010000111|
i	128512	0=012.6s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-9223372036854775808	 >020%	-922337203685477580800.000000%|
i	7	#_e	7.000000e+00|
i	1000000000000000	*>+8e	+1.000000e+15|
i	1234	+#F	+1234.000000|
i	1234	0=#_X	0X4D2|
i	-1234567	€<#00,G	-1.23457E+06|
i	33	0<#n	33|
i	-9223372036854775808	-#08_e	-9.223372e+18|
i	-42	_> z#00o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	_> 12_X	-DE0_B6B3_A764_0000|
i	0	#^003r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	0^ 020G	000000 1285120000000|
i	1	é^+020_r	!ValueError: Cannot specify '_' with 'r'.|
i	1000000000000000	<#08s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1	#^z20E	###-1.000000E+00####|
i	1114112	*=z0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1114112	03_s	!ValueError: Cannot specify '_' with 's'.|
i	-1	8x	      -1|
i	0	*<020,%	0.000000%***********|
i	-1234567	> 12_G	-1.23457E+06|
i	1000000000000000	 > #5r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	,<z003X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	>+#8_d	+128_512|
i	9223372036854775807	,<0_b	111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111|
i	1114112	*=#012_E	1.114112E+06|
i	1234	*<+0X	+4D2|
i	33	>-,n	!ValueError: Cannot specify ',' with 'n'.|
i	1114112	0<0,c	!ValueError: Cannot specify ',' with 'c'.|
i	1114112	>01%	111411200.000000%|
i	-1	_>#,n	!ValueError: Cannot specify ',' with 'n'.|
i	1114112	0=1_X	11_0000|
i	-42	=z05X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	<#0_%	0.000000%|
i	123456789012	x>-03r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	9223372036854775807	*=-#03,e	9.223372e+18|
i	-42	 >01\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	7	*< 1.1G	 7|
i	1	+#003G	+1.00000|
i	1000000000000000	<-,r	!ValueError: Cannot specify ',' with 'r'.|
i	1000000000000000	€<-0,y	!ValueError: Cannot specify ',' with 'y'.|
i	7	0=+#0_c	!ValueError: Cannot specify '_' with 'c'.|
i	-1000000000000000000	= 03E	-1.000000E+18|
i	1	x>+z20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	0=-z05r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1	^ #03n	 10|
i	128512	*<z12b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	^z12_f	 -1.000000  |
i	33	> 01g	 33|
i	-1234567	x> 00,.0e	-1e+06|
i	0	é^-#20_G	éééééé0.00000ééééééé|
i	7	*< z#03_.1E	 7.0E+00|
i	-1000000000000000000	*<+.20d	!ValueError: Precision not allowed in integer format specifier|
i	7	+1,c	!ValueError: Cannot specify ',' with 'c'.|
i	-1	0^+#5G	-1.00000|
i	233	*=-z20,e	********2.330000e+02|
i	-1000000000000000000	*=#0f	-1000000000000000000.000000|
i	1000000000000000	 > 0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	*>#20n	******************-1|
i	123456789012	03	123456789012|
i	1000000000000000	^12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1234567	^ z#1c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	#^1g	233|
i	-1000000000000000000	#^z020r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	+#03,r	!ValueError: Cannot specify ',' with 'r'.|
i	1	x>-#0,E	1.000000E+00|
i	0	#5f	0.000000|
i	1000000000000000	=+003_g	+1e+15|
i	-1	 >_F	-1.000000|
i	65	*>z#%	6500.000000%|
i	1	é^z#20,G	éééééé1.00000ééééééé|
i	65	0< n	 65|
i	128512	-012_F	128_512.000000|
i	128512	*^z20_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1000000000000000000	-#012F	-1000000000000000000.000000|
i	33	*=-#c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	7	*<z12.12d	!ValueError: Precision not allowed in integer format specifier|
i	33	>+5,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-42	*<+.1f	-42.0|
i	-1000000000000000000	*<1b	-110111100000101101101011001110100111011001000000000000000000|
i	1	0=+z05,.0c	!ValueError: Cannot specify ',' with 'c'.|
i	255	*^+z#12	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	0= 1_.20	!ValueError: Precision not allowed in integer format specifier|
i	1234	0<#1_.6x	!ValueError: Precision not allowed in integer format specifier|
i	1234	=+z020_b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1000000000000000	*<-z012x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	*^+0,d	+7|
i	1114112	0= 03,n	!ValueError: Cannot specify ',' with 'n'.|
i	233	0^+1c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	7	>+#12,f	   +7.000000|
i	-1234567	0< x	-12d687|
i	65	<-03n	650|
i	1234	+#012e	+1.234000e+03|
i	0	*> #03,o	!ValueError: Cannot specify ',' with 'o'.|
i	-42	>-,%	-4,200.000000%|
i	33	*^z03_g	33*|
i	255	<0F	255.000000|
i	7	-1d	7|
i	-42	-.1X	!ValueError: Precision not allowed in integer format specifier|
i	65	0<#,.d	!ValueError: Format specifier missing precision|
i	-42	*=+12.0E	-******4E+01|
i	9223372036854775807	é^+03o	+777777777777777777777|
i	-1000000000000000000	*<_r	!ValueError: Cannot specify '_' with 'r'.|
i	-1000000000000000000	1,y	!ValueError: Cannot specify ',' with 'y'.|
i	128512	0<-z8,c	!ValueError: Cannot specify ',' with 'c'.|
i	1234	0^+E	+1.234000E+03|
i	1114112	> z#8o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	,<12.3	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	*=-f	123456789012.000000|
i	7	x>+00\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	233	 >12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	255	0^-z08,.6g	00255000|
i	-9223372036854775808	é^00,f	-9,223,372,036,854,775,808.000000|
i	233	>#03%	23300.000000%|
i	255	0^-5y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	7	,< zX	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	x> 03g	 1.11411e+06|
i	7	*=01,y	!ValueError: Cannot specify ',' with 'y'.|
i	-1	,<z12,x	!ValueError: Cannot specify ',' with 'x'.|
i	1	+5,.0x	!ValueError: Cannot specify ',' with 'x'.|
i	-1234567	=+8s	!ValueError: Unknown format code 's' for object of type 'int'|
i	33	0< 0_E	 3.300000E+01|
i	65	_> #00X	 0X41|
i	1000000000000000	#03_b	0b11_1000_1101_0111_1110_1010_0100_1100_0110_1000_0000_0000_0000|
i	7	€<+03b	+111|
i	1114112	*>01_.y	!ValueError: Format specifier missing precision|
i	-1	,<+0b	-1|
i	7	0<+#\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	65	,< #08.0f	 65.,,,,|
i	1234	*>#12_d	*******1_234|
i	9223372036854775807	x>z0e	9.223372e+18|
i	9223372036854775807	*^#003_y	!ValueError: Cannot specify '_' with 'y'.|
i	-9223372036854775808	>5.20b	!ValueError: Precision not allowed in integer format specifier|
i	255	 >z00,E	2.550000E+02|
i	-9223372036854775808	é^+5x	-8000000000000000|
i	255	,<+05,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	9223372036854775807	^z5,X	!ValueError: Cannot specify ',' with 'X'.|
i	233	#003,x	!ValueError: Cannot specify ',' with 'x'.|
i	128512	^#5.20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	x>+#020,%	xxxxxxxxxx+0.000000%|
i	-9223372036854775808	0^0X	-8000000000000000|
i	1	#^-20,.6	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	_>#08_o	-0o6740_5553_1647_3100_0000|
i	1114112	<,b	!ValueError: Cannot specify ',' with 'b'.|
i	123456789012	>05x	1cbe991a14|
i	-42	0< 00c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	123456789012	#^01_x	1c_be99_1a14|
i	65	*<+12.n	!ValueError: Format specifier missing precision|
i	1234	_>08,	___1,234|
i	128512	€<003x	1f600|
i	1000000000000000	é^z20,.12	!ValueError: Precision not allowed in integer format specifier|
i	1234	#^+5X	+4D2#|
i	-42	€<zx	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	0,.f	!ValueError: Format specifier missing precision|
i	7	-#5c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1000000000000000000	_>_.y	!ValueError: Format specifier missing precision|
i	-1	0^-#012	00000-100000|
i	-1	*< z#0_c	!ValueError: Cannot specify '_' with 'c'.|
i	33	5_x	   21|
i	-1	=8x	-      1|
i	128512	€<03f	128512.000000|
i	65	0<+#,.3%	+6,500.000%|
i	7	*= 012_	 **********7|
i	7	0^-#20c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	33	_>-#0,%	3,300.000000%|
i	-1	*<#5,e	-1.000000e+00|
i	-9223372036854775808	<12_d	-9_223_372_036_854_775_808|
i	7	0< #8_.20X	!ValueError: Precision not allowed in integer format specifier|
i	65	<-20f	65.000000           |
i	-42	 >z,y	!ValueError: Cannot specify ',' with 'y'.|
i	-1	> 8e	-1.000000e+00|
i	-1000000000000000000	é^#_.1b	!ValueError: Precision not allowed in integer format specifier|
i	0	*<20r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	_>+12d	-9223372036854775808|
i	1234	=-1,	1,234|
i	1	x> #r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	^+01\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	*< 003,n	!ValueError: Cannot specify ',' with 'n'.|
i	1	*< 0n	 1|
i	128512	0^-z_g	128_512|
i	-1000000000000000000	x>#\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	65	-20_c	!ValueError: Cannot specify '_' with 'c'.|
i	1000000000000000	,<+z_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	é^ z#8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1234	x>-#03r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	33	x> 01,c	!ValueError: Cannot specify ',' with 'c'.|
i	123456789012	#^-z#012s	!ValueError: Unknown format code 's' for object of type 'int'|
i	123456789012	0=-1.6d	!ValueError: Precision not allowed in integer format specifier|
i	-42	 >+#12_e	-4.200000e+01|
i	-1234567	=03F	-1234567.000000|
i	9223372036854775807	*^-#E	9.223372E+18|
i	255	€< z#03G	 255.000|
i	255	 > #1F	 255.000000|
i	-1000000000000000000	*^,f	-1,000,000,000,000,000,000.000000|
i	65	0=z#020_s	!ValueError: Cannot specify '_' with 's'.|
i	1	0<z0_y	!ValueError: Cannot specify '_' with 'y'.|
i	0	x>-0f	0.000000|
i	-1	0=-.	!ValueError: Format specifier missing precision|
i	1234	>-003_.12o	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	0= 8,d	-9,223,372,036,854,775,808|
i	1114112	-#020,F	0,001,114,112.000000|
i	9223372036854775807	 >1,b	!ValueError: Cannot specify ',' with 'b'.|
i	-1234567	*<-20	-1234567************|
i	-1	é^05_	é-1éé|
i	65	> #05_.o	!ValueError: Format specifier missing precision|
i	-42	0<5d	-4200|
i	-9223372036854775808	*>03s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	 #03X	 0X7FFFFFFFFFFFFFFF|
i	123456789012	> 020,E	0000000 1.234568E+11|
i	123456789012	=-z#1,s	!ValueError: Cannot specify ',' with 's'.|
i	9223372036854775807	€< z#20G	 9.22337E+18€€€€€€€€|
i	1	-020,b	!ValueError: Cannot specify ',' with 'b'.|
i	123456789012	€< #12,r	!ValueError: Cannot specify ',' with 'r'.|
i	33	_>-#5_%	3_300.000000%|
i	1	0<5d	10000|
i	-1	0=5_	-0_001|
i	233	x>03,f	233.000000|
i	0	*>-#,d	0|
i	7	+1_X	+7|
i	-9223372036854775808	0=.3r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	7	-20_o	                   7|
i	123456789012	 g	 1.23457e+11|
i	128512	0=-.12d	!ValueError: Precision not allowed in integer format specifier|
i	255	€<5,.f	!ValueError: Format specifier missing precision|
i	-1234567	>003	-1234567|
i	0	-#r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1234567	+y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-42	€< 1.3E	-4.200E+01|
i	1000000000000000	*>1y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	128512	,<z#0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1234567	*^-12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1234	0^03_%	123_400.000000%|
i	123456789012	z#20,e	        1.234568e+11|
i	9223372036854775807	^+012n	+9223372036854775807|
i	-1	#8X	    -0X1|
i	-9223372036854775808	=020,.6%	-922,337,203,685,477,580,800.000000%|
i	0	> z#08,o	!ValueError: Cannot specify ',' with 'o'.|
i	9223372036854775807	z1.12F	9223372036854775808.000000000000|
i	233	*^+20f	****+233.000000*****|
i	-1	*>z#12,g	****-1.00000|
i	128512	=z8x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	1,s	!ValueError: Cannot specify ',' with 's'.|
i	33	*= #0,e	 3.300000e+01|
i	-42	>05e	-4.200000e+01|
i	128512	x>-#03_b	0b1_1111_0110_0000_0000|
i	33	*^z#08_c	!ValueError: Cannot specify '_' with 'c'.|
i	-9223372036854775808	0^+z0,F	-9,223,372,036,854,775,808.000000|
i	33	-#0F	33.000000|
i	0	,<-05c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	65	_>z5,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1234567	>-12_%	-123_456_700.000000%|
i	1000000000000000	*> 5_x	 3_8d7e_a4c6_8000|
i	123456789012	0<z#0o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	z0_.6%	6_500.000000%|
i	1	é^-#5_.12G	1.00000000000|
i	123456789012	*=12X	**1CBE991A14|
i	-1	05e	-1.000000e+00|
i	123456789012	é^-012\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-9223372036854775808	x>-003E	-9.223372E+18|
i	-1000000000000000000	*>-z0_n	!ValueError: Cannot specify '_' with 'n'.|
i	123456789012	,<012_E	1.234568E+11|
i	-9223372036854775808	#^03o	-1000000000000000000000|
i	9223372036854775807	=#03,y	!ValueError: Cannot specify ',' with 'y'.|
i	9223372036854775807	>#G	9.22337E+18|
i	1114112	#^20_.12s	!ValueError: Cannot specify '_' with 's'.|
i	255	*=-_X	FF|
i	-1	012_X	-0_0000_0001|
i	233	 >-#0,d	233|
i	1000000000000000	*=z#012b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	#^_s	!ValueError: Cannot specify '_' with 's'.|
i	-1	*>#5_E	-1.000000E+00|
i	0	0,d	0|
i	-1000000000000000000	+1_G	-1E+18|
i	-1234567	*<z#012_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	123456789012	0<z#020_.E	!ValueError: Format specifier missing precision|
i	123456789012	,<1,x	!ValueError: Cannot specify ',' with 'x'.|
i	123456789012	,<+01\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1	*^01_d	1|
i	255	*^003y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	65	 >z#%	6500.000000%|
i	233	*<+z03_g	+233|
i	1	^5_x	  1  |
i	-42	 >8_.12o	!ValueError: Precision not allowed in integer format specifier|
i	33	 >8_%	3_300.000000%|
i	9223372036854775807	*< x	 7fffffffffffffff|
i	1114112	>-z03_F	1_114_112.000000|
i	128512	>-5_F	128_512.000000|
i	-1234567	<+#,d	-1,234,567|
i	33	,<_	33|
i	65	0< #8,G	 65.0000|
i	123456789012	+z#G	+1.23457E+11|
i	233	é^+#8n	éé+233éé|
i	128512	^-#20,f	   128,512.000000   |
i	-1000000000000000000	0^0E	-1.000000E+18|
i	255	*<+#0_.0\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-9223372036854775808	+z03_g	-9.22337e+18|
i	-1000000000000000000	,<,.20G	-1,000,000,000,000,000,000|
i	9223372036854775807	0= z1,s	!ValueError: Cannot specify ',' with 's'.|
i	1234	<-12,s	!ValueError: Cannot specify ',' with 's'.|
i	-1000000000000000000	é^+020_.3y	!ValueError: Cannot specify '_' with 'y'.|
i	128512	=5.6F	128512.000000|
i	1	<-#01g	1.00000|
i	1	é^-003.6f	1.000000|
i	9223372036854775807	>-0b	111111111111111111111111111111111111111111111111111111111111111|
i	1000000000000000	*>-#00.3y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	*^12.6	!ValueError: Precision not allowed in integer format specifier|
i	-1234567	*>_n	!ValueError: Cannot specify '_' with 'n'.|
i	1114112	*>-01_d	1_114_112|
i	1000000000000000	0=+z_r	!ValueError: Cannot specify '_' with 'r'.|
i	123456789012	#^20,f	123,456,789,012.000000|
i	1234	0=+z20e	+00000001.234000e+03|
i	-42	z08_.12s	!ValueError: Cannot specify '_' with 's'.|
i	65	=+z5,r	!ValueError: Cannot specify ',' with 'r'.|
i	0	 #12f	    0.000000|
i	-42	x>+#,.0r	!ValueError: Cannot specify ',' with 'r'.|
i	1000000000000000	0^-z#5.c	!ValueError: Format specifier missing precision|
i	-42	 20F	          -42.000000|
i	1234	*<z#0,n	!ValueError: Cannot specify ',' with 'n'.|
i	65	-z00.n	!ValueError: Format specifier missing precision|
i	255	0^z8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1234567	-z0G	-1.23457E+06|
i	-9223372036854775808	^+#8_d	-9_223_372_036_854_775_808|
i	-1	,<#20x	-0x1,,,,,,,,,,,,,,,,|
i	-1000000000000000000	é^+#n	-1000000000000000000|
i	1000000000000000	*=-20,G	***************1E+15|
i	65	 >20f	           65.000000|
i	7	_> #5r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	0	é^0_	0|
i	-1234567	*=0%	-123456700.000000%|
i	-1000000000000000000	+,s	!ValueError: Cannot specify ',' with 's'.|
i	-1	#^z1r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1114112	-08,d	1,114,112|
i	-42	é^20n	éééééééé-42ééééééééé|
i	-1000000000000000000	 z_E	-1.000000E+18|
i	123456789012	=03_E	1.234568E+11|
i	233	<-#5n	233  |
i	0	^+03,X	!ValueError: Cannot specify ',' with 'X'.|
i	-1234567	< 03%	-123456700.000000%|
i	1114112	+z#12,G	+1.11411E+06|
i	-1000000000000000000	<-z.0X	!ValueError: Precision not allowed in integer format specifier|
i	-42	€<#08,r	!ValueError: Cannot specify ',' with 'r'.|
i	-1	*>-8_b	******-1|
i	1114112	#^ #0X	 0X110000|
i	-42	= #03f	-42.000000|
i	-1234567	z03F	-1234567.000000|
i	1000000000000000	é^-1_s	!ValueError: Cannot specify '_' with 's'.|
i	-42	>0,G	-42|
i	-9223372036854775808	= #01_x	-0x8000_0000_0000_0000|
i	1114112	_>+#020E	_______+1.114112E+06|
i	-1000000000000000000	z003G	-1E+18|
i	-1000000000000000000	=05n	-1000000000000000000|
i	255	*<#_	255|
i	-9223372036854775808	.3b	!ValueError: Precision not allowed in integer format specifier|
i	65	*<-003_c	!ValueError: Cannot specify '_' with 'c'.|
i	128512	x>.6y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	128512	*^-0f	128512.000000|
i	1114112	^+#03_	+1_114_112|
i	-42	z5,.1s	!ValueError: Cannot specify ',' with 's'.|
i	-42	x>+20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	*^ z00\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	 #d	 255|
i	1114112	020,x	!ValueError: Cannot specify ',' with 'x'.|
i	233	>+20c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	255	=z012_.\u{1}	!ValueError: Format specifier missing precision|
i	0	<05	00000|
i	-1234567	 >0,c	!ValueError: Cannot specify ',' with 'c'.|
i	0	= 8d	       0|
i	33	,<+00_d	+33|
i	33	= 012_d	 000_000_033|
i	9223372036854775807	^ z#01_s	!ValueError: Cannot specify '_' with 's'.|
i	-1000000000000000000	0^8,n	!ValueError: Cannot specify ',' with 'n'.|
i	233	 z#0_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	,<03e	1.285120e+05|
i	1234	#^#5X	0X4D2|
i	33	,<+20,y	!ValueError: Cannot specify ',' with 'y'.|
i	-9223372036854775808	 >,s	!ValueError: Cannot specify ',' with 's'.|
i	0	+00y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	7	*=+#.12x	!ValueError: Precision not allowed in integer format specifier|
i	7	€<z03E	7.000000E+00|
i	255	#0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	123456789012	-z#1s	!ValueError: Unknown format code 's' for object of type 'int'|
i	0	€<-1b	0|
i	1	-#d	1|
i	33	é^+z012.12n	!ValueError: Precision not allowed in integer format specifier|
i	128512	0=01	128512|
i	-42	0=z0,E	-4.200000E+01|
i	1	*> 5E	 1.000000E+00|
i	128512	>01,y	!ValueError: Cannot specify ',' with 'y'.|
i	65	€<z#12_X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	=+5,g	+   7|
i	-9223372036854775808	,<+020\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1234567	é^-1f	-1234567.000000|
i	9223372036854775807	1r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1000000000000000	x>+#03_.12d	!ValueError: Precision not allowed in integer format specifier|
i	-1	 >-20	                  -1|
i	-1000000000000000000	0^+#5o	-0o67405553164731000000|
i	33	^ 0,y	!ValueError: Cannot specify ',' with 'y'.|
i	9223372036854775807	0= 12,x	!ValueError: Cannot specify ',' with 'x'.|
i	1	020y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	0<00,.3r	!ValueError: Cannot specify ',' with 'r'.|
i	-1000000000000000000	 > E	-1.000000E+18|
i	123456789012	03.X	!ValueError: Format specifier missing precision|
i	255	=#8%	25500.000000%|
i	1	0^+03c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-9223372036854775808	+1_G	-9.22337E+18|
i	233	>00d	233|
i	7	 >+#003_o	+0o7|
i	1234	^z01_s	!ValueError: Cannot specify '_' with 's'.|
i	65	0<_y	!ValueError: Cannot specify '_' with 'y'.|
i	1	08.s	!ValueError: Format specifier missing precision|
i	-1234567	#^+8_n	!ValueError: Cannot specify '_' with 'n'.|
i	1	é^+#0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	x>-020_.0G	xxxxxxxxxxxxxxx9E+18|
i	233	*>-#03_r	!ValueError: Cannot specify '_' with 'r'.|
i	65	*<+#03f	+65.000000|
i	9223372036854775807	^-1,c	!ValueError: Cannot specify ',' with 'c'.|
i	255	0=-z0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1000000000000000000	#^,.E	!ValueError: Format specifier missing precision|
i	-42	=z08E	-4.200000E+01|
i	7	€< 8,c	!ValueError: Cannot specify ',' with 'c'.|
i	1000000000000000	#^-z_G	1E+15|
i	1000000000000000	x>01,F	1,000,000,000,000,000.000000|
i	1	r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1	_> z0,E	-1.000000E+00|
i	-9223372036854775808	0^ ,X	!ValueError: Cannot specify ',' with 'X'.|
i	0	*=+#05_%	+0.000000%|
i	233	#^+8.g	!ValueError: Format specifier missing precision|
i	9223372036854775807	 >+#05r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	33	0<#012,.1x	!ValueError: Cannot specify ',' with 'x'.|
i	-9223372036854775808	0<#08,%	-922,337,203,685,477,580,800.000000%|
i	65	0=-05F	65.000000|
i	-1234567	+1n	-1234567|
i	1114112	 > z012_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	=-z_.%	!ValueError: Format specifier missing precision|
i	255	<+o	+377|
i	1234	x>-0F	1234.000000|
i	0	003,E	0.000000E+00|
i	33	>20e	        3.300000e+01|
i	-1234567	20,y	!ValueError: Cannot specify ',' with 'y'.|
i	65	 >z0g	65|
i	33	*=-03	*33|
i	1114112	0^#020b	0b100010000000000000000|
i	-1000000000000000000	€<z#12_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	_>z20X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	#003%	6500.000000%|
i	33	>+0,d	+33|
i	9223372036854775807	,<+8,s	!ValueError: Cannot specify ',' with 's'.|
i	0	<+#03%	+0.000000%|
i	1000000000000000	€<20d	1000000000000000€€€€|
i	-1	€<5,s	!ValueError: Cannot specify ',' with 's'.|
i	1234	é^z020c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	0^-z05_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	z0_.0y	!ValueError: Cannot specify '_' with 'y'.|
i	-1000000000000000000	*>z#08%	-100000000000000000000.000000%|
i	0	0=+,e	+0.000000e+00|
i	255	 x	 ff|
i	1234	=-8o	    2322|
i	123456789012	*=-05_c	!ValueError: Cannot specify '_' with 'c'.|
i	1	€<-#8E	1.000000E+00|
i	-9223372036854775808	_>+20s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1114112	= z#1_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	x>+#5_c	!ValueError: Cannot specify '_' with 'c'.|
i	7	*<+z020%	+700.000000%********|
i	65	,<-#003F	65.000000|
i	-1	0^1r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	33	*=+0o	+41|
i	-42	é^ 0,X	!ValueError: Cannot specify ',' with 'X'.|
i	1114112	+01y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	,<-z0,F	0.000000|
i	9223372036854775807	+0,c	!ValueError: Cannot specify ',' with 'c'.|
i	-9223372036854775808	0=z5F	-9223372036854775808.000000|
i	-9223372036854775808	<-00_.6n	!ValueError: Cannot specify '_' with 'n'.|
i	-42	*=20c	!OverflowError: %c arg not in range(0x110000)|
i	33	<-_n	!ValueError: Cannot specify '_' with 'n'.|
i	1	,<-z05_g	1,,,,|
i	1000000000000000	_>-012,b	!ValueError: Cannot specify ',' with 'b'.|
i	233	_>-z#01E	2.330000E+02|
i	-1234567	>-03_.3r	!ValueError: Cannot specify '_' with 'r'.|
i	65	0^-z05%	6500.000000%|
i	65	x> 5r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1	z#20,b	!ValueError: Cannot specify ',' with 'b'.|
i	1234	z0d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1000000000000000	^z#_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	<z003_e	-1.000000e+00|
i	-1234567	*=5_n	!ValueError: Cannot specify '_' with 'n'.|
i	9223372036854775807	,<d	9223372036854775807|
i	-1234567	0<1X	-12D687|
i	123456789012	+,s	!ValueError: Cannot specify ',' with 's'.|
i	1234	 >z12,.3\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-1	0<z#20_f	-1.00000000000000000|
i	-1	0< #03d	-10|
i	-1234567	-8_	-1_234_567|
i	65	^z8e	6.500000e+01|
i	128512	<#01	128512|
i	0	é^#20s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	0^-#01_.12f	9_223_372_036_854_775_808.000000000000|
i	9223372036854775807	,<+#8,.20d	!ValueError: Precision not allowed in integer format specifier|
i	65	<+#1,c	!ValueError: Cannot specify ',' with 'c'.|
i	-42	=-z0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	0	*<+03d	+0*|
i	123456789012	,x	!ValueError: Cannot specify ',' with 'x'.|
i	0	<z#20.0g	0.                  |
i	-1000000000000000000	*^z#0,g	-1.00000e+18|
i	7	+z12,F	   +7.000000|
i	-1	€<+1,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	1234	-z01,y	!ValueError: Cannot specify ',' with 'y'.|
i	1000000000000000	^ 0,E	 1.000000E+15|
i	1114112	#^-z12,y	!ValueError: Cannot specify ',' with 'y'.|
i	-1000000000000000000	+z03,.20b	!ValueError: Cannot specify ',' with 'b'.|
i	-1000000000000000000	_> 0b	-110111100000101101101011001110100111011001000000000000000000|
i	7	*=+12\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	233	_> 020_F	_________ 233.000000|
i	-1	#^+5d	#-1##|
i	-1234567	12,.e	!ValueError: Format specifier missing precision|
i	233	0<00y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1	x> #20r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1	 >+01,F	-1.000000|
i	33	 > z0_.1s	!ValueError: Cannot specify '_' with 's'.|
i	255	<-zd	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	>012_.3E	00-1.000E+18|
i	123456789012	*>#03E	1.234568E+11|
i	1234	<+03,d	+1,234|
i	0	0=-,f	0.000000|
i	1114112	 #012,d	 001,114,112|
i	7	0^ z020_e	000 7.000000e+000000|
i	233	 #g	 233.000|
i	1114112	z12_s	!ValueError: Cannot specify '_' with 's'.|
i	233	€<#08c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'|
i	1234	-z#0	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	0=0f	-42.000000|
i	255	+012,.0E	+000,003E+02|
i	65	 >+z8,G	     +65|
i	-42	,<-#0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	 >+#012c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	1	<#	1|
i	33	1G	33|
i	1	,e	1.000000e+00|
i	255	<05.3g	25500|
i	-1000000000000000000	,<#_n	!ValueError: Cannot specify '_' with 'n'.|
i	123456789012	0=+#0n	+123456789012|
i	9223372036854775807	*^ 012y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	255	>z003s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1000000000000000	0=#0.0E	1.E+15|
i	233	0^ #1e	 2.330000e+02|
i	128512	x>0,E	1.285120E+05|
i	-1	*^ #12r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1234	é^z5_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	*^+#o	-0o1000000000000000000000|
i	9223372036854775807	=05,%	922,337,203,685,477,580,800.000000%|
i	-9223372036854775808	 #01.20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	9223372036854775807	z0G	9.22337E+18|
i	-1234567	 03,F	-1,234,567.000000|
i	128512	8_.0o	!ValueError: Precision not allowed in integer format specifier|
i	1114112	-#,.3y	!ValueError: Cannot specify ',' with 'y'.|
i	123456789012	 #08,%	 12,345,678,901,200.000000%|
i	1114112	0=-03s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-9223372036854775808	-#8,.1X	!ValueError: Cannot specify ',' with 'X'.|
i	9223372036854775807	z0,.0n	!ValueError: Cannot specify ',' with 'n'.|
i	1234	^1,y	!ValueError: Cannot specify ',' with 'y'.|
i	0	é^0_	0|
i	1	,<-_F	1.000000|
i	-1234567	#^#0d	-1234567|
i	1114112	,<+#0_G	+1.11411E+06|
i	7	é^z#0,.3	!ValueError: Precision not allowed in integer format specifier|
i	233	*^-_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	7	_>#20%	_________700.000000%|
i	0	 #03.0%	 0.%|
i	0	#^+z01,o	!ValueError: Cannot specify ',' with 'o'.|
i	-42	 >#0,o	!ValueError: Cannot specify ',' with 'o'.|
i	233	0< z#,G	 233.000|
i	33	 >03b	100001|
i	255	_>-0X	FF|
i	-9223372036854775808	#^+z#8_r	!ValueError: Cannot specify '_' with 'r'.|
i	65	,<z01E	6.500000E+01|
i	0	,<-20_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	33	0^z012_e	3.300000e+01|
i	-1234567	,<+1,G	-1.23457E+06|
i	7	08\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1114112	_>-_G	1.11411E+06|
i	1234	*< 20G	 1234***************|
i	1114112	*^ 05.20x	!ValueError: Precision not allowed in integer format specifier|
i	-42	#^03,.3f	-42.000|
i	-42	 >0,y	!ValueError: Cannot specify ',' with 'y'.|
i	0	_>z#00	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	#^+z#05_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	128512	0< #s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-42	x> 08b	x-101010|
i	255	<0_x	ff|
i	65	*= z0_r	!ValueError: Cannot specify '_' with 'r'.|
i	255	 >-z003o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	*^+z12_E	-9.223372E+18|
i	255	*>08E	2.550000E+02|
i	1234	_>0.3b	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	=+8,X	!ValueError: Cannot specify ',' with 'X'.|
i	233	0= #08,g	 233.000|
i	1000000000000000	*=+y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	123456789012	>20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	0<zF	255.000000|
i	1	#^+08.12X	!ValueError: Precision not allowed in integer format specifier|
i	1234	+8o	   +2322|
i	0	=+01b	+0|
i	128512	*^+z#5b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	z#d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	0<z0g	33|
i	65	0=+0_E	+6.500000E+01|
i	33	0=+z12_y	!ValueError: Cannot specify '_' with 'y'.|
i	-1	0=-z12e	-1.000000e+00|
i	-1	*^ z#20,F	*****-1.000000******|
i	-1234567	*<1n	-1234567|
i	7	 > 012F	    7.000000|
i	1	0<-z03,n	!ValueError: Cannot specify ',' with 'n'.|
i	1000000000000000	0= z5y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	123456789012	€<+0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	0=z03	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	*=-#1_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	7	0<#003.o	!ValueError: Format specifier missing precision|
i	7	=08,e	7.000000e+00|
i	7	 #8c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	128512	0^#12,.6G	00128,512.00|
i	-1234567	*<012\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	9223372036854775807	0<003G	9.22337E+18|
i	1	= #20X	 0X                1|
i	33	0^,x	!ValueError: Cannot specify ',' with 'x'.|
i	-1000000000000000000	^+0_%	-100_000_000_000_000_000_000.000000%|
i	233	> #_o	 0o351|
i	1114112	*>-z12%	111411200.000000%|
i	128512	0^+#5_e	+1.285120e+05|
i	-42	%	-4200.000000%|
i	233	*=+#0c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1	=012F	-0001.000000|
i	-1	#^ z8,%	-100.000000%|
i	128512	x>+#05_y	!ValueError: Cannot specify '_' with 'y'.|
i	233	^-#05X	0XE90|
i	33	_> z0X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	<00,%	700.000000%|
i	1000000000000000	-z0b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	0=#03_e	-4.200000e+01|
i	65	€<+z00E	+6.500000E+01|
i	128512	 #0,b	!ValueError: Cannot specify ',' with 'b'.|
i	123456789012	#^ #1,g	 1.23457e+11|
i	233	#^05_x	#e9##|
i	1114112	 #03%	 111411200.000000%|
i	-1	<#0,x	!ValueError: Cannot specify ',' with 'x'.|
i	233	#^ z05E	 2.330000E+02|
i	255	€<+#12_x	+0xff€€€€€€€|
i	33	0<#012_c	!ValueError: Cannot specify '_' with 'c'.|
i	-9223372036854775808	+03.0c	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	*< 20,f	 9,223,372,036,854,775,808.000000|
i	65	é^z1,r	!ValueError: Cannot specify ',' with 'r'.|
i	1234	_> #12_n	!ValueError: Cannot specify '_' with 'n'.|
i	1234	*> z_G	 1_234|
i	128512	+y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	 #0X	 0XE9|
i	7	5,f	7.000000|
i	1114112	*> z03_.3G	 1.11E+06|
i	-1234567	^ #1g	-1.23457e+06|
i	33	*=1_y	!ValueError: Cannot specify '_' with 'y'.|
i	1000000000000000	003s	!ValueError: Unknown format code 's' for object of type 'int'|
i	7	^ 01_g	 7|
i	-9223372036854775808	-#00y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	,<8o	-1,,,,,,|
i	-1234567	 >-#8_g	-1.23457e+06|
i	-1234567	0<+z003,n	!ValueError: Cannot specify ',' with 'n'.|
i	-1	12,F	   -1.000000|
i	1	_>+z05\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1	*= z1.3F	 1.000|
i	255	<-8E	2.550000E+02|
i	123456789012	x>+z#20,o	!ValueError: Cannot specify ',' with 'o'.|
i	7	*<+z#020_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	^-8.20x	!ValueError: Precision not allowed in integer format specifier|
i	7	z0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	123456789012	*<-#b	0b1110010111110100110010001101000010100|
i	1000000000000000	*< #_.1d	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	^-#8	123456789012|
i	-1000000000000000000	*^-0_X	-DE0_B6B3_A764_0000|
i	1	 .0d	!ValueError: Precision not allowed in integer format specifier|
i	1234	*^_	1_234|
i	-9223372036854775808	=-#03_y	!ValueError: Cannot specify '_' with 'y'.|
i	-1000000000000000000	0^z#20_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	0<-z#0%	100.000000%|
i	33	é^z_.12F	33.000000000000|
i	0	€< 03,e	 0.000000e+00|
i	128512	0^-12,.20\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-1234567	>#20_x	          -0x12_d687|
i	233	>#01_n	!ValueError: Cannot specify '_' with 'n'.|
i	-1234567	=-03,o	!ValueError: Cannot specify ',' with 'o'.|
i	7	,<+20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	7	0<+8	+7000000|
i	255	*=z01_%	25_500.000000%|
i	128512	,<8X	1F600,,,|
i	0	_>X	0|
i	0	 >20_g	                   0|
i	-9223372036854775808	-8,y	!ValueError: Cannot specify ',' with 'y'.|
i	-1234567	#^+#12g	-1.23457e+06|
i	65	*^+#20.s	!ValueError: Format specifier missing precision|
i	-1000000000000000000	x>#0_X	-0XDE0_B6B3_A764_0000|
i	1000000000000000	,<_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	7	*>z0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	123456789012	*>+z5_c	!ValueError: Cannot specify '_' with 'c'.|
i	-1234567	<z08_F	-1_234_567.000000|
i	-1	0<-020f	-1.00000000000000000|
i	1114112	*>-z05,%	111,411,200.000000%|
i	1114112	€< #8_s	!ValueError: Cannot specify '_' with 's'.|
i	1114112	 >+8G	+1.11411E+06|
i	1000000000000000	*>+5G	+1E+15|
i	-9223372036854775808	01	-9223372036854775808|
i	9223372036854775807	> 8_o	 7_7777_7777_7777_7777_7777|
i	233	0=#20_%	0_000_023_300.000000%|
i	123456789012	,<-o	1627646215024|
i	65	0^20_	00000000065000000000|
i	-1	 z03,r	!ValueError: Cannot specify ',' with 'r'.|
i	1114112	*=8x	**110000|
i	9223372036854775807	\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1	0=_c	!ValueError: Cannot specify '_' with 'c'.|
i	7	 	 7|
i	33	0= #08.20o	!ValueError: Precision not allowed in integer format specifier|
i	1234	0< 0o	 2322|
i	-1	0=05,G	-0,001|
i	-9223372036854775808	x>#0_s	!ValueError: Cannot specify '_' with 's'.|
i	-1	*^z#0	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	z#8b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1000000000000000	 >-05,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	9223372036854775807	=01,	9,223,372,036,854,775,807|
i	33	€<+12_.e	!ValueError: Format specifier missing precision|
i	-1234567	0<+z0.b	!ValueError: Format specifier missing precision|
i	1000000000000000	,b	!ValueError: Cannot specify ',' with 'b'.|
i	-9223372036854775808	z#0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-9223372036854775808	*<+012e	-9.223372e+18|
i	1	*>-12,d	***********1|
i	-9223372036854775808	-#012_x	-0x8000_0000_0000_0000|
i	1234	*>-z20,.12E	**1.234000000000E+03|
i	65	*<-1x	41|
i	0	é^-012,X	!ValueError: Cannot specify ',' with 'X'.|
i	-9223372036854775808	0<z0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	 #20_r	!ValueError: Cannot specify '_' with 'r'.|
i	255	<+1_g	+255|
i	1114112	=#003_s	!ValueError: Cannot specify '_' with 's'.|
i	1000000000000000	>-8o	34327724461500000|
i	1234	#_f	1_234.000000|
i	128512	 b	 11111011000000000|
i	123456789012	0^#5d	123456789012|
i	-42	0<0_x	-2a|
i	33	=#o	0o41|
i	-42	>-#08_.3b	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	0=z20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	x>05,y	!ValueError: Cannot specify ',' with 'y'.|
i	7	0^ z12.12%	 700.000000000000%|
i	9223372036854775807	0=z5f	9223372036854775808.000000|
i	255	*<+00f	+255.000000|
i	7	*^ 5n	* 7**|
i	1234	€<_e	1.234000e+03|
i	255	x>+0.%	!ValueError: Format specifier missing precision|
i	1234	é^_r	!ValueError: Cannot specify '_' with 'r'.|
i	128512	+#05_n	!ValueError: Cannot specify '_' with 'n'.|
i	-42	 > z20,.20F	-42.00000000000000000000|
i	-1000000000000000000	 >z20G	              -1E+18|
i	65	0<-5_.6%	6_500.000000%|
i	7	> z_c	!ValueError: Cannot specify '_' with 'c'.|
i	-9223372036854775808	+z0	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1234	€< 0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	65	 >#03o	0o101|
i	33	=z_n	!ValueError: Cannot specify '_' with 'n'.|
i	1000000000000000	 > z03d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	_> 1.3n	!ValueError: Precision not allowed in integer format specifier|
i	1000000000000000	>+zX	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	>012,y	!ValueError: Cannot specify ',' with 'y'.|
i	128512	*= z8_F	 128_512.000000|
i	1000000000000000	<+#1x	+0x38d7ea4c68000|
i	1000000000000000	 003,d	 1,000,000,000,000,000|
i	-42	0^-012	0000-4200000|
i	-9223372036854775808	*< 1b	-1000000000000000000000000000000000000000000000000000000000000000|
i	7	0^-z#5d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	#^003b	#0#|
i	65	*=#8e	6.500000e+01|
i	9223372036854775807	,< _%	 922_337_203_685_477_580_800.000000%|
i	128512	=-z03_r	!ValueError: Cannot specify '_' with 'r'.|
i	-42	0=,%	-4,200.000000%|
i	123456789012	>+#03,n	!ValueError: Cannot specify ',' with 'n'.|
i	123456789012	€<012f	123456789012.000000|
i	-1000000000000000000	*=-0%	-100000000000000000000.000000%|
i	233	x>_.1%	23_300.0%|
i	1000000000000000	=+#03_%	+100_000_000_000_000_000.000000%|
i	123456789012	0g	1.23457e+11|
i	1000000000000000	^+z8,e	+1.000000e+15|
i	7	0^1d	7|
i	1234	+#1e	+1.234000e+03|
i	65	€<-z#01g	65.0000|
i	-9223372036854775808	*^-012_e	-9.223372e+18|
i	-1000000000000000000	x> z12_s	!ValueError: Cannot specify '_' with 's'.|
i	-1000000000000000000	<c	!OverflowError: %c arg not in range(0x110000)|
i	7	#^#003d	#7#|
i	-1	*< #5_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1	0<z#5,f	-1.000000|
i	233	*>#0,o	!ValueError: Cannot specify ',' with 'o'.|
i	255	#^-z#0,c	!ValueError: Cannot specify ',' with 'c'.|
i	1234	 z12,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	#^-#003,.g	!ValueError: Format specifier missing precision|
i	-9223372036854775808	*<+20.e	!ValueError: Format specifier missing precision|
i	1000000000000000	€< z#03_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	>z#0,g	65.0000|
i	9223372036854775807	> 20g	         9.22337e+18|
i	65	 z#0f	 65.000000|
i	33	^#0_f	33.000000|
i	233	#^+z012,F	+233.000000#|
i	0	x> #0,E	 0.000000E+00|
i	7	é^0,f	7.000000|
i	7	€<+03_s	!ValueError: Cannot specify '_' with 's'.|
i	123456789012	0<#03,F	123,456,789,012.000000|
i	1114112	x>0_g	1.11411e+06|
i	1000000000000000	<#0c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'|
i	123456789012	#0%	12345678901200.000000%|
i	1234	€<#1f	1234.000000|
i	1234	#^08o	##2322##|
i	-9223372036854775808	 > 00_n	!ValueError: Cannot specify '_' with 'n'.|
i	7	 >-12,o	!ValueError: Cannot specify ',' with 'o'.|
i	1234	>5,e	1.234000e+03|
i	255	0<z#,b	!ValueError: Cannot specify ',' with 'b'.|
i	128512	#^+5X	+1F600|
i	7	*> #03_b	 0b111|
i	9223372036854775807	0^-#20G	00009.22337E+1800000|
i	-9223372036854775808	*^-12,s	!ValueError: Cannot specify ',' with 's'.|
i	1114112	0^8e	1.114112e+06|
i	1234	x>#05_.b	!ValueError: Format specifier missing precision|
i	128512	0=012n	000000128512|
i	1	*<.20r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1000000000000000	x> #5c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1000000000000000000	-8_y	!ValueError: Cannot specify '_' with 'y'.|
i	65	*=-z08_y	!ValueError: Cannot specify '_' with 'y'.|
i	233	 >-8f	233.000000|
i	128512	 0c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	1234	*<01n	1234|
i	33	+,e	+3.300000e+01|
i	128512	0^-zF	128512.000000|
i	-1000000000000000000	é^-01,o	!ValueError: Cannot specify ',' with 'o'.|
i	1	#20,b	!ValueError: Cannot specify ',' with 'b'.|
i	1114112	é^ 03x	 110000|
i	1234	< 03b	 10011010010|
i	1234	0=z#01_g	1_234.00|
i	-1000000000000000000	-1,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	65	#03_X	0X41|
i	9223372036854775807	x>003,%	922,337,203,685,477,580,800.000000%|
i	1114112	é^_.1r	!ValueError: Cannot specify '_' with 'r'.|
i	0	^003_f	0.000000|
i	-9223372036854775808	€<-0,E	-9.223372E+18|
i	1114112	é^20s	!ValueError: Unknown format code 's' for object of type 'int'|
i	33	€<0e	3.300000e+01|
i	1000000000000000	^1G	1E+15|
i	-1	0^03,e	-1.000000e+00|
i	-1	^8_c	!ValueError: Cannot specify '_' with 'c'.|
i	9223372036854775807	*<+#08,.12x	!ValueError: Cannot specify ',' with 'x'.|
i	7	,<z#020G	7.00000,,,,,,,,,,,,,|
i	123456789012	_>z5	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	<z1_c	!ValueError: Cannot specify '_' with 'c'.|
i	233	 #00,d	 233|
i	33	>z#08F	33.000000|
i	0	0^ f	 0.000000|
i	9223372036854775807	0=+003_e	+9.223372e+18|
i	128512	^ 12,%	 12,851,200.000000%|
i	-9223372036854775808	*<-z#020,x	!ValueError: Cannot specify ',' with 'x'.|
i	128512	#5,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-42	 5,%	-4,200.000000%|
i	9223372036854775807	#^ z12.r	!ValueError: Format specifier missing precision|
i	1234	 >#12,%	123,400.000000%|
i	9223372036854775807	= z#,y	!ValueError: Cannot specify ',' with 'y'.|
i	-42	-z#020\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	255	0^003_F	255.000000|
i	7	0<+012X	+70000000000|
i	1234	*<+5_x	+4d2*|
i	1	 1X	 1|
i	255	+12b	   +11111111|
i	7	 #0.1G	 7.|
i	-1000000000000000000	^ z08,o	!ValueError: Cannot specify ',' with 'o'.|
i	128512	€<z#20_r	!ValueError: Cannot specify '_' with 'r'.|
i	233	0=z0_y	!ValueError: Cannot specify '_' with 'y'.|
i	7	#^-f	7.000000|
i	123456789012	0=#01%	12345678901200.000000%|
i	33	<+#03,g	+33.0000|
i	-9223372036854775808	€<+#8.3e	-9.223e+18|
i	33	x> _e	 3.300000e+01|
i	1114112	x> f	 1114112.000000|
i	-1000000000000000000	>+00,d	-1,000,000,000,000,000,000|
i	1000000000000000	>-20c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1000000000000000000	0^-#003E	-1.000000E+18|
i	33	*^-#5e	3.300000e+01|
i	1000000000000000	€<-5n	1000000000000000|
i	1234	^ 20_E	    1.234000E+03    |
i	65	<-z12,c	!ValueError: Cannot specify ',' with 'c'.|
i	-1	^ 012,.0X	!ValueError: Cannot specify ',' with 'X'.|
i	-1000000000000000000	03,.20b	!ValueError: Cannot specify ',' with 'b'.|
i	255	^+01b	+11111111|
i	-1	*^z#5,g	-1.00000|
i	-9223372036854775808	,<00G	-9.22337E+18|
i	7	^8,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	7	=+#003,r	!ValueError: Cannot specify ',' with 'r'.|
i	123456789012	*^0_s	!ValueError: Cannot specify '_' with 's'.|
i	-42	é^ z0,e	-4.200000e+01|
i	0	^+z#03c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	€<12%	0.000000%€€€|
i	233	<+#0b	+0b11101001|
i	123456789012	 00x	 1cbe991a14|
i	123456789012	*=020.6g	*********1.23457e+11|
i	-1000000000000000000	 >1_r	!ValueError: Cannot specify '_' with 'r'.|
i	233	*^_d	233|
i	-1	*^z1_.20F	-1.00000000000000000000|
i	255	zg	255|
i	0	x> #20,y	!ValueError: Cannot specify ',' with 'y'.|
i	33	0^03s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	é^-08c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	-1	*<#0,x	!ValueError: Cannot specify ',' with 'x'.|
i	255	0= z5_y	!ValueError: Cannot specify '_' with 'y'.|
i	7	 >z0.3F	7.000|
i	1114112	*<-#1_r	!ValueError: Cannot specify '_' with 'r'.|
i	128512	x>0g	128512|
i	-9223372036854775808	*< 012,o	!ValueError: Cannot specify ',' with 'o'.|
i	233	0<-%	23300.000000%|
i	-42	,<012b	-101010,,,,,|
i	-1000000000000000000	+z#0,d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	€<-05y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	0^12	000023300000|
i	-9223372036854775808	*=#03,.3r	!ValueError: Cannot specify ',' with 'r'.|
i	128512	 > z1.20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	128512	0<+00_	+128_512|
i	1234	*^+_b	+100_1101_0010|
i	-1	 z	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	233	^+0.1y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	*<0g	233|
i	-1000000000000000000	*>z#0F	-1000000000000000000.000000|
i	33	^03b	100001|
i	-1234567	 z#5b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	_>+z0o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	*=#01.x	!ValueError: Format specifier missing precision|
i	-1	+#_s	!ValueError: Cannot specify '_' with 's'.|
i	233	^e	2.330000e+02|
i	128512	*^-z#x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	#^5c	!OverflowError: %c arg not in range(0x110000)|
i	-1234567	12_b	-1_0010_1101_0110_1000_0111|
i	7	=z#E	7.000000E+00|
i	233	_> z#05s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1000000000000000000	 z#o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	*=#,	-9,223,372,036,854,775,808|
i	-42	 >+12_s	!ValueError: Cannot specify '_' with 's'.|
i	233	0=-12_E	2.330000E+02|
i	9223372036854775807	0^-8_X	7FFF_FFFF_FFFF_FFFF|
i	1000000000000000	0= 00,o	!ValueError: Cannot specify ',' with 'o'.|
i	0	 >0_F	0.000000|
i	0	+01,d	+0|
i	233	_>#1,f	233.000000|
i	1234	,<+8_b	+100_1101_0010|
i	33	*<-_	33|
i	-42	x>-s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	x>-020,%	xxxxxxx6,500.000000%|
i	-9223372036854775808	1f	-9223372036854775808.000000|
i	123456789012	+#20_.0e	             +1.e+11|
i	-1234567	*<-0g	-1.23457e+06|
i	-9223372036854775808	_>+12b	-1000000000000000000000000000000000000000000000000000000000000000|
i	-42	^#03	-42|
i	255	>08_y	!ValueError: Cannot specify '_' with 'y'.|
i	7	=#8d	       7|
i	123456789012	0=z#1_c	!ValueError: Cannot specify '_' with 'c'.|
i	7	0<+0X	+7|
i	1	#03,s	!ValueError: Cannot specify ',' with 's'.|
i	123456789012	>z00_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	<#0,E	0.000000E+00|
i	1	*<-8,.c	!ValueError: Format specifier missing precision|
i	1234	=-0,X	!ValueError: Cannot specify ',' with 'X'.|
i	128512	<+03_o	+37_3000|
i	9223372036854775807	^+z#8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1000000000000000000	*=z#8.20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	*>#_G	0.00000|
i	1114112	< 01	 1114112|
i	128512	+00_.12x	!ValueError: Precision not allowed in integer format specifier|
i	7	^+#	+7|
i	-1000000000000000000	*>+020,.20X	!ValueError: Cannot specify ',' with 'X'.|
i	9223372036854775807	0<-\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1114112	00,.20X	!ValueError: Cannot specify ',' with 'X'.|
i	0	0<01.0n	!ValueError: Precision not allowed in integer format specifier|
i	-1	x>1_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1234567	05_	-1_234_567|
i	233	*<0_d	233|
i	0	#^z#020c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	*^+#20f	-9223372036854775808.000000|
i	0	*^z0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1234567	^-z#003g	-1.23457e+06|
i	-1000000000000000000	<+z1,x	!ValueError: Cannot specify ',' with 'x'.|
i	1114112	é^+03,.g	!ValueError: Format specifier missing precision|
i	-9223372036854775808	€<003%	-922337203685477580800.000000%|
i	1114112	€< 12,e	 1.114112e+06|
i	-1234567	0^12%	-123456700.000000%|
i	-1	<-.12X	!ValueError: Precision not allowed in integer format specifier|
i	1234	=-#0F	1234.000000|
i	-1	z#01,f	-1.000000|
i	0	0^-z#003o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	0<+20_f	+9_223_372_036_854_775_808.000000|
i	0	0<12.12n	!ValueError: Precision not allowed in integer format specifier|
i	-1	x>-#020_r	!ValueError: Cannot specify '_' with 'r'.|
i	255	€<-5s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1234	#^z#5f	1234.000000|
i	1	<+1s	!ValueError: Unknown format code 's' for object of type 'int'|
i	7	é^20_	ééééééééé7éééééééééé|
i	-9223372036854775808	1,.E	!ValueError: Format specifier missing precision|
i	-1	0=z#20f	-000000000001.000000|
i	-1	=+00g	-1|
i	65	0<-03_.20g	650|
i	1	x>5	xxxx1|
i	255	0,g	255|
i	65	_.12X	!ValueError: Precision not allowed in integer format specifier|
i	255	0<-z#003.0c	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	*= 5E	-1.000000E+18|
i	1114112	#^z0,%	111,411,200.000000%|
i	-1000000000000000000	+0_c	!ValueError: Cannot specify '_' with 'c'.|
i	123456789012	<+z#12,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	128512	0^ 00E	 1.285120E+05|
i	1234	é^+08,.0g	é+1e+03é|
i	65	z012x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1114112	_>+0,g	+1.11411e+06|
i	0	 >+z#20_.6y	!ValueError: Cannot specify '_' with 'y'.|
i	255	é^+#20,X	!ValueError: Cannot specify ',' with 'X'.|
i	-9223372036854775808	^05X	-8000000000000000|
i	255	€< 03n	 255|
i	-1	0^ #020e	000-1.000000e+000000|
i	1114112	>20g	         1.11411e+06|
i	-42	*^-z03d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	*<03E	3.300000E+01|
i	-1000000000000000000	*<1,.o	!ValueError: Format specifier missing precision|
i	-1	€< z08_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	€<+12G	+9.22337E+18|
i	-42	*=0E	-4.200000E+01|
i	1234	0^8,c	!ValueError: Cannot specify ',' with 'c'.|
i	255	*<20o	377*****************|
i	1000000000000000	= 5.0E	 1E+15|
i	33	 >+z020%	       +3300.000000%|
i	1	x> z#5_s	!ValueError: Cannot specify '_' with 's'.|
i	-9223372036854775808	_>+#020,o	!ValueError: Cannot specify ',' with 'o'.|
i	233	= 8s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	*=+z_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	=8.0G	   1E+05|
i	1234	*>-#,.0X	!ValueError: Cannot specify ',' with 'X'.|
i	1000000000000000	x> 00.12	!ValueError: Precision not allowed in integer format specifier|
i	65	*<#0,.20x	!ValueError: Cannot specify ',' with 'x'.|
i	233	,<+1_.12	!ValueError: Precision not allowed in integer format specifier|
i	0	x>08.3\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	65	 #03s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-9223372036854775808	,<-z5,E	-9.223372E+18|
i	123456789012	#^+0X	+1CBE991A14|
i	-1000000000000000000	<-z#0_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	<+#_f	+123_456_789_012.000000|
i	1	*<z0%	100.000000%|
i	1114112	z#8.3	!ValueError: Precision not allowed in integer format specifier|
i	1	é^ z0d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	^+z#0_.12X	!ValueError: Precision not allowed in integer format specifier|
i	1	*^08G	***1****|
i	-1234567	>-z#_E	-1.234567E+06|
i	255	0=+12_c	!ValueError: Cannot specify '_' with 'c'.|
i	255	^8_d	  255   |
i	7	,<-0	7|
i	-1234567	 #03,x	!ValueError: Cannot specify ',' with 'x'.|
i	9223372036854775807	#^+5,e	+9.223372e+18|
i	-42	20F	          -42.000000|
i	7	>z#08,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	=z12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1234567	*< 012F	-1234567.000000|
i	33	-z0,d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	^ #012F	0 7.00000000|
i	-1000000000000000000	0=12.6X	!ValueError: Precision not allowed in integer format specifier|
i	128512	< z12.20%	 12851200.00000000000000000000%|
i	255	0^#0,.12n	!ValueError: Cannot specify ',' with 'n'.|
i	9223372036854775807	> #1,X	!ValueError: Cannot specify ',' with 'X'.|
i	7	x> #.3x	!ValueError: Precision not allowed in integer format specifier|
i	-42	 > 03.0	!ValueError: Precision not allowed in integer format specifier|
i	255	z_G	255|
i	-1234567	x>z0g	-1.23457e+06|
i	1000000000000000	 >-05_.1F	1_000_000_000_000_000.0|
i	-1000000000000000000	0=z1r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	0	0= 05b	 0000|
i	65	0=-1f	65.000000|
i	7	-#0,s	!ValueError: Cannot specify ',' with 's'.|
i	33	,<+#%	+3300.000000%|
i	1	 #0g	 1.00000|
i	1114112	,< 1,f	 1,114,112.000000|
i	233	*= 20_.0x	!ValueError: Precision not allowed in integer format specifier|
i	7	0= z020,e	 0,000,007.000000e+00|
i	7	€<-z#05o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	65	*^ z#08_%	 6_500.000000%|
i	-42	+#12x	       -0x2a|
i	1234	,< #0_o	 0o2322|
i	255	x>z0,e	2.550000e+02|
i	33	>-12,r	!ValueError: Cannot specify ',' with 'r'.|
i	1000000000000000	-z#8%	100000000000000000.000000%|
i	9223372036854775807	,<E	9.223372E+18|
i	1000000000000000	€<-#1,o	!ValueError: Cannot specify ',' with 'o'.|
i	1234	_>-12_x	_________4d2|
i	65	é^z5_.\u{1}	!ValueError: Format specifier missing precision|
i	233	€<,F	233.000000|
i	123456789012	0^5,F	123,456,789,012.000000|
i	-1000000000000000000	0=+0e	-1.000000e+18|
i	1234	x>03.3d	!ValueError: Precision not allowed in integer format specifier|
i	0	>z03n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	=z#20,n	!ValueError: Cannot specify ',' with 'n'.|
i	123456789012	#^ #08X	 0X1CBE991A14|
i	33	é^+#_%	+3_300.000000%|
i	128512	é^z#020c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	0=0.1g	1e+05|
i	1	*=+5e	+1.000000e+00|
i	255	_>08y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1114112	0^+0e	+1.114112e+06|
i	65	x>+#0,y	!ValueError: Cannot specify ',' with 'y'.|
i	65	*^#01n	65|
i	7	 #00.6g	 7.00000|
i	7	,<z_s	!ValueError: Cannot specify '_' with 's'.|
i	1	*= z#0_s	!ValueError: Cannot specify '_' with 's'.|
i	1234	x>_y	!ValueError: Cannot specify '_' with 'y'.|
i	-9223372036854775808	 > _	-9_223_372_036_854_775_808|
i	233	#^+,c	!ValueError: Cannot specify ',' with 'c'.|
i	233	_>-08\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-1000000000000000000	*=12_.1e	-****1.0e+18|
i	1114112	*=0,s	!ValueError: Cannot specify ',' with 's'.|
i	1114112	= #1,n	!ValueError: Cannot specify ',' with 'n'.|
i	-9223372036854775808	< 03g	-9.22337e+18|
i	65	0^z05,X	!ValueError: Cannot specify ',' with 'X'.|
i	-1	 > #003.X	!ValueError: Format specifier missing precision|
i	123456789012	*^+_b	+1_1100_1011_1110_1001_1001_0001_1010_0001_0100|
i	0	,< 0_g	 0|
i	-42	,< #1_d	-42|
i	7	*<-0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	-9223372036854775808	 >-_b	-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000|
i	9223372036854775807	*>5,G	9.22337E+18|
i	1	x>+#20,.12b	!ValueError: Cannot specify ',' with 'b'.|
i	1000000000000000	*^ #0.0	!ValueError: Precision not allowed in integer format specifier|
i	255	_>-#01c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	233	*= 1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1114112	*=,.1	!ValueError: Precision not allowed in integer format specifier|
i	1114112	0=z20d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	*< z12.20%	 0.00000000000000000000%|
i	255	_>-z0_%	25_500.000000%|
i	9223372036854775807	é^+#g	+9.22337e+18|
i	255	*^+003,x	!ValueError: Cannot specify ',' with 'x'.|
i	-1000000000000000000	é^+z12\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	233	=8,f	233.000000|
i	-1	> 0G	-1|
i	-1	0< 5_g	-1000|
i	0	<+z#00_G	+0.00000|
i	1234	é^+#0b	+0b10011010010|
i	33	*>03,c	!ValueError: Cannot specify ',' with 'c'.|
i	33	=03X	021|
i	1234	0<+08_E	+1.234000E+03|
i	123456789012	0^z1_b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	=12b	-          1|
i	33	#^ 5_x	# 21#|
i	255	*> #020,g	************ 255.000|
i	1234	 >+#1_	+1_234|
i	1	 >z#20s	!ValueError: Unknown format code 's' for object of type 'int'|
i	123456789012	€<+#003_d	+123_456_789_012|
i	7	*^-#03X	0X7|
i	128512	#^020_b	1_1111_0110_0000_0000|
i	-42	+0b	-101010|
i	7	é^03E	7.000000E+00|
i	-42	=-#012_e	-4.200000e+01|
i	-1000000000000000000	< 0,F	-1,000,000,000,000,000,000.000000|
i	-1234567	*> #020.0c	!ValueError: Precision not allowed in integer format specifier|
i	33	é^z#0,e	3.300000e+01|
i	-9223372036854775808	00	-9223372036854775808|
i	255	^ ,s	!ValueError: Cannot specify ',' with 's'.|
i	0	€<c	\u{0}|
i	1000000000000000	*>+#8,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	128512	0=z0_.3X	!ValueError: Precision not allowed in integer format specifier|
i	-42	-12%	-4200.000000%|
i	-1	0< 020,g	-1000000000000000000|
i	1	€< 0.12f	 1.000000000000|
i	128512	0^1,b	!ValueError: Cannot specify ',' with 'b'.|
i	-1000000000000000000	*<z020_F	-1_000_000_000_000_000_000.000000|
i	1000000000000000	_>-#020G	_________1.00000E+15|
i	-1000000000000000000	<#12_c	!ValueError: Cannot specify '_' with 'c'.|
i	65	 >05\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	z012%	100000000000000000.000000%|
i	1000000000000000	*^-#12y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	7	0=#8.0	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	>0_s	!ValueError: Cannot specify '_' with 's'.|
i	255	<-01,o	!ValueError: Cannot specify ',' with 'o'.|
i	-42	*>z5X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	,<-0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	,< 5_G	 0,,,|
i	33	=+z#03,s	!ValueError: Cannot specify ',' with 's'.|
i	255	#003,F	255.000000|
i	33	 z01_s	!ValueError: Cannot specify '_' with 's'.|
i	65	0<z#003g	65.0000|
i	123456789012	<,g	1.23457e+11|
i	0	=+#05.0c	!ValueError: Precision not allowed in integer format specifier|
i	1114112	*<0,y	!ValueError: Cannot specify ',' with 'y'.|
i	-42	*>z#00,.0\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	233	8_s	!ValueError: Cannot specify '_' with 's'.|
i	128512	20y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	255	0^_r	!ValueError: Cannot specify '_' with 'r'.|
i	255	=020%	000000025500.000000%|
i	1000000000000000	*=+#03.1F	+1000000000000000.0|
i	7	*>0_	7|
i	33	0<z03,G	330|
i	1	0^-\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1234	,<05,	1,234|
i	1114112	*< 1_r	!ValueError: Cannot specify '_' with 'r'.|
i	255	-_.3y	!ValueError: Cannot specify '_' with 'y'.|
i	-42	*=-z0.12o	!ValueError: Precision not allowed in integer format specifier|
i	0	*^0.3o	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	,<z#020,e	-1.000000e+18,,,,,,,|
i	-9223372036854775808	>+z#01b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	,<-z20_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1234	^z003,r	!ValueError: Cannot specify ',' with 'r'.|
i	0	0=03b	000|
i	65	€<-5o	101€€|
i	33	*<0,s	!ValueError: Cannot specify ',' with 's'.|
i	0	€<#12F	0.000000€€€€|
i	1000000000000000	,<+03,d	+1,000,000,000,000,000|
i	128512	#^ 5,X	!ValueError: Cannot specify ',' with 'X'.|
i	128512	€<0,x	!ValueError: Cannot specify ',' with 'x'.|
i	128512	0<z#1x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	0<+20,x	!ValueError: Cannot specify ',' with 'x'.|
i	-1234567	,<20_g	-1.23457e+06,,,,,,,,|
i	65	=#20X	0X                41|
i	1114112	0<+#08.3g	+1.11e+06|
i	-1234567	^-8	-1234567|
i	1	> 05,F	 1.000000|
i	7	^+0,g	+7|
i	9223372036854775807	€<-8,n	!ValueError: Cannot specify ',' with 'n'.|
i	0	=#8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1	-#,g	1.00000|
i	-1	z8s	!ValueError: Unknown format code 's' for object of type 'int'|
i	128512	*<+z1,E	+1.285120E+05|
i	1114112	*^#8_%	111_411_200.000000%|
i	-42	_>-#003o	-0o52|
i	0	€<#05,X	!ValueError: Cannot specify ',' with 'X'.|
i	1000000000000000	*= z,G	 1E+15|
i	-1234567	0=-0_b	-1_0010_1101_0110_1000_0111|
i	1234	#^ 003E	 1.234000E+03|
i	128512	0=1_G	128_512|
i	128512	#^+z20E	###+1.285120E+05####|
i	233	,< 8,d	 233,,,,|
i	128512	0^#00_x	0x1_f600|
i	33	^ z8d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	_>+,X	!ValueError: Cannot specify ',' with 'X'.|
i	1	 z#0n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	 >#,c	!ValueError: Cannot specify ',' with 'c'.|
i	123456789012	€<-00E	1.234568E+11|
i	7	*<#8,.12r	!ValueError: Cannot specify ',' with 'r'.|
i	-1	05,.b	!ValueError: Format specifier missing precision|
i	-1234567	0^-0_d	-1_234_567|
i	7	#^-03,s	!ValueError: Cannot specify ',' with 's'.|
i	-1	#^+z#0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	233	*> d	 233|
i	255	*>0f	255.000000|
i	123456789012	=+08,s	!ValueError: Cannot specify ',' with 's'.|
i	1234	*=#0_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1000000000000000	x>05s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1234567	0=20_o	-0000_0000_0455_3207|
i	1114112	x>+8	+1114112|
i	7	*< z#1f	 7.000000|
i	1000000000000000	0=#8_G	1.00000E+15|
i	0	0<#03%	0.000000%|
i	9223372036854775807	x>+0_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	-1000000000000000000	>#00_.6s	!ValueError: Cannot specify '_' with 's'.|
i	65	#^-0.0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	9223372036854775807	*=8_.6%	922_337_203_685_477_580_800.000000%|
i	1000000000000000	+05,.6o	!ValueError: Cannot specify ',' with 'o'.|
i	7	é^+z20,x	!ValueError: Cannot specify ',' with 'x'.|
i	65	€<+12b	+1000001€€€€|
i	33	x>,x	!ValueError: Cannot specify ',' with 'x'.|
i	123456789012	-#0_.X	!ValueError: Format specifier missing precision|
i	-9223372036854775808	*^#.b	!ValueError: Format specifier missing precision|
i	1114112	<#5G	1.11411E+06|
i	7	0=z#0_b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	0< z01F	 9223372036854775808.000000|
i	-42	<+12,.12f	-42.000000000000|
i	9223372036854775807	 > 1,n	!ValueError: Cannot specify ',' with 'n'.|
i	1234	 #,e	 1.234000e+03|
i	-1	> 01_r	!ValueError: Cannot specify '_' with 'r'.|
i	128512	,<05o	373000|
i	233	*<#00_y	!ValueError: Cannot specify '_' with 'y'.|
i	255	*<-0.12X	!ValueError: Precision not allowed in integer format specifier|
i	255	 >-05.3E	2.550E+02|
i	-1	#12_d	          -1|
i	65	*> z00.c	!ValueError: Format specifier missing precision|
i	-1000000000000000000	€<-12%	-100000000000000000000.000000%|
i	-42	=z#_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	255	*<+#1_f	+255.000000|
i	-1000000000000000000	#^ z12,c	!ValueError: Cannot specify ',' with 'c'.|
i	1	 012	 00000000001|
i	1	0=-zE	1.000000E+00|
i	-42	é^ 0G	-42|
i	1234	^z0y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1234	0=#0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1	#8d	      -1|
i	1000000000000000	0^+1b	+11100011010111111010100100110001101000000000000000|
i	1000000000000000	*<-z#003.20s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-9223372036854775808	0<#5E	-9.223372E+18|
i	128512	€<+8e	+1.285120e+05|
i	255	*^-z08y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1234567	*>-#00n	-1234567|
i	128512	*=z003b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	 z20.E	!ValueError: Format specifier missing precision|
i	1234	0=#12n	000000001234|
i	65	*< z020\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	*>0.12G	1E+15|
i	-1234567	<00,e	-1.234567e+06|
i	0	,<+#0_s	!ValueError: Cannot specify '_' with 's'.|
i	233	x>-12.3%	xx23300.000%|
i	255	*>#20_o	***************0o377|
i	-1	= #E	-1.000000E+00|
i	65	*>z0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	128512	0<+08F	+128512.000000|
i	1234	^_E	1.234000E+03|
i	1000000000000000	€<12%	100000000000000000.000000%|
i	-42	*>-08_g	*****-42|
i	233	0<#12,x	!ValueError: Cannot specify ',' with 'x'.|
i	255	0^ #012E	 2.550000E+02|
i	0	é^-z#00d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	128512	 >+1_g	+128_512|
i	1114112	_>8g	1.11411e+06|
i	65	*^-0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-42	<-08_r	!ValueError: Cannot specify '_' with 'r'.|
i	7	,<z1,E	7.000000E+00|
i	0	*= z012.12g	 **********0|
i	128512	>03.3b	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	#00E	9.223372E+18|
i	233	*^-5,G	*233*|
i	1000000000000000	_>003,F	1,000,000,000,000,000.000000|
i	7	z12f	    7.000000|
i	-1000000000000000000	^ z_c	!ValueError: Cannot specify '_' with 'c'.|
i	1	0<+#x	+0x1|
i	33	x>-12_X	xxxxxxxxxx21|
i	-1234567	*^#0_.3c	!ValueError: Cannot specify '_' with 'c'.|
i	33	 > z#8_%	 3_300.000000%|
i	255	0n	255|
i	-1234567	_>-#020_o	_________-0o455_3207|
i	1114112	 >-8.3n	!ValueError: Precision not allowed in integer format specifier|
i	233	*<-d	233|
i	1	_>z,g	1|
i	-1234567	0b	-100101101011010000111|
i	123456789012	0^-5,n	!ValueError: Cannot specify ',' with 'n'.|
i	33	_>5f	33.000000|
i	1000000000000000	*^z#8g	1.00000e+15|
i	0	=-#03G	0.00000|
i	-1	*^#0_c	!ValueError: Cannot specify '_' with 'c'.|
i	65	*= #12_d	 *********65|
i	-1234567	*>-00,.1G	-1E+06|
i	1000000000000000	#^z20e	####1.000000e+15####|
i	255	*=20,G	*****************255|
i	33	 >+_n	!ValueError: Cannot specify '_' with 'n'.|
i	1234	*>#003_g	1_234.00|
i	-1	<5r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	1	+12o	          +1|
i	1114112	+12X	     +110000|
i	65	0<1x	41|
i	1000000000000000	0^ X	 38D7EA4C68000|
i	1000000000000000	0^+z0E	+1.000000E+15|
i	128512	=03F	128512.000000|
i	65	x>#	65|
i	255	0=12c	00000000000ÿ|
i	1114112	0<+0G	+1.11411E+06|
i	1000000000000000	*^ z12,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	1114112	*=-03y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1234567	*=+020_F	-***1_234_567.000000|
i	-1	*<+z,y	!ValueError: Cannot specify ',' with 'y'.|
i	255	é^ z0r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	-1000000000000000000	20_X	 -DE0_B6B3_A764_0000|
i	1	0_.3y	!ValueError: Cannot specify '_' with 'y'.|
i	-1234567	#^+,F	-1,234,567.000000|
i	1	+z05_.1d	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	 03.12%	-922337203685477580800.000000000000%|
i	233	*>-#020.0	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	*<+,f	+9,223,372,036,854,775,808.000000|
i	123456789012	*=01.	!ValueError: Format specifier missing precision|
i	-9223372036854775808	*<#0.0%	-922337203685477580800.%|
i	33	*=20b	**************100001|
i	-42	0< #00	-42|
i	9223372036854775807	 > 05_X	 7FFF_FFFF_FFFF_FFFF|
i	1234	#^#05s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1234	0<-0_e	1.234000e+03|
i	-42	=03_.x	!ValueError: Format specifier missing precision|
i	9223372036854775807	€< 1_.0y	!ValueError: Cannot specify '_' with 'y'.|
i	-9223372036854775808	0<+z0.20f	-9223372036854775808.00000000000000000000|
i	1	*>f	1.000000|
i	-9223372036854775808	z03_c	!ValueError: Cannot specify '_' with 'c'.|
i	233	^ z#08E	 2.330000E+02|
i	1	+1g	+1|
i	65	 > 1%	 6500.000000%|
i	255	+0	+255|
i	1	0=+12,s	!ValueError: Cannot specify ',' with 's'.|
i	0	=-003_d	000|
i	1234	*>1	1234|
i	1	x> 8,g	xxxxxx 1|
i	1234	€<#_	1_234|
i	255	#^ z8_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	+z#03f	+7.000000|
i	128512	^ 1E	 1.285120E+05|
i	-1000000000000000000	*>#003.12s	!ValueError: Unknown format code 's' for object of type 'int'|
i	123456789012	0^-z#05_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	>03.12E	-4.200000000000E+01|
i	1114112	0<01,%	111,411,200.000000%|
i	1000000000000000	<03_.12g	1e+15|
i	1	> 020\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	0	-z1E	0.000000E+00|
i	7	=#08_G	07.00000|
i	233	*^5s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	0=+#.1%	+922337203685477580800.0%|
i	1114112	#^+20e	###+1.114112e+06####|
i	7	0^ #0	 7|
i	-1000000000000000000	,<-1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	65	*^ #g	 65.0000|
i	33	*= #012X	 0X*******21|
i	233	> #003_.20	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	€<+12%	+12345678901200.000000%|
i	123456789012	=#003,.x	!ValueError: Format specifier missing precision|
i	-1	0^-0,	-1|
i	33	,<,x	!ValueError: Cannot specify ',' with 'x'.|
i	65	>z1_.12n	!ValueError: Cannot specify '_' with 'n'.|
i	1234	^1c	Ӓ|
i	9223372036854775807	<+.0o	!ValueError: Precision not allowed in integer format specifier|
i	7	*<-#03F	7.000000|
i	1234	*=03y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	233	^z#8_g	233.000 |
i	-1	€<00_f	-1.000000|
i	128512	0^-z8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1000000000000000	0<_	1_000_000_000_000_000|
i	128512	^z0d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	9223372036854775807	_>z20,s	!ValueError: Cannot specify ',' with 's'.|
i	1	é^-#5X	é0X1é|
i	65	-0_F	65.000000|
i	123456789012	*^ z#5,E	 1.234568E+11|
i	9223372036854775807	 > 03s	!ValueError: Unknown format code 's' for object of type 'int'|
i	65	0=01_c	!ValueError: Cannot specify '_' with 'c'.|
i	255	#^+8b	+11111111|
i	1	0=0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1234	*<#20c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'|
i	9223372036854775807	0=1,G	9.22337E+18|
i	9223372036854775807	*<-03_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	123456789012	^#0_c	!ValueError: Cannot specify '_' with 'c'.|
i	-1	+z0,x	!ValueError: Cannot specify ',' with 'x'.|
i	-1234567	<+#20_r	!ValueError: Cannot specify '_' with 'r'.|
i	-1234567	*>#8o	-0o4553207|
i	-9223372036854775808	^0,n	!ValueError: Cannot specify ',' with 'n'.|
i	255	0=0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	-42	0^z020_.20y	!ValueError: Cannot specify '_' with 'y'.|
i	-1234567	=+z12_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	33	+#012,.6	!ValueError: Precision not allowed in integer format specifier|
i	-1	< z05F	-1.000000|
i	123456789012	#^ 8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	255	#^ 0,.12y	!ValueError: Cannot specify ',' with 'y'.|
i	-1	#^ z12b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	x>03_G	-1E+18|
i	128512	z8,b	!ValueError: Cannot specify ',' with 'b'.|
i	1114112	0<z#20	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1000000000000000	>#020%	100000000000000000.000000%|
i	-42	*^20_s	!ValueError: Cannot specify '_' with 's'.|
i	123456789012	 > #03o	 0o1627646215024|
i	33	*<1.20x	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	0<08s	!ValueError: Unknown format code 's' for object of type 'int'|
i	-1000000000000000000	*=1_x	-de0_b6b3_a764_0000|
i	-9223372036854775808	-5,.3b	!ValueError: Cannot specify ',' with 'b'.|
i	128512	é^z#020,n	!ValueError: Cannot specify ',' with 'n'.|
i	128512	,< z#05r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	65	*<-08_X	41******|
i	9223372036854775807	0<z5_G	9.22337E+18|
i	128512	x>#,%	12,851,200.000000%|
i	-42	€<08,f	-42.000000|
i	1000000000000000	*^03y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-9223372036854775808	*>-z#08_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	1000000000000000	é^ 0d	 1000000000000000|
i	123456789012	>z08_%	12_345_678_901_200.000000%|
i	0	0^ 08,G	000 0000|
i	1	€<+20r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	0	<20n	0                   |
i	255	_>-08_.b	!ValueError: Format specifier missing precision|
i	-1000000000000000000	0=#20,f	-1,000,000,000,000,000,000.000000|
i	233	_> #5d	_ 233|
i	128512	é^+zo	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	1	€<+#8_g	+1.00000|
i	33	20c	                   !|
i	65	*^_X	41|
i	9223372036854775807	5c	!OverflowError: %c arg not in range(0x110000)|
i	1114112	0<-z00f	1114112.000000|
i	-1000000000000000000	^z1,c	!ValueError: Cannot specify ',' with 'c'.|
i	1000000000000000	0=+z0,f	+1,000,000,000,000,000.000000|
i	0	z8,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	65	*<z#0o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	€<z#12o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1	*< #20_E	-1.000000E+00*******|
i	128512	#^-20b	#11111011000000000##|
i	123456789012	 012,b	!ValueError: Cannot specify ',' with 'b'.|
i	255	0^ #0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	0	0=-,b	!ValueError: Cannot specify ',' with 'b'.|
i	7	^z5,g	  7  |
i	7	é^ z20r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	128512	0^ z#12n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	7	*>+8,x	!ValueError: Cannot specify ',' with 'x'.|
i	7	#^ 00,%	 700.000000%|
i	123456789012	 >#0G	1.23457E+11|
i	33	 12e	 3.300000e+01|
i	-1	#^#1_.1F	-1.0|
i	128512	 >%	12851200.000000%|
i	7	#^ #05_d	# 7##|
i	128512	0<,.\u{1}	!ValueError: Format specifier missing precision|
i	123456789012	é^-#01,o	!ValueError: Cannot specify ',' with 'o'.|
i	33	 > 12_.6F	   33.000000|
i	1234	#^ ,.1o	!ValueError: Cannot specify ',' with 'o'.|
i	1000000000000000	 >#0e	1.000000e+15|
i	0	-003,y	!ValueError: Cannot specify ',' with 'y'.|
i	1234	*=-003,s	!ValueError: Cannot specify ',' with 's'.|
i	-1234567	>-.3g	-1.23e+06|
i	1114112	*^z#20,y	!ValueError: Cannot specify ',' with 'y'.|
i	65	_>+z#03,s	!ValueError: Cannot specify ',' with 's'.|
i	123456789012	+8_e	+1.234568e+11|
i	-1000000000000000000	*<8_E	-1.000000E+18|
i	9223372036854775807	z#d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1000000000000000000	*>05,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	65	0<r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	7	#020g	00000000000007.00000|
i	65	 5	   65|
i	-1234567	0^z#03_.3y	!ValueError: Cannot specify '_' with 'y'.|
i	7	>003_x	007|
i	255	^05.20G	02550|
i	255	>+z00\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	33	,<z5_F	33.000000|
i	128512	é^#020_.12%	12_851_200.000000000000%|
i	65	0=-b	1000001|
i	-1	*^-12_.1s	!ValueError: Cannot specify '_' with 's'.|
i	128512	+012,G	+000,128,512|
i	-42	0= 020_F	-0_000_000_042.000000|
i	0	0<_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	7	>+03b	+111|
i	233	*> #0_c	!ValueError: Cannot specify '_' with 'c'.|
i	-1000000000000000000	-n	-1000000000000000000|
i	1000000000000000	^+1,f	+1,000,000,000,000,000.000000|
i	123456789012	+12F	+123456789012.000000|
i	9223372036854775807	€<z20,s	!ValueError: Cannot specify ',' with 's'.|
i	128512	*^+#20_.6	!ValueError: Precision not allowed in integer format specifier|
i	255	é^z5_e	2.550000e+02|
i	1234	<+z#05_E	+1.234000E+03|
i	1000000000000000	_> 01	 1000000000000000|
i	1	€<-#0n	1|
i	123456789012	é^-1b	1110010111110100110010001101000010100|
i	1	-#12f	    1.000000|
i	-1234567	0=+5%	-123456700.000000%|
i	-1000000000000000000	*= z#12f	-1000000000000000000.000000|
i	7	*^5_X	**7**|
i	65	<08X	41000000|
i	128512	,<-8g	128512,,|
i	-42	0_b	-10_1010|
i	128512	x> 0_s	!ValueError: Cannot specify '_' with 's'.|
i	-42	€<+z01.1d	!ValueError: Precision not allowed in integer format specifier|
i	-1	#^05,o	!ValueError: Cannot specify ',' with 'o'.|
i	-1234567	5f	-1234567.000000|
i	33	0<+z#0_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	128512	_>5_.o	!ValueError: Format specifier missing precision|
i	233	=z01d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	,<-	-9223372036854775808|
i	-9223372036854775808	+y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	0	=-z#1,.0b	!ValueError: Cannot specify ',' with 'b'.|
i	255	*<-8r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	233	*>8.F	!ValueError: Format specifier missing precision|
i	9223372036854775807	é^,G	9.22337E+18|
i	1234	*>0_X	4D2|
i	128512	+8_G	+128_512|
i	-1000000000000000000	0<#020c	!ValueError: Alternate form (#) not allowed with integer format specifier 'c'|
i	-1234567	> #05,	-1,234,567|
i	-9223372036854775808	é^-#20,f	-9,223,372,036,854,775,808.000000|
i	9223372036854775807	,<+00r	!ValueError: Unknown format code 'r' for object of type 'int'|
i	33	 012_e	 3.300000e+01|
i	1000000000000000	€<-z00x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	0	 > ,E	 0.000000E+00|
i	128512	é^-0b	11111011000000000|
i	-1000000000000000000	+0g	-1e+18|
i	128512	,< 00,G	 128,512|
i	-42	 >0F	-42.000000|
i	128512	 1g	 128512|
i	-9223372036854775808	^+05\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'int'|
i	1000000000000000	 >-#s	!ValueError: Unknown format code 's' for object of type 'int'|
i	1000000000000000	*>-05.0s	!ValueError: Unknown format code 's' for object of type 'int'|
i	9223372036854775807	>z#_%	922_337_203_685_477_580_800.000000%|
i	-1	€<z	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	123456789012	 >-020,b	!ValueError: Cannot specify ',' with 'b'.|
i	-9223372036854775808	0^-,y	!ValueError: Cannot specify ',' with 'y'.|
i	1000000000000000	-#12,e	1.000000e+15|
i	0	€< #5_f	 0.000000|
i	0	0=03.6	!ValueError: Precision not allowed in integer format specifier|
i	7	^+#08f	+7.000000|
i	7	0<+8.%	!ValueError: Format specifier missing precision|
i	-9223372036854775808	x>0_.12s	!ValueError: Cannot specify '_' with 's'.|
i	1	^#%	100.000000%|
i	-1	#^ 0_G	-1|
i	-1000000000000000000	^8,X	!ValueError: Cannot specify ',' with 'X'.|
i	-42	 >-020.0o	!ValueError: Precision not allowed in integer format specifier|
i	128512	0<+5F	+128512.000000|
i	255	^-z05_n	!ValueError: Cannot specify '_' with 'n'.|
i	-42	^z0_n	!ValueError: Cannot specify '_' with 'n'.|
i	65	€<+12.3b	!ValueError: Precision not allowed in integer format specifier|
i	233	0=#020_b	0b000_0000_1110_1001|
i	33	+z#20_x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	0=z#8,.3f	-042.000|
i	1000000000000000	 _F	 1_000_000_000_000_000.000000|
i	-9223372036854775808	=z#01_.c	!ValueError: Format specifier missing precision|
i	33	*>-#8.12G	33.0000000000|
i	33	 >-z,F	33.000000|
i	123456789012	#^+020,o	!ValueError: Cannot specify ',' with 'o'.|
i	1000000000000000	0^-#8o	0o34327724461500000|
i	-1234567	> 03,g	-1.23457e+06|
i	233	 03c	!ValueError: Sign not allowed with integer format specifier 'c'|
i	1000000000000000	*=+12e	+1.000000e+15|
i	0	z_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
i	9223372036854775807	>-20b	111111111111111111111111111111111111111111111111111111111111111|
i	1114112	*^#,d	1,114,112|
i	123456789012	é^z020g	éééé1.23457e+11ééééé|
i	1234	=-#01y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1	^-,x	!ValueError: Cannot specify ',' with 'x'.|
i	255	*< 08,e	 2.550000e+02|
i	1	<-5X	1    |
i	1	 >+#03_.0x	!ValueError: Precision not allowed in integer format specifier|
i	255	€<-08G	255€€€€€|
i	233	0^-#1y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	1	< #00,s	!ValueError: Cannot specify ',' with 's'.|
i	7	<12.1c	!ValueError: Precision not allowed in integer format specifier|
i	1000000000000000	+8y	!ValueError: Unknown format code 'y' for object of type 'int'|
i	-1	*^-#01,.6r	!ValueError: Cannot specify ',' with 'r'.|
i	1000000000000000	€<-20_E	1.000000E+15€€€€€€€€|
i	9223372036854775807	<#01%	922337203685477580800.000000%|
i	1114112	x>-5e	1.114112e+06|
i	-1000000000000000000	 >05_G	-1E+18|
i	9223372036854775807	0^ 003,E	 9.223372E+18|
i	65	=+#08%	+6500.000000%|
i	233	z03E	2.330000E+02|
i	1	^+012_r	!ValueError: Cannot specify '_' with 'r'.|
i	128512	0< 20.1b	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	*<#5_.3G	9.22E+18|
i	1234	*=-5,x	!ValueError: Cannot specify ',' with 'x'.|
i	0	#^-#03,G	0.00000|
i	33	*= z.20f	 33.00000000000000000000|
i	1114112	x>+#%	+111411200.000000%|
i	123456789012	*^-.6%	12345678901200.000000%|
i	-1	€<+5.n	!ValueError: Format specifier missing precision|
i	-9223372036854775808	 5,r	!ValueError: Cannot specify ',' with 'r'.|
i	7	>+003b	+111|
i	128512	 5g	 128512|
i	1	€<+z#05n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-1234567	<+z#8d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-9223372036854775808	*<-#00	-9223372036854775808|
i	123456789012	€< 0n	 123456789012|
i	0	0=-08_n	!ValueError: Cannot specify '_' with 'n'.|
i	-1	x>01_s	!ValueError: Cannot specify '_' with 's'.|
i	128512	#^+	+128512|
i	128512	^#E	1.285120E+05|
i	33	*=z,X	!ValueError: Cannot specify ',' with 'X'.|
i	255	*^ #_n	!ValueError: Cannot specify '_' with 'n'.|
i	255	€<+1,F	+255.000000|
i	1	 >012o	           1|
i	1	*^20,c	!ValueError: Cannot specify ',' with 'c'.|
i	1114112	*^-z20_.20x	!ValueError: Precision not allowed in integer format specifier|
i	7	#^-012_e	7.000000e+00|
i	1114112	#^z#05_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
i	-42	*^+12,F	*-42.000000*|
i	7	€<+z0,x	!ValueError: Cannot specify ',' with 'x'.|
i	-9223372036854775808	 >8_e	-9.223372e+18|
i	-42	z0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
i	255	0^0,n	!ValueError: Cannot specify ',' with 'n'.|
i	7	0=+_E	+7.000000E+00|
f	fff0000000000000	_.20s	!ValueError: Cannot specify '_' with 's'.|
f	7ff8000000000000	-#12,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	c132d687e4189375	-0.12e	-1.234567891000e+06|
f	7ff8000000000000	*< 20.6n	 nan****************|
f	419d6f3454000000	=#12_.1e	     1.2e+08|
f	3fe0000000000000	>_.12	0.5|
f	3f1a36e2eb1c432d	é^+20_f	ééééé+0.000100éééééé|
f	0000000000000000	#_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	*> z20.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	_>-#05,x	!ValueError: Cannot specify ',' with 'x'.|
f	3e8421f5f40d8376	0^-5g	1.5e-07|
f	3f40624dd2f1a9fc	-00_n	!ValueError: Cannot specify '_' with 'n'.|
f	bff8000000000000	-#0f	-1.500000|
f	3f202e7ef70994dd	>-01_E	1.234560E-04|
f	3f202e7ef70994dd	_>-#003,s	!ValueError: Cannot specify ',' with 's'.|
f	4341c37937e08000	>-#0_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	>03f	10000000000000000.000000|
f	3fe0000000000000	é^ 8_.F	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	^+#03.20g	+3.1415899999999998826|
f	4341c37937e08000	*>-0.3G	1E+16|
f	bff8000000000000	z#0_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	#^+03_.3f	+3.142|
f	4004000000000000	^ 01,.1f	 2.5|
f	7fefffffffffffff	_>e	1.797693e+308|
f	4005666666666666	=+.f	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	*^g	1.79769e+308|
f	4005666666666666	x>-z#003.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	#^z01_.F	!ValueError: Format specifier missing precision|
f	4004000000000000	#00_.12s	!ValueError: Cannot specify '_' with 's'.|
f	3f1a36e2eb1c432d	 >+012,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	c132d687e4189375	>-01.6%	-123456789.100000%|
f	8000000000000000	#^#03g	-0.00000|
f	3fa999999999999a	_>-8_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	_>#03,	-1,234,567.891|
f	40934a456d5cfaad	*<5_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	=z05.	!ValueError: Format specifier missing precision|
f	bff8000000000000	+20.12E	 -1.500000000000E+00|
f	419d6f3454000000	€<z#003.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	*^ 12,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3ee4f8b588e368f1	x>-z1.x	!ValueError: Format specifier missing precision|
f	40fe240000000000	<+#.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	419d6f3454000000	*> #05.1e	 1.2e+08|
f	4058ffae147ae148	,<0_.6e	9.999500e+01|
f	4341c37937e08000	€<8_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff8000000000000	€< 12_.3g	 nan€€€€€€€€|
f	3ee4f8b588e368f1	,<#.12	1.00000000000e-05|
f	3e8421f5f40d8376	 >-z5_.12%	0.000015000000%|
f	3fb999999999999a	0<#d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	8_.1g	  -1e-05|
f	3f40624dd2f1a9fc	*< 0.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4004000000000000	x>1.s	!ValueError: Format specifier missing precision|
f	40fe240000000000	_> #_.e	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	*>+z00,n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000000	*=#012,.12F	0.000000000000|
f	8000000000000000	0=#0_.3s	!ValueError: Cannot specify '_' with 's'.|
f	4341c37937e08000	z5,.f	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	€<_.F	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	 > 05,.3e	 1.235e+19|
f	400921f9f01b866e	é^z#d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	0=+#1G	+0.100000|
f	4004000000000000	<-5_.0f	2    |
f	3ee4f8b588e368f1	,<+z020,.6G	+1E-05,,,,,,,,,,,,,,|
f	7fefffffffffffff	-z#020,F	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000000|
f	7fefffffffffffff	*<,F	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000000|
f	43e56a95319d63e1	0^+#1.0E	+1.E+19|
f	3ee4f8b588e368f1	#^1,.20g	1.0000000000000000818e-05|
f	3ff0000000000000	+_.f	!ValueError: Format specifier missing precision|
f	3fb999999999999a	#1,.20	0.10000000000000000555|
f	3f1a36e2eb1c432d	é^.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	>08_.0E	00-1E+06|
f	43e56a95319d63e1	 >0.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	> 012_.1s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000000	0=-#1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	€< z5_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	,.1s	!ValueError: Cannot specify ',' with 's'.|
f	3fe0000000000000	 0_.20%	 50.00000000000000000000%|
f	400921f9f01b866e	€< #0_.3E	 3.142E+00|
f	7fefffffffffffff	 z,.20f	 179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00000000000000000000|
f	3f202e7ef70994dd	^-zF	0.000123|
f	4005666666666666	0^0	2.675|
f	43e56a95319d63e1	_> 1F	 12345678901234567168.000000|
f	fff0000000000000	=-z#20_.6F	-                INF|
f	43e56a95319d63e1	z#20_.20G	12_345_678_901_234_567_168.|
f	4058ffae147ae148	*^8.E	!ValueError: Format specifier missing precision|
f	4004000000000000	€< #0_.1G	 2.|
f	7fefffffffffffff	^-#00_.x	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	_>-12.3n	____1.23e+03|
f	4480f0cf064dd592	0= 08,s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	<1_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	<03.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	0< #020.0g	 2.e+308000000000000|
f	3f1a36e2eb1c432d	*^ 0,.x	!ValueError: Format specifier missing precision|
f	419d6f3454000000	*=+#8,.20e	+1.23456789000000000000e+08|
f	3f1a36e2eb1c432d	=0,.3F	0.000|
f	4341c37937e08000	#20.12n	   1.00000000000e+16|
f	4480f0cf064dd592	*=-#0,.3G	1.00E+22|
f	3e8421f5f40d8376	*>-,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	0= 5.G	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	€<+#12g	+0.000123456|
f	4480f0cf064dd592	=03_.3f	10_000_000_000_000_000_000_000.000|
f	40934a456d5cfaad	< #12_.6	 1_234.57   |
f	fff0000000000000	*^ 03.0F	-INF|
f	3f40624dd2f1a9fc	 05_.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	é^00.0E	INF|
f	bee4f8b588e368f1	 03,.g	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	8000000000000000	0=z_.6g	0|
f	3e8421f5f40d8376	0,.6s	!ValueError: Cannot specify ',' with 's'.|
f	430c6bf526340000	<#0.0%	100000000000000000.%|
f	400921f9f01b866e	*=-12,.12f	3.141590000000|
f	3fb999999999999a	=#20.s	!ValueError: Format specifier missing precision|
f	40fe240000000000	€<z012x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	é^+#05.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	€<#5,.3F	123,456,789.000|
f	7ff8000000000000	+00,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	7ff8000000000000	0=+z_.6e	+nan|
f	40934a456d5cfaad	*< z01_.0s	!ValueError: Cannot specify '_' with 's'.|
f	3ee4f8b588e368f1	^-#20,.0	       1.e-05       |
f	3ee4f8b588e368f1	é^ .3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	<.1e	1.2e+03|
f	7ff8000000000000	x>003,G	NAN|
f	bee4f8b588e368f1	*= z0_g	-1e-05|
f	400921f9f01b866e	*=08,.20f	3.14158999999999988262|
f	43e56a95319d63e1	#5,	1.2345678901234567e+19|
f	3f1a36e2eb1c432d	=12.6	      0.0001|
f	419d6f3454000000	*>#1_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	4480f0cf064dd592	#^ 08,.1	# 1e+22#|
f	400921f9f01b866e	é^-z8_.0e	é3e+00éé|
f	4005666666666666	#^-z0.12%	267.500000000000%|
f	3fe0000000000000	0< #05g	 0.500000|
f	4004000000000000	> 1_e	 2.500000e+00|
f	3fe0000000000000	 > 1_.3G	 0.5|
f	c132d687e4189375	é^+z1_f	-1_234_567.891000|
f	bf1a36e2eb1c432d	+#_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	,<+z5,.e	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	#^#012,.12	0.000500000000000|
f	40fe240000000000	,<#1,.x	!ValueError: Format specifier missing precision|
f	7ff0000000000000	0< #0.	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	> z#003.12G	 1234.56780000|
f	3ff0000000000000	0<-012.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	<012.6%	-150.000000%|
f	43e56a95319d63e1	 >1	1.2345678901234567e+19|
f	4023fffeb074a772	*= 05f	 9.999990|
f	7e37e43c8800759c	*= #1.d	!ValueError: Format specifier missing precision|
f	0000000000000000	*<#03,.12s	!ValueError: Cannot specify ',' with 's'.|
f	43e56a95319d63e1	0^z#003n	1.23457e+19|
f	7fefffffffffffff	é^+020.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	0^-z020%	0000267.500000%00000|
f	3f1a36e2eb1c432d	0.20e	1.00000000000000004792e-04|
f	8000000000000000	 > #8.e	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	>_.20g	0.00012345600000000000519|
f	430c6bf526340000	x>8_.1F	1_000_000_000_000_000.0|
f	3fb999999999999a	#01.12G	0.100000000000|
f	4341c37937e08000	x>#0,.0f	10,000,000,000,000,000.|
f	0000000000000000	 #08_f	 0.000000|
f	8000000000000000	-_.1F	-0.0|
f	7fefffffffffffff	é^ #5_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	 >z03_.0G	2E+308|
f	4005666666666666	< z_	 2.675|
f	4341c37937e08000	é^0.12g	1e+16|
f	3fb999999999999a	*>+08_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	3fc0000000000000	z,.12s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000001	<08.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	^ z#8.e	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	,.12f	0.000123456000|
f	4023fffeb074a772	#^ z1_.1g	 1e+01|
f	3f202e7ef70994dd	*^-#0.s	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	+#12_f	   +0.000000|
f	40934a456d5cfaad	+#20.6	            +1234.57|
f	3ee4f8b588e368f1	>z003_.0g	1e-05|
f	3f202e7ef70994dd	#^z03,.12e	1.234560000000e-04|
f	7fefffffffffffff	*> 8.F	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	,< 8g	 1.23457e+19|
f	bf1a36e2eb1c432d	#^020.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	*>.%	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	,<12g	-1e-05,,,,,,|
f	4058ffae147ae148	> 05_.0	 1e+02|
f	3fb999999999999a	€< 003,.d	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	*<-z012.20G	-1.0000000000000000818E-05|
f	3ee4f8b588e368f1	^+z8.12g	 +1e-05 |
f	3fe0000000000000	*>#12.20	0.50000000000000000000|
f	7e37e43c8800759c	 05,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	419d6f3454000000	^#020_.3F	00123_456_789.000000|
f	4005666666666666	0^-#_.6f	2.675000|
f	0000000000000000	= #0.1g	 0.|
f	fff0000000000000	€<12,.12	-inf€€€€€€€€|
f	3fa999999999999a	 >1E	5.000000E-02|
f	3ff0000000000000	8.6n	       1|
f	3f1a36e2eb1c432d	0<-003.3f	0.000|
f	7e37e43c8800759c	 #01.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	^ z8_.20G	 2.6749999999999998224|
f	419d6f3454000000	,<z.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff0000000000000	0=-z8_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	#^5.6F	-INF#|
f	3fc0000000000000	*<-%	12.500000%|
f	3f40624dd2f1a9fc	z020_.0g	000_000_000_000.0005|
f	40934a456d5cfaad	_>5,.6E	1.234568E+03|
f	3fb999999999999a	 #,.%	!ValueError: Format specifier missing precision|
f	0000000000000000	0^z1,.0	0e+00|
f	3f202e7ef70994dd	0^ z5,.12E	 1.234560000000E-04|
f	4341c37937e08000	>+z05,.0E	+1E+16|
f	8000000000000000	_>+003_.6F	-0.000000|
f	fff0000000000000	#^+z#03,.0F	-INF|
f	0000000000000001	 z0.20	 4.9406564584124654418e-324|
f	bff8000000000000	 ,.20f	-1.50000000000000000000|
f	430c6bf526340000	,< #0.6E	 1.000000E+15|
f	0000000000000000	-z8_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	4341c37937e08000	-#0.20e	1.00000000000000000000e+16|
f	3f1a36e2eb1c432d	*^ 03.0e	 1e-04|
f	3f40624dd2f1a9fc	#_.1F	0.0|
f	3fa999999999999a	*^ z12.x	!ValueError: Format specifier missing precision|
f	3fe0000000000000	*=_.20f	0.50000000000000000000|
f	3fc0000000000000	 >-003.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	0^z#20_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3fc0000000000000	,<+#8G	+0.125000|
f	40934a456d5cfaad	=-0G	1234.57|
f	4005666666666666	 >020.20G	2.6749999999999998224|
f	3ff0000000000000	>-#_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	> 12_.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	^+0.6	-0.0001|
f	3ee4f8b588e368f1	*>+012.12F	+0.000010000000|
f	7ff0000000000000	>+05.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7e37e43c8800759c	^0,.	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*<03,n	!ValueError: Cannot specify ',' with 'n'.|
f	3ee4f8b588e368f1	^-#%	0.001000%|
f	3fb999999999999a	x>+z#5	x+0.1|
f	3fb999999999999a	0<+z#20.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	*^00.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	*> z,e	 3.141590e+00|
f	3f40624dd2f1a9fc	+20_.	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	<-#0,.6s	!ValueError: Cannot specify ',' with 's'.|
f	4023fffeb074a772	*>-z#.20G	9.9999900000000003786|
f	400921f9f01b866e	<-z8,s	!ValueError: Cannot specify ',' with 's'.|
f	3fc0000000000000	*<0F	0.125000|
f	3f1a36e2eb1c432d	*=z08,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	*>z#5n	-1.50000|
f	3fb999999999999a	z#8,.1s	!ValueError: Cannot specify ',' with 's'.|
f	7ff0000000000000	,<12.6%	inf%,,,,,,,,|
f	43e56a95319d63e1	0^z.f	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	>z.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	430c6bf526340000	 >-_E	1.000000E+15|
f	3e8421f5f40d8376	é^+0_g	+1.5e-07|
f	bff8000000000000	_>-1,G	-1.5|
f	400921f9f01b866e	> z,.0%	 314%|
f	4005666666666666	=z#00.1E	2.7E+00|
f	fff0000000000000	12,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7e37e43c8800759c	*^12_.12%	100_000_000_000_000_007_629_703_079_084_894_925_347_346_855_150_656_811_701_601_734_206_211_380_288_125_794_484_142_188_964_691_784_076_639_747_577_138_548_761_372_210_387_844_799_938_291_815_611_350_519_830_750_167_649_856_488_981_626_536_368_095_414_607_314_235_151_058_373_458_986_890_825_155_659_063_617_715_863_205_282_622_390_509_284_183_439_858_617_103_083_735_673_849_899_204_570_498_157_510_656.000000000000%|
f	3f40624dd2f1a9fc	> #20.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	x>z#020.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff8000000000000	0^-1,.0F	NAN|
f	3fb999999999999a	*^-0,	0.1|
f	fff0000000000000	*^ z8.6e	**-inf**|
f	3f40624dd2f1a9fc	 > 20.1	              0.0005|
f	7fefffffffffffff	-z#5%	 inf%|
f	400921f9f01b866e	*^-z012,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	3f1a36e2eb1c432d	^ 03,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	0<-z#_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	fff0000000000000	*= 00	-inf|
f	3f202e7ef70994dd	_> z#5,.20g	 0.00012345600000000000519|
f	bee4f8b588e368f1	0_.3g	-1e-05|
f	4023fffeb074a772	 >-1_g	9.99999|
f	4058ffae147ae148	0< z#.6f	 99.995000|
f	bee4f8b588e368f1	=#,.6	-1.00000e-05|
f	0000000000000001	+0_F	+0.000000|
f	4480f0cf064dd592	0^+#5.12G	+1.00000000000E+22|
f	3f40624dd2f1a9fc	0_.20E	5.00000000000000010408E-04|
f	0000000000000001	#.20g	4.9406564584124654418e-324|
f	0000000000000000	^ 012,E	 0.000000E+00|
f	c132d687e4189375	 5.e	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	 >-z020_.d	!ValueError: Format specifier missing precision|
f	c132d687e4189375	<#12.6	-1.23457e+06|
f	3ff0000000000000	*=z#1_.6g	1.00000|
f	400921f9f01b866e	#^-003.	!ValueError: Format specifier missing precision|
f	419d6f3454000000	_>+z5,.n	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	 >-20F	            9.999990|
f	bf1a36e2eb1c432d	^-z,.6G	-0.0001|
f	400921f9f01b866e	x>z#e	3.141590e+00|
f	3fb999999999999a	^#03.%	!ValueError: Format specifier missing precision|
f	3fc0000000000000	é^ 03	 0.125|
f	4058ffae147ae148	0< 01f	 99.995000|
f	419d6f3454000000	_>z00g	1.23457e+08|
f	3e8421f5f40d8376	 >05_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	 > #05_.6s	!ValueError: Cannot specify '_' with 's'.|
f	7ff0000000000000	*^z20.3E	********INF*********|
f	7fefffffffffffff	<#20_g	1.79769e+308        |
f	43e56a95319d63e1	*=z#_.x	!ValueError: Format specifier missing precision|
f	3ff0000000000000	€<+x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	>+z#.0	+1.e+22|
f	3fc0000000000000	*<#0,.1%	12.5%|
f	3f1a36e2eb1c432d	#^-#8.20%	0.01000000000000000021%|
f	c132d687e4189375	x>+0,.1e	-1.2e+06|
f	8000000000000000	€<08_s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000000	=5,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	bf1a36e2eb1c432d	x>20,E	xxxxxxx-1.000000E-04|
f	419d6f3454000000	<-#5_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	 > 5.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40fe240000000000	0= #08,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	bee4f8b588e368f1	x>z#1_.1G	-1.E-05|
f	40934a456d5cfaad	*= z03,.0F	 1,235|
f	4480f0cf064dd592	^-z8f	10000000000000000000000.000000|
f	400921f9f01b866e	*^8G	3.14159*|
f	3fa999999999999a	+0e	+5.000000e-02|
f	3f202e7ef70994dd	=+0.6	+0.000123456|
f	bee4f8b588e368f1	0<20,F	-0.00001000000000000|
f	4480f0cf064dd592	,<-03.12e	1.000000000000e+22|
f	3f202e7ef70994dd	,<#.0	0.0001|
f	3ee4f8b588e368f1	é^#0.12%	0.001000000000%|
f	7ff0000000000000	*=z20.1f	*****************inf|
f	419d6f3454000000	z05.0g	1e+08|
f	bff8000000000000	*^5,n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000001	+#08.3n	+4.94e-324|
f	3ee4f8b588e368f1	0=#20_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	3f40624dd2f1a9fc	é^0_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	7e37e43c8800759c	,< 20,.%	!ValueError: Format specifier missing precision|
f	fff0000000000000	-z012.12G	-00000000INF|
f	40fe240000000000	*<+#0.12%	+12345600.000000000000%|
f	3fc0000000000000	€<z.0	0.1|
f	8000000000000000	#^-#0.3g	-0.00|
f	bee4f8b588e368f1	0^05_.6f	-0.000010|
f	3fb999999999999a	*<-z20_.12F	0.100000000000******|
f	4058ffae147ae148	<#020G	99.99500000000000000|
f	3fa999999999999a	_>+08_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	3e8421f5f40d8376	8_.3g	 1.5e-07|
f	4341c37937e08000	 08.3E	 1.000E+16|
f	0000000000000000	>0_.%	!ValueError: Format specifier missing precision|
f	3fb999999999999a	é^-_.3g	0.1|
f	4480f0cf064dd592	*<#03,.0E	1.E+22|
f	4480f0cf064dd592	0<-0,.6F	10,000,000,000,000,000,000,000.000000|
f	400921f9f01b866e	#^z1	3.14159|
f	3fe0000000000000	x>0.0	0.5|
f	c132d687e4189375	<z#003,.d	!ValueError: Format specifier missing precision|
f	4341c37937e08000	#^_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fa999999999999a	 >#8_.e	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	0=z#012_.G	!ValueError: Format specifier missing precision|
f	4341c37937e08000	#^+_.12f	+10_000_000_000_000_000.000000000000|
f	c132d687e4189375	<z#0_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40934a456d5cfaad	_>-d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000001	-z#0_.12F	0.000000000000|
f	3fc0000000000000	z020.3%	000000000000012.500%|
f	bff8000000000000	#^ z1.20F	-1.50000000000000000000|
f	400921f9f01b866e	€<-003_.0e	3e+00|
f	0000000000000000	,<01,s	!ValueError: Cannot specify ',' with 's'.|
f	4058ffae147ae148	 >#20,.0s	!ValueError: Cannot specify ',' with 's'.|
f	7ff0000000000000	_>-z00,.6F	INF|
f	3e8421f5f40d8376	*<12,	1.5e-07*****|
f	0000000000000000	é^+1.3f	+0.000|
f	bf1a36e2eb1c432d	^#8,.1e	-1.0e-04|
f	430c6bf526340000	<-20,.1s	!ValueError: Cannot specify ',' with 's'.|
f	7ff8000000000000	0=1e	nan|
f	7ff8000000000000	=-z#,.1f	nan|
f	bf1a36e2eb1c432d	*>+20_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	#^z12.20E	1.00000000000000000000E+16|
f	4023fffeb074a772	*^+s	!ValueError: Unknown format code 's' for object of type 'float'|
f	43e56a95319d63e1	<+#.3n	+1.23e+19|
f	8000000000000000	*^,.1	-0e+00|
f	40fe240000000000	é^08.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	<-20.3E	NAN                 |
f	7e37e43c8800759c	^+z5_.12E	+1.000000000000E+300|
f	4005666666666666	<+#.3e	+2.675e+00|
f	3fe0000000000000	0^ 05,.3e	 5.000e-01|
f	3ee4f8b588e368f1	-012.1F	0000000000.0|
f	7ff8000000000000	#^ #8,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	3e8421f5f40d8376	z08.3	01.5e-07|
f	3fe0000000000000	0= .1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f40624dd2f1a9fc	,< 8,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	40fe240000000000	,<+003,.20e	+1.23456000000000000000e+05|
f	7ff0000000000000	*^-003,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	4341c37937e08000	0=#0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	,<012.s	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	<.G	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	€<-#_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	é^ 03_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	*=#012f	123456789.000000|
f	43e56a95319d63e1	x>020.0e	xxxxxxxxxxxxxxx1e+19|
f	7ff0000000000000	x>-8g	xxxxxinf|
f	43e56a95319d63e1	*<-5G	1.23457E+19|
f	3ee4f8b588e368f1	*=-#20,.20E	1.00000000000000008180E-05|
f	3ff0000000000000	0=#1.12%	100.000000000000%|
f	3f40624dd2f1a9fc	0^+#8,.6e	+5.000000e-04|
f	3ee4f8b588e368f1	*<-#00,.20f	0.00001000000000000000|
f	bf1a36e2eb1c432d	z_.G	!ValueError: Format specifier missing precision|
f	430c6bf526340000	03,.0G	1E+15|
f	3fe0000000000000	*< 1.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4005666666666666	*^-1.12	2.675|
f	4058ffae147ae148	#0,.20f	99.99500000000000454747|
f	40fe240000000000	0^+z#003,F	+123,456.000000|
f	bff8000000000000	<-0.1g	-2|
f	43e56a95319d63e1	0<z003,.0G	1E+19|
f	43e56a95319d63e1	^-00.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	*=1_n	!ValueError: Cannot specify '_' with 'n'.|
f	3f40624dd2f1a9fc	#^-z05,.1F	#0.0#|
f	3fb999999999999a	0<+20.	!ValueError: Format specifier missing precision|
f	430c6bf526340000	*>5_.d	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	<0.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	#^+12,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4004000000000000	*<-#8.6E	2.500000E+00|
f	3f202e7ef70994dd	*>+#20.0G	*************+0.0001|
f	7fefffffffffffff	=z_F	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368.000000|
f	4023fffeb074a772	>+#8.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	0^+#0,G	-1.00000E-05|
f	3f40624dd2f1a9fc	 z.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	 >8_.20g	0.00012345600000000000519|
f	40fe240000000000	=003	123456.0|
f	c132d687e4189375	=+#03n	-1.23457e+06|
f	3e8421f5f40d8376	_>,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	400921f9f01b866e	0< #01,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	 8_.G	!ValueError: Format specifier missing precision|
f	0000000000000001	#^-#1.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bff8000000000000	< 0,%	-150.000000%|
f	0000000000000001	*^-#12_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3f40624dd2f1a9fc	<8.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	0=01_.3e	1.000e+22|
f	40934a456d5cfaad	>-#,.12%	123,456.779999999999%|
f	400921f9f01b866e	^z#.1%	314.2%|
f	bf1a36e2eb1c432d	0=1_.0G	-0.0001|
f	4023fffeb074a772	*>#12.1	******1.e+01|
f	bf1a36e2eb1c432d	^ 03.3E	-1.000E-04|
f	4005666666666666	z003.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7e37e43c8800759c	 >z#03_.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	>z#08,.0F	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.|
f	4023fffeb074a772	 >0_.3g	10|
f	3f40624dd2f1a9fc	*^-#.12G	0.000500000000000|
f	4480f0cf064dd592	é^5_	1e+22|
f	0000000000000000	,<+20_G	+0,,,,,,,,,,,,,,,,,,|
f	c132d687e4189375	*^ z020.e	!ValueError: Format specifier missing precision|
f	3ff0000000000000	x>-03.d	!ValueError: Format specifier missing precision|
f	3fc0000000000000	 >z_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	= z.12	 1e+15|
f	3fb999999999999a	€<-03.6	0.1|
f	3f1a36e2eb1c432d	*<+12,.n	!ValueError: Format specifier missing precision|
f	7ff0000000000000	#^+#01_.6E	+INF|
f	40934a456d5cfaad	 >#8,n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	*<+003.d	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*^+#01.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	#^1_.3g	0.0005|
f	3fc0000000000000	*=-z#01.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	é^z.0G	0.0005|
f	3f1a36e2eb1c432d	x>+#1,.f	!ValueError: Format specifier missing precision|
f	40fe240000000000	 8,.6%	 12,345,600.000000%|
f	4004000000000000	€<-#0.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	*^+z_.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	€< #01.6F	 0.000100|
f	c132d687e4189375	*^-#20.E	!ValueError: Format specifier missing precision|
f	0000000000000000	#^0,.6E	0.000000E+00|
f	3fb999999999999a	<+20.F	!ValueError: Format specifier missing precision|
f	4004000000000000	#^-z1.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	<#0.3n	0.500|
f	4004000000000000	<#	2.5|
f	3f202e7ef70994dd	*=20,.G	!ValueError: Format specifier missing precision|
f	bff8000000000000	*=-12_s	!ValueError: Cannot specify '_' with 's'.|
f	7ff0000000000000	 z20	                 inf|
f	7fefffffffffffff	x>#1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4058ffae147ae148	*> #20_.0%	*********** 10_000.%|
f	4004000000000000	0= 5,.1s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000000	*>08.6F	0.000000|
f	3fe0000000000000	*>#0,.0G	0.5|
f	3fb999999999999a	=-00_.6	0.1|
f	4005666666666666	*=03,.d	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	^+z20G	       +1E+22       |
f	bee4f8b588e368f1	>+012f	000-0.000010|
f	3ff0000000000000	<20%	100.000000%         |
f	0000000000000001	_>8.1f	_____0.0|
f	bf1a36e2eb1c432d	*= #03_E	-1.000000E-04|
f	3f40624dd2f1a9fc	0= #00.1	 0.0005|
f	400921f9f01b866e	-z#5G	3.14159|
f	7e37e43c8800759c	0<z05,.20g	1.0000000000000000525e+300|
f	400921f9f01b866e	*=+z5_G	+3.14159|
f	bf1a36e2eb1c432d	*<-8,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	3fe0000000000000	=z03G	0.5|
f	bff8000000000000	=+z01,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff8000000000000	-z.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	+z12,.12e	+1.000000000000e-01|
f	c132d687e4189375	*^_.3	-1.23e+06|
f	4480f0cf064dd592	*^ 00.12E	 1.000000000000E+22|
f	3fe0000000000000	#^+1_.20%	+50.00000000000000000000%|
f	4058ffae147ae148	_>#01%	9999.500000%|
f	7fefffffffffffff	01,	1.7976931348623157e+308|
f	3e8421f5f40d8376	 >-#003.1g	1.e-07|
f	40934a456d5cfaad	03.3G	1.23E+03|
f	3f1a36e2eb1c432d	0^-#0g	0.000100000|
f	3f1a36e2eb1c432d	 #12.0n	      0.0001|
f	43e56a95319d63e1	#^01.12	1.23456789012e+19|
f	3fa999999999999a	,< #03,.G	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	=12f	-   0.000100|
f	3ff0000000000000	#08.6E	1.000000E+00|
f	3fb999999999999a	*=z20.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	8.6f	123456.000000|
f	3fa999999999999a	0=012.3e	0005.000e-02|
f	3fa999999999999a	€<+#5,.20G	+0.050000000000000002776|
f	4004000000000000	^ .12n	 2.5|
f	4004000000000000	é^08,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	3ee4f8b588e368f1	0= #5.3%	 0.001%|
f	3ee4f8b588e368f1	^#_.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	0<+#0E	+5.000000E-01|
f	4480f0cf064dd592	<#1.1e	1.0e+22|
f	bee4f8b588e368f1	>012.12	000000-1e-05|
f	400921f9f01b866e	 >#1g	3.14159|
f	3fa999999999999a	*>5,.3g	*0.05|
f	bf1a36e2eb1c432d	,< 12.12G	-0.0001,,,,,|
f	4058ffae147ae148	_>-0,.3g	100|
f	3f40624dd2f1a9fc	x> z12_.1	xxxxx 0.0005|
f	c132d687e4189375	 >+012,.	!ValueError: Format specifier missing precision|
f	3ff0000000000000	^08.1F	001.0000|
f	430c6bf526340000	=_.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	0=+00g	+123456|
f	4480f0cf064dd592	^z#5.d	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	<+#012,.1F	+179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.0|
f	3ee4f8b588e368f1	,<03_s	!ValueError: Cannot specify '_' with 's'.|
f	8000000000000000	#^0,.E	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	0= 0.20f	 9.99999000000000037858|
f	3f1a36e2eb1c432d	^.0G	0.0001|
f	7fefffffffffffff	<012_.1g	2e+308000000|
f	3ee4f8b588e368f1	*=-01,.12	1e-05|
f	4004000000000000	<#1.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3e8421f5f40d8376	+020,E	+0,000,001.500000E-07|
f	3fa999999999999a	0^12,.0	00000.050000|
f	4023fffeb074a772	0<1.3g	10|
f	fff0000000000000	#^+05_.20G	-INF#|
f	40fe240000000000	^ 020.d	!ValueError: Format specifier missing precision|
f	0000000000000001	*^ #003,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	#^-8_.12E	2.675000000000E+00|
f	3fa999999999999a	> 5_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	3f202e7ef70994dd	é^0_.6F	0.000123|
f	40934a456d5cfaad	-z20,.20F	1,234.56780000000003383320|
f	40fe240000000000	#^+05.	!ValueError: Format specifier missing precision|
f	3fb999999999999a	z#_.12E	1.000000000000E-01|
f	bf1a36e2eb1c432d	0=003_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	4005666666666666	*^z_.12	2.675|
f	4004000000000000	0<z.20	2.5|
f	bff8000000000000	=+#003.20	-1.5000000000000000000|
f	3fb999999999999a	x>z#12.20F	0.10000000000000000555|
f	419d6f3454000000	é^12,	123,456,789.0|
f	3fb999999999999a	*^#0.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	+0.12g	-0|
f	0000000000000000	 >-#8.20n	0.0000000000000000000|
f	7ff8000000000000	*<z12.x	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	é^+#0.f	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	< z#020,.6	 9.99999000000000000|
f	4058ffae147ae148	é^ 01.1n	 1e+02|
f	430c6bf526340000	#^+z0e	+1.000000e+15|
f	3fc0000000000000	<z0.20	0.125|
f	40934a456d5cfaad	0=-#8_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	-0.0f	-0|
f	3fe0000000000000	^ z#F	 0.500000|
f	40934a456d5cfaad	 >+8,.%	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	€<#20e	3.141590e+00€€€€€€€€|
f	3fb999999999999a	x>-1,.3e	1.000e-01|
f	0000000000000001	,<z0.6	4.94066e-324|
f	7e37e43c8800759c	*<1_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4005666666666666	*= z12_.f	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*<+00_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	7fefffffffffffff	z0,.f	!ValueError: Format specifier missing precision|
f	bff8000000000000	<-1,.1	-2e+00|
f	fff0000000000000	,<-z#20.1G	-INF,,,,,,,,,,,,,,,,|
f	7fefffffffffffff	#^-#00.0f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.|
f	3f1a36e2eb1c432d	 5d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	0^#1.3n	-inf|
f	fff0000000000000	#^ 1_.6	-inf|
f	400921f9f01b866e	*= #003x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	03_.3F	0.000|
f	4341c37937e08000	*^012_.1g	***1e+16****|
f	3f202e7ef70994dd	 0.0n	 0.0001|
f	4480f0cf064dd592	_.g	!ValueError: Format specifier missing precision|
f	7ff0000000000000	,<z#_.1e	inf|
f	0000000000000001	#^003.3f	0.000|
f	3f202e7ef70994dd	x>#0.0%	0.%|
f	3ee4f8b588e368f1	*=03_.12g	1e-05|
f	fff0000000000000	 >-z20,.3	                -inf|
f	c132d687e4189375	0^+z03,.20	-1,234,567.8910000000615|
f	40fe240000000000	-20_.12	           123_456.0|
f	bff8000000000000	0^z0.12F	-1.500000000000|
f	3f202e7ef70994dd	é^-03.1g	0.0001|
f	3fa999999999999a	€<z020,.	!ValueError: Format specifier missing precision|
f	3fe0000000000000	,< 1,.6f	 0.500000|
f	3ee4f8b588e368f1	*<#,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	<-0.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	,<z#03.6n	1.00000e-05|
f	bee4f8b588e368f1	1_.0%	-0%|
f	bff8000000000000	+12_.6	        -1.5|
f	4004000000000000	 >-#003,.e	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	+z#20.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	>00_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f40624dd2f1a9fc	é^-8,.1E	5.0E-04é|
f	3e8421f5f40d8376	^+#12_.0E	  +1.E-07   |
f	8000000000000000	x> 8.12g	xxxxxx-0|
f	430c6bf526340000	,<+#20_.12	+1.00000000000e+15,,|
f	fff0000000000000	0<+#8e	-inf0000|
f	3fe0000000000000	^#0,.n	!ValueError: Format specifier missing precision|
f	c132d687e4189375	*>-03,.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	#020_.20e	1.00000000000000008180e-05|
f	3fa999999999999a	0=-#12.6F	00000.050000|
f	419d6f3454000000	*>00.12E	1.234567890000E+08|
f	7ff8000000000000	é^08n	éénanééé|
f	c132d687e4189375	#^z#20,.6	####-1.23457e+06####|
f	3ff0000000000000	0<#12,.20E	1.00000000000000000000E+00|
f	40934a456d5cfaad	0.20G	1234.5678000000000338|
f	7ff8000000000000	0<20.3E	NAN00000000000000000|
f	3f202e7ef70994dd	-020E	000000001.234560E-04|
f	0000000000000001	^020.n	!ValueError: Format specifier missing precision|
f	40fe240000000000	*>-z12.6n	******123456|
f	3ff0000000000000	<-#01_.3	1.00|
f	3f202e7ef70994dd	*^z#5.n	!ValueError: Format specifier missing precision|
f	3fc0000000000000	1,.1F	0.1|
f	400921f9f01b866e	,<-#20_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	4058ffae147ae148	*>z0,F	99.995000|
f	3fc0000000000000	z#12,.3	       0.125|
f	0000000000000001	^ 12_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	43e56a95319d63e1	#^ 20.6E	### 1.234568E+19####|
f	3f40624dd2f1a9fc	0=+#01,.3	+0.000500|
f	4005666666666666	-8_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	*=-#012_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	8000000000000000	z12_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000000	00_G	0|
f	419d6f3454000000	*^+z0_.3	+1.23e+08|
f	400921f9f01b866e	 >#0_.x	!ValueError: Format specifier missing precision|
f	3fe0000000000000	*=0,F	0.500000|
f	4023fffeb074a772	_>-z#0G	9.99999|
f	400921f9f01b866e	é^z#12.6g	éé3.14159ééé|
f	3f1a36e2eb1c432d	0^003.12e	1.000000000000e-04|
f	7fefffffffffffff	= z05.s	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	<#03,.F	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	*<00x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	#03_%	123_456.780000%|
f	7fefffffffffffff	*=z,.12%	inf%|
f	3f1a36e2eb1c432d	^ z5,G	 0.0001|
f	4004000000000000	x>-z5.1	2e+00|
f	3fb999999999999a	,.0e	1e-01|
f	3f202e7ef70994dd	5G	0.000123456|
f	bf1a36e2eb1c432d	*= z0.20n	-0.00010000000000000000479|
f	4341c37937e08000	*>#003.12g	1.00000000000e+16|
f	4004000000000000	*=-05.1n	****2|
f	4341c37937e08000	é^ 20,.1n	!ValueError: Cannot specify ',' with 'n'.|
f	4058ffae147ae148	#^z#_.6	99.9950|
f	3ff0000000000000	*=z#03.20%	100.00000000000000000000%|
f	4480f0cf064dd592	0<#12.3e	1.000e+22000|
f	3fc0000000000000	*<8_F	0.125000|
f	430c6bf526340000	 >+#03_.6e	+1.000000e+15|
f	bee4f8b588e368f1	é^+1,n	!ValueError: Cannot specify ',' with 'n'.|
f	4058ffae147ae148	.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	*^+5_.%	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	0^ #00,.1%	 inf%|
f	4480f0cf064dd592	x>-#,g	1.00000e+22|
f	3fa999999999999a	*^1_.%	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	0^-0.6e	5.000000e-04|
f	3fb999999999999a	*< 1%	 10.000000%|
f	bf1a36e2eb1c432d	<0.1E	-1.0E-04|
f	0000000000000001	0=_g	4.94066e-324|
f	bff8000000000000	> #8.G	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	<+8.1	+1e+03  |
f	3f202e7ef70994dd	=1,.6f	0.000123|
f	3fa999999999999a	_>+12.6	_______+0.05|
f	0000000000000000	z#0,	0.0|
f	400921f9f01b866e	_>+20.20n	+3.1415899999999998826|
f	43e56a95319d63e1	<#012	1.2345678901234567e+19|
f	4005666666666666	x>#00_.6	2.67500|
f	fff0000000000000	x>+8_.20%	xxx-inf%|
f	400921f9f01b866e	>-#012%	0314.159000%|
f	4341c37937e08000	*< 0.12F	 10000000000000000.000000000000|
f	40934a456d5cfaad	+020_.f	!ValueError: Format specifier missing precision|
f	7ff0000000000000	é^z8,.3e	ééinfééé|
f	3fc0000000000000	0^-12,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	3e8421f5f40d8376	#003.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	*< ,.0E	 1E+03|
f	40fe240000000000	,<+20,.20f	+123,456.00000000000000000000|
f	bee4f8b588e368f1	_>#0g	-1.00000e-05|
f	400921f9f01b866e	>-G	3.14159|
f	3ee4f8b588e368f1	_>+z0.	!ValueError: Format specifier missing precision|
f	7ff0000000000000	_> #12,.1n	!ValueError: Cannot specify ',' with 'n'.|
f	8000000000000000	*<-z12_.12e	0.000000000000e+00|
f	8000000000000000	-#00.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	#^z5.x	!ValueError: Format specifier missing precision|
f	40fe240000000000	0< z1,f	 123,456.000000|
f	3ee4f8b588e368f1	 >+03,s	!ValueError: Cannot specify ',' with 's'.|
f	43e56a95319d63e1	0=,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3f202e7ef70994dd	0=05.20%	0.01234559999999999998%|
f	7fefffffffffffff	>+.1F	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0|
f	40934a456d5cfaad	>-z5.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40fe240000000000	-01,%	12,345,600.000000%|
f	bee4f8b588e368f1	 >-#8.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	0^z1.0	nan|
f	bf1a36e2eb1c432d	€< 01,.12G	-0.0001|
f	fff0000000000000	> #.%	!ValueError: Format specifier missing precision|
f	40fe240000000000	0_.6f	123_456.000000|
f	3ff0000000000000	 >5,.1e	1.0e+00|
f	3fa999999999999a	x> 0.1f	 0.1|
f	3f40624dd2f1a9fc	0<+0.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	*<0_.3	3.14|
f	3e8421f5f40d8376	-#20.3e	           1.500e-07|
f	3f40624dd2f1a9fc	<+#d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	é^-z#0_.12%	10.000000000000%|
f	3fe0000000000000	 >5.1f	  0.5|
f	bee4f8b588e368f1	>-5,.3%	-0.001%|
f	7fefffffffffffff	_>-.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	<+#0.12n	-0.000100000000000|
f	7ff0000000000000	*^-.3f	inf|
f	3ff0000000000000	>5_.6	  1.0|
f	7ff0000000000000	 z#8.f	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	>#5F	-0.000100|
f	3fa999999999999a	0<12f	0.0500000000|
f	bee4f8b588e368f1	>03,G	-1E-05|
f	3f202e7ef70994dd	0^z03,f	0.000123|
f	4480f0cf064dd592	x> z03_.6s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000000	0= 5.12E	 0.000000000000E+00|
f	bee4f8b588e368f1	-8.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	,<-z1,.1f	12,345,678,901,234,567,168.0|
f	3e8421f5f40d8376	*^-012_.12G	**1.5E-07***|
f	4341c37937e08000	é^-z0n	1e+16|
f	4004000000000000	#20.6%	         250.000000%|
f	fff0000000000000	*<z0,.0	-inf|
f	3fb999999999999a	*> #12n	*** 0.100000|
f	bff8000000000000	,<z5,.3F	-1.500|
f	3ff0000000000000	*<+z03.12F	+1.000000000000|
f	3fa999999999999a	^z08_.3e	5.000e-02|
f	3f40624dd2f1a9fc	x>1.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	*^03_.1	inf|
f	40934a456d5cfaad	> #05,.6s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000000	*< z_.e	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	,<z003,.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4005666666666666	_> z00%	 267.500000%|
f	0000000000000001	0<8.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	>8,.20s	!ValueError: Cannot specify ',' with 's'.|
f	40fe240000000000	-z#08.6f	123456.000000|
f	3fb999999999999a	é^#0_.12	0.100000000000|
f	7fefffffffffffff	z0.0g	2e+308|
f	40fe240000000000	^0,.6g	123,456|
f	4005666666666666	0<#00e	2.675000e+00|
f	3f40624dd2f1a9fc	,< 0_.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	x> 12.6E	-0.000000E+00|
f	0000000000000001	*>-1_F	0.000000|
f	400921f9f01b866e	*>+20_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	.	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	<#08F	9.999990|
f	bf1a36e2eb1c432d	0<+_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3ee4f8b588e368f1	<-#020.	!ValueError: Format specifier missing precision|
f	bff8000000000000	#05_E	-1.500000E+00|
f	0000000000000000	0<+#8,s	!ValueError: Cannot specify ',' with 's'.|
f	bf1a36e2eb1c432d	0=+#12.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	0<_E	4.940656E-324|
f	fff0000000000000	€<_.E	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	*> #03.20G	 1.0000000000000000000E+22|
f	3f202e7ef70994dd	é^.20f	0.00012345600000000001|
f	40fe240000000000	*^+#8.12E	+1.234560000000E+05|
f	3e8421f5f40d8376	_> 012,	____ 1.5e-07|
f	400921f9f01b866e	#^+#08,.3F	#+3.142#|
f	419d6f3454000000	0=+#1_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	*> 1_E	 1.234568E+19|
f	bee4f8b588e368f1	,< #012,.12E	-1.000000000000E-05|
f	7ff0000000000000	#^#00	inf|
f	7ff0000000000000	0=-05,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3fc0000000000000	#^+z08.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bf1a36e2eb1c432d	#12_.6s	!ValueError: Cannot specify '_' with 's'.|
f	bff8000000000000	-#0,.3G	-1.50|
f	3f40624dd2f1a9fc	*^-20_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000000	<+z20.E	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*^5_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	+03,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	< 0,.d	!ValueError: Format specifier missing precision|
f	3fb999999999999a	0= z.20f	 0.10000000000000000555|
f	419d6f3454000000	<+020.0F	+1234567890000000000|
f	bff8000000000000	*>+8_.1e	-1.5e+00|
f	3fb999999999999a	#^ 03,n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff8000000000000	z012.0G	000000000NAN|
f	bf1a36e2eb1c432d	€< 0_.6e	-1.000000e-04|
f	7fefffffffffffff	é^5s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	_>003,.n	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	,<+20,.6F	+3.141590,,,,,,,,,,,|
f	43e56a95319d63e1	,<003,E	1.234568E+19|
f	3f1a36e2eb1c432d	0= z#,.20g	 0.00010000000000000000479|
f	3f202e7ef70994dd	0=+z#020.%	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	*<5.1F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0|
f	fff0000000000000	é^-#0_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	#^+003.3e	+4.941e-324|
f	43e56a95319d63e1	=#.20n	12345678901234567168.|
f	0000000000000001	-#20_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	*^ 03,.	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	_>#03.3n	1.50e-07|
f	bee4f8b588e368f1	*=z.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f40624dd2f1a9fc	*^z#5n	0.000500000|
f	7e37e43c8800759c	€<-z05.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bff8000000000000	 > 020.6e	       -1.500000e+00|
f	c132d687e4189375	 >-z20_.1	              -1e+06|
f	43e56a95319d63e1	-12.12F	12345678901234567168.000000000000|
f	7e37e43c8800759c	,<+#0.20G	+1.0000000000000000525E+300|
f	40fe240000000000	_>+,.6s	!ValueError: Cannot specify ',' with 's'.|
f	bf1a36e2eb1c432d	 08G	-00.0001|
f	7e37e43c8800759c	€< 12_.20F	 1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.00000000000000000000|
f	3e8421f5f40d8376	0=#0g	1.50000e-07|
f	400921f9f01b866e	 >zG	3.14159|
f	0000000000000000	€<12.1F	0.0€€€€€€€€€|
f	3fa999999999999a	_>12.20G	0.050000000000000002776|
f	419d6f3454000000	*<08,.1s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000000	 >-1,.0f	0|
f	419d6f3454000000	*=+20_.12%	+12_345_678_900.000000000000%|
f	fff0000000000000	*=z03_.0%	-inf%|
f	0000000000000000	*>+0f	+0.000000|
f	7e37e43c8800759c	< ,.0e	 1e+300|
f	3f202e7ef70994dd	-z.12g	0.000123456|
f	7ff0000000000000	*<#0_.20%	inf%|
f	8000000000000000	*<-1_.20	-0.0|
f	7ff8000000000000	=#03_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	43e56a95319d63e1	*<-z012_.20g	12_345_678_901_234_567_168|
f	7e37e43c8800759c	z0.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000001	_> #20.12n	_ 4.94065645841e-324|
f	4004000000000000	<+1,.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	+#20e	       +1.250000e-01|
f	3f1a36e2eb1c432d	>20_.n	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	é^-,	0.0005|
f	4480f0cf064dd592	0^0E	1.000000E+22|
f	0000000000000001	*>8,x	!ValueError: Cannot specify ',' with 'x'.|
f	3ff0000000000000	é^-.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ff0000000000000	= z12.0	       1e+00|
f	3fc0000000000000	*> #5,.0g	* 0.1|
f	3fc0000000000000	é^z.	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	0G	-0.0001|
f	3f202e7ef70994dd	0=#0.20f	0.00012345600000000001|
f	c132d687e4189375	x>-z1_.20%	-123_456_789.10000000894069671631%|
f	4023fffeb074a772	é^+_.6G	+9.99999|
f	3fe0000000000000	 > z#08s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	x>z#08n	4.94066e-324|
f	3fe0000000000000	_>-#05.20g	0.50000000000000000000|
f	40fe240000000000	<#20.1G	1.E+05              |
f	430c6bf526340000	 >-#8_.12G	1.00000000000E+15|
f	4480f0cf064dd592	#012,.1n	!ValueError: Cannot specify ',' with 'n'.|
f	4004000000000000	*>+#1_.3F	+2.500|
f	40fe240000000000	€<-012.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	0<-#0_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	3ff0000000000000	0<z12,f	1.0000000000|
f	43e56a95319d63e1	*>-z#08.12G	1.23456789012E+19|
f	3f1a36e2eb1c432d	€<+#00_.20f	+0.00010000000000000000|
f	fff0000000000000	^08.6%	0-inf%00|
f	40934a456d5cfaad	_>-#5,.3	1.23e+03|
f	3ff0000000000000	€<+0_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	0= z#00.20E	 1.23456000000000005188E-04|
f	0000000000000001	#^ #05_.1s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000000	+#01.12	+0.00000000000|
f	4058ffae147ae148	*=z_.12F	99.995000000000|
f	4480f0cf064dd592	1.12f	10000000000000000000000.000000000000|
f	4341c37937e08000	^-20,.12e	 1.000000000000e+16 |
f	0000000000000001	é^+8.20F	+0.00000000000000000000|
f	3fc0000000000000	,<+0_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	3fb999999999999a	<+12.6n	+0.1        |
f	4341c37937e08000	*=#5,f	10,000,000,000,000,000.000000|
f	3f40624dd2f1a9fc	*<-#1.12e	5.000000000000e-04|
f	bff8000000000000	= 03,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	3f1a36e2eb1c432d	*>-_.6f	0.000100|
f	3fb999999999999a	_>-z.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	*=+12F	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000|
f	43e56a95319d63e1	<+20.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fb999999999999a	< 5.20e	 1.00000000000000005551e-01|
f	4004000000000000	*<+5	+2.5*|
f	fff0000000000000	0<+#_g	-inf|
f	430c6bf526340000	,<+5_e	+1.000000e+15|
f	c132d687e4189375	+z01_.6e	-1.234568e+06|
f	4005666666666666	= 8_.0	   3e+00|
f	7e37e43c8800759c	=+01x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	*=#08_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	é^-012.6F	éé0.500000éé|
f	3ff0000000000000	*^#00.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7e37e43c8800759c	^08.6n	01e+3000|
f	fff0000000000000	_>+1.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	0.1e	1.5e-07|
f	43e56a95319d63e1	*=+#003x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	#^z8.6%	1234567890123456774144.000000%|
f	3f202e7ef70994dd	€<+z1_.F	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	é^,.6e	1.234568e+19|
f	7ff8000000000000	#0.12g	nan|
f	7e37e43c8800759c	*<0.0%	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656%|
f	430c6bf526340000	01,.3F	1,000,000,000,000,000.000|
f	bee4f8b588e368f1	,<20.20	-1.0000000000000000818e-05|
f	0000000000000000	€<+5.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	=020_.3G	-0_000_000_001.23E+06|
f	fff0000000000000	 >00.6	-inf|
f	3f40624dd2f1a9fc	0<+#20,f	+0.00050000000000000|
f	bee4f8b588e368f1	+8.g	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	003	0.0001|
f	3fb999999999999a	*>-0g	0.1|
f	7ff0000000000000	*=12.20f	*********inf|
f	7fefffffffffffff	1_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	<-z1_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	400921f9f01b866e	0=+#8_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7fefffffffffffff	 0_.12	 1.79769313486e+308|
f	3ff0000000000000	0<#1,.6f	1.000000|
f	3fc0000000000000	#0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	*>8_.x	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	0= z#12,.20E	-1.00000000000000004792E-04|
f	fff0000000000000	<8,	-inf    |
f	bff8000000000000	0^+#1,.20	-1.5000000000000000000|
f	3f202e7ef70994dd	^-#,.20f	0.00012345600000000001|
f	fff0000000000000	-#5_.12s	!ValueError: Cannot specify '_' with 's'.|
f	40fe240000000000	*^z12_.12	*123_456.0**|
f	3f40624dd2f1a9fc	<03.e	!ValueError: Format specifier missing precision|
f	430c6bf526340000	01_n	!ValueError: Cannot specify '_' with 'n'.|
f	4004000000000000	< #05.x	!ValueError: Format specifier missing precision|
f	4005666666666666	012.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	0<+#12.%	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	+.20f	+9.99999000000000037858|
f	8000000000000000	€<-003.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	0< 1.12G	 123456|
f	40934a456d5cfaad	*=-z#1,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	 >08_.%	!ValueError: Format specifier missing precision|
f	3fc0000000000000	 >#0,.6%	12.500000%|
f	4058ffae147ae148	x>08.6E	9.999500E+01|
f	bff8000000000000	é^-1_.6g	-1.5|
f	7ff8000000000000	*=-z5,.12%	*nan%|
f	0000000000000000	>#08_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	0<-08g	-0.00010|
f	419d6f3454000000	0< 08.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	8000000000000000	*>5G	***-0|
f	bff8000000000000	0<+z08.1e	-1.5e+00|
f	3ff0000000000000	0.F	!ValueError: Format specifier missing precision|
f	4004000000000000	0<-1.1f	2.5|
f	bf1a36e2eb1c432d	#^003.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	x>+20_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	430c6bf526340000	*^_.20E	1.00000000000000000000E+15|
f	0000000000000001	=+#F	+0.000000|
f	bee4f8b588e368f1	-#20.g	!ValueError: Format specifier missing precision|
f	3fb999999999999a	,<+8.20e	+1.00000000000000005551e-01|
f	7ff8000000000000	^#e	nan|
f	3f40624dd2f1a9fc	#03_.3G	0.000500|
f	40fe240000000000	*^ 020.12	***** 123456.0******|
f	430c6bf526340000	0^z003E	1.000000E+15|
f	fff0000000000000	,<0_.20g	-inf|
f	40934a456d5cfaad	>12.20n	1234.5678000000000338|
f	3e8421f5f40d8376	_>+.3E	+1.500E-07|
f	bf1a36e2eb1c432d	é^ 00.6E	-1.000000E-04|
f	fff0000000000000	0^_.1s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000000	#08_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	43e56a95319d63e1	*=0.20f	12345678901234567168.00000000000000000000|
f	3fa999999999999a	*> #03d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	_>+03_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	*=+05.12E	-0.000000000000E+00|
f	3ff0000000000000	0=-20.n	!ValueError: Format specifier missing precision|
f	3fe0000000000000	é^03_.12	0.5|
f	bff8000000000000	#^-#012,.1%	##-150.0%###|
f	3e8421f5f40d8376	_> ,.0	 1e-07|
f	419d6f3454000000	0< .1F	 123456789.0|
f	3f202e7ef70994dd	-8.1f	     0.0|
f	3fa999999999999a	=+1,.12	+0.05|
f	8000000000000000	<-003.1	-0e+00|
f	419d6f3454000000	+#5.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	0^+.0n	+5e-324|
f	fff0000000000000	*^-#1,.1E	-INF|
f	43e56a95319d63e1	<+8,.12%	+1,234,567,890,123,456,774,144.000000000000%|
f	4058ffae147ae148	0=-0_.20F	99.99500000000000454747|
f	8000000000000000	=-#0_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	*=8_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	>0E	1.234568E+19|
f	3f202e7ef70994dd	^-8.d	!ValueError: Format specifier missing precision|
f	40fe240000000000	 >+z.3f	+123456.000|
f	bee4f8b588e368f1	_> 0.12n	-1e-05|
f	4480f0cf064dd592	_>-z08,.20f	10,000,000,000,000,000,000,000.00000000000000000000|
f	3fe0000000000000	*=0e	5.000000e-01|
f	430c6bf526340000	*=#_.20G	1_000_000_000_000_000.0000|
f	bee4f8b588e368f1	,<_.0g	-1e-05|
f	fff0000000000000	*^-05.1	-inf*|
f	8000000000000000	€<-#05,.20s	!ValueError: Cannot specify ',' with 's'.|
f	3fb999999999999a	,< 5%	 10.000000%|
f	3fb999999999999a	0=+z#12.x	!ValueError: Format specifier missing precision|
f	3fa999999999999a	=#0_.1E	5.0E-02|
f	bff8000000000000	> #01.3	-1.50|
f	fff0000000000000	*= #0,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	 >1,.3F	INF|
f	430c6bf526340000	> z8_F	 1_000_000_000_000_000.000000|
f	c132d687e4189375	0<08,.12s	!ValueError: Cannot specify ',' with 's'.|
f	c132d687e4189375	 >,.1	-1e+06|
f	0000000000000000	*> .	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	€<_.3	0.0005|
f	3f40624dd2f1a9fc	^ z5.20	 0.00050000000000000001041|
f	0000000000000001	€<+_.0F	+0|
f	8000000000000000	*<#08_E	-0.000000E+00|
f	3f202e7ef70994dd	*>12.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	 #_.6s	!ValueError: Cannot specify '_' with 's'.|
f	7e37e43c8800759c	*<-#03_.3E	1.000E+300|
f	3f40624dd2f1a9fc	€<z#0_.6f	0.000500|
f	3fb999999999999a	>12.3	         0.1|
f	bee4f8b588e368f1	 > #8.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4058ffae147ae148	#^z00.0g	1e+02|
f	3f202e7ef70994dd	*^ 5.1g	 0.0001|
f	40fe240000000000	0^+012_.20G	00+123_45600|
f	4480f0cf064dd592	x>#1.1	1.e+22|
f	430c6bf526340000	=012,	1,000,000,000,000,000.0|
f	4005666666666666	0^#08_.12s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000001	*=-z#05,.d	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	x>z#20_.3%	xxxxxxxxxxxx999.999%|
f	3f40624dd2f1a9fc	<-1.0f	0|
f	3fc0000000000000	_> 20.0G	________________ 0.1|
f	40934a456d5cfaad	,.f	!ValueError: Format specifier missing precision|
f	0000000000000001	*^,.3	4.94e-324|
f	4480f0cf064dd592	z#08_.12G	1.00000000000E+22|
f	3fc0000000000000	,<+5.1	+0.1,|
f	4004000000000000	> #,.1%	 250.0%|
f	7e37e43c8800759c	^#003_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	0< z05,.20%	 12,345,678,900.00000000000000000000%|
f	3f202e7ef70994dd	_>#003_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	*=00.g	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	é^ 20_.e	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	*^12.6n	**-0.0001***|
f	0000000000000000	-#_.E	!ValueError: Format specifier missing precision|
f	8000000000000000	*<0.0e	-0e+00|
f	400921f9f01b866e	 > 08_.0	   3e+00|
f	7ff8000000000000	 > ,.0%	 nan%|
f	3fc0000000000000	é^ 003,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	430c6bf526340000	*=+0_.f	!ValueError: Format specifier missing precision|
f	3fa999999999999a	*<+#5.6	+0.0500000|
f	7ff0000000000000	^z_.20g	inf|
f	4004000000000000	#^-#08.6f	2.500000|
f	7fefffffffffffff	*=-z#5,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	7e37e43c8800759c	0=03.1e	1.0e+300|
f	400921f9f01b866e	 > 012_.3F	       3.142|
f	4341c37937e08000	 >020,.3	               1e+16|
f	bee4f8b588e368f1	*=-20.20f	-0.00001000000000000000|
f	43e56a95319d63e1	^+5,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	fff0000000000000	0^+#e	-inf|
f	c132d687e4189375	 1	-1234567.891|
f	3fa999999999999a	 0_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	< 8_.6G	 1.79769E+308|
f	430c6bf526340000	*> 5.0F	 1000000000000000|
f	4480f0cf064dd592	*^+z00s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bee4f8b588e368f1	#^012.20E	-1.00000000000000008180E-05|
f	fff0000000000000	*>+#5,.20F	*-INF|
f	4023fffeb074a772	*=z#01G	9.99999|
f	8000000000000000	*>z00G	0|
f	3f40624dd2f1a9fc	0=#05,.1E	5.0E-04|
f	4058ffae147ae148	€< z003,.6f	 99.995000|
f	400921f9f01b866e	-020.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40fe240000000000	003_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40934a456d5cfaad	#8%	123456.780000%|
f	3fa999999999999a	x>+#.12f	+0.050000000000|
f	7ff8000000000000	+z03_	+nan|
f	40fe240000000000	*=+03,.s	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	x>#8e	1.234568e+19|
f	3e8421f5f40d8376	é^#12,.12E	1.500000000000E-07|
f	3e8421f5f40d8376	*^z20.0e	*******1e-07********|
f	419d6f3454000000	*<012.6E	1.234568E+08|
f	bee4f8b588e368f1	0<#1.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	x> 5.G	!ValueError: Format specifier missing precision|
f	8000000000000000	#^#05_s	!ValueError: Cannot specify '_' with 's'.|
f	4004000000000000	<-z5.6n	2.5  |
f	c132d687e4189375	*=#.6%	-123456789.100000%|
f	419d6f3454000000	^#0.3E	1.235E+08|
f	bf1a36e2eb1c432d	*>-#00,.f	!ValueError: Format specifier missing precision|
f	430c6bf526340000	0=-0.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	<+z12,.12G	+99.995     |
f	fff0000000000000	x>+0_.%	!ValueError: Format specifier missing precision|
f	3fa999999999999a	*> 12.e	!ValueError: Format specifier missing precision|
f	fff0000000000000	00,.20f	-inf|
f	3ee4f8b588e368f1	x> ,.20	 1.0000000000000000818e-05|
f	430c6bf526340000	#^#1_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff8000000000000	x>-003.6e	nan|
f	3fb999999999999a	z8,%	10.000000%|
f	0000000000000001	x>,.6%	0.000000%|
f	fff0000000000000	#^z0.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	 >+z8.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	*>#1,.1x	!ValueError: Cannot specify ',' with 'x'.|
f	419d6f3454000000	€<1.12n	123456789|
f	4005666666666666	_>-00,f	2.675000|
f	430c6bf526340000	#^+z#12.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	€<#1_.6%	100.000000%|
f	4058ffae147ae148	*<-.6n	99.995|
f	bf1a36e2eb1c432d	_>8e	-1.000000e-04|
f	3ff0000000000000	#0.20	1.0000000000000000000|
f	3f40624dd2f1a9fc	*<8x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	>#5_.1%	12.5%|
f	4023fffeb074a772	x>-z#012.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	_>5.E	!ValueError: Format specifier missing precision|
f	40fe240000000000	=z#5,.20%	12,345,600.00000000000000000000%|
f	0000000000000000	x>003.3E	0.000E+00|
f	3f202e7ef70994dd	*>#003f	0.000123|
f	7ff0000000000000	,<z.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	*^1_.12G	1E-05|
f	419d6f3454000000	é^+5.12	+123456789.0|
f	3f1a36e2eb1c432d	=.12	0.0001|
f	40fe240000000000	> z#8,.1g	  1.e+05|
f	419d6f3454000000	*<5,.1	1e+08|
f	400921f9f01b866e	=f	3.141590|
f	c132d687e4189375	#^8,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	7fefffffffffffff	0< 05,n	!ValueError: Cannot specify ',' with 'n'.|
f	3fb999999999999a	<-20.1%	10.0%               |
f	40fe240000000000	 >z03_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	bff8000000000000	0<08.	!ValueError: Format specifier missing precision|
f	4341c37937e08000	 z#.3E	 1.000E+16|
f	bff8000000000000	^#012,F	0-1.50000000|
f	c132d687e4189375	^z.12g	-1234567.891|
f	3fb999999999999a	>+#_.6	+0.100000|
f	400921f9f01b866e	> 8.3F	   3.142|
f	3ee4f8b588e368f1	0<#8.12	1.00000000000e-05|
f	7ff0000000000000	€<#1_e	inf|
f	fff0000000000000	_>_G	-INF|
f	3fa999999999999a	é^+,E	+5.000000E-02|
f	0000000000000001	x>003.n	!ValueError: Format specifier missing precision|
f	3fe0000000000000	*^00_.3	0.5|
f	c132d687e4189375	*=+z#08.12g	-1234567.89100|
f	3f202e7ef70994dd	,<+#20,.20	+0.00012345600000000000519|
f	fff0000000000000	 >03.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	*>05.3	**0.1|
f	4005666666666666	,<-#1_.x	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	#^ 012,.12F	 9.999990000000|
f	4005666666666666	*=+z#.12	+2.67500000000|
f	3fa999999999999a	_>03_n	!ValueError: Cannot specify '_' with 'n'.|
f	bee4f8b588e368f1	é^z#1,.1F	0.0|
f	40934a456d5cfaad	0=+0.0E	+1E+03|
f	400921f9f01b866e	_>-f	3.141590|
f	3fa999999999999a	x> 08,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	4005666666666666	#1%	267.500000%|
f	7ff8000000000000	é^ #.0g	 nan|
f	c132d687e4189375	_>-003,F	-1,234,567.891000|
f	8000000000000000	z8.%	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	*^#003.12g	1.50000000000e-07|
f	3fa999999999999a	 z#.0f	 0.|
f	8000000000000000	#^+z1_.0s	!ValueError: Cannot specify '_' with 's'.|
f	3fe0000000000000	x>+12.12n	xxxxxxxx+0.5|
f	4023fffeb074a772	é^+08_.1e	+1.0e+01|
f	7fefffffffffffff	_>+5,.3	+1.8e+308|
f	40fe240000000000	^#8.20	123456.00000000000000|
f	3f1a36e2eb1c432d	=5_e	1.000000e-04|
f	7ff8000000000000	 > 012.0f	         nan|
f	40fe240000000000	 #020.3f	 000000000123456.000|
f	7e37e43c8800759c	=+00g	+1e+300|
f	3fc0000000000000	0=z,.	!ValueError: Format specifier missing precision|
f	4004000000000000	+5.6	 +2.5|
f	c132d687e4189375	 #01,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	3fa999999999999a	^020_.F	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	*<-5_.0s	!ValueError: Cannot specify '_' with 's'.|
f	40934a456d5cfaad	€<z5d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	0<-0.1G	-2|
f	bee4f8b588e368f1	>z12_.n	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	>-20.s	!ValueError: Format specifier missing precision|
f	4004000000000000	+#012.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	< z0,	 1.5e-07|
f	40934a456d5cfaad	x>0_.f	!ValueError: Format specifier missing precision|
f	4341c37937e08000	z#01_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	400921f9f01b866e	,<0_.0	3e+00|
f	43e56a95319d63e1	*<-z#01,.3s	!ValueError: Cannot specify ',' with 's'.|
f	4058ffae147ae148	€<-z12f	99.995000€€€|
f	0000000000000001	=20_.E	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	0<5.20	1234.5678000000000338|
f	4023fffeb074a772	20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	0= 05_	-01.5|
f	430c6bf526340000	0=+s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4480f0cf064dd592	*^#003.1G	1.E+22|
f	c132d687e4189375	*< 5_.6%	-123_456_789.100000%|
f	bee4f8b588e368f1	20,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	419d6f3454000000	x>5F	123456789.000000|
f	7ff0000000000000	*<20_.20s	!ValueError: Cannot specify '_' with 's'.|
f	fff0000000000000	0=#8_.1s	!ValueError: Cannot specify '_' with 's'.|
f	43e56a95319d63e1	€<-z,.6G	1.23457E+19|
f	4058ffae147ae148	0= 08_.12e	 9.999500000000e+01|
f	8000000000000000	 #,.6e	-0.000000e+00|
f	4058ffae147ae148	 >-#00g	99.9950|
f	4004000000000000	*>-z,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	,<1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	^ #020_e	000 5.000000e-020000|
f	7ff8000000000000	 >+z8,.12G	    +NAN|
f	7ff8000000000000	*>+z#00_.0s	!ValueError: Cannot specify '_' with 's'.|
f	3fe0000000000000	^5.6f	0.500000|
f	4004000000000000	0<-z05.3	2.500|
f	4480f0cf064dd592	*^z08.3n	*1e+22**|
f	0000000000000000	*<+z0.1%	+0.0%|
f	fff0000000000000	*=-5_.0%	-inf%|
f	7fefffffffffffff	,<00,.6g	1.79769e+308|
f	7ff8000000000000	#^-.12G	NAN|
f	3fc0000000000000	#^-0%	12.500000%|
f	4058ffae147ae148	*<#8,.12F	99.995000000000|
f	bf1a36e2eb1c432d	0.3	-0.0001|
f	43e56a95319d63e1	*=0.12g	1.23456789012e+19|
f	40fe240000000000	= 0,.20g	 123,456|
f	3ff0000000000000	#^-z#03.6g	1.00000|
f	bf1a36e2eb1c432d	*<-z20_.n	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	0^+z003_.1	+1e+02|
f	bee4f8b588e368f1	 >003_.1s	!ValueError: Cannot specify '_' with 's'.|
f	4005666666666666	0^z#08_.0F	0003.000|
f	3f202e7ef70994dd	€<5,.12f	0.000123456000|
f	7ff0000000000000	5%	 inf%|
f	40fe240000000000	,< z#_g	 123_456.|
f	430c6bf526340000	€<-.3F	1000000000000000.000|
f	3ff0000000000000	-#05,.6%	100.000000%|
f	7ff0000000000000	 #0,.3	 inf|
f	3e8421f5f40d8376	é^z.1E	1.5E-07|
f	bff8000000000000	x>+20_n	!ValueError: Cannot specify '_' with 'n'.|
f	4058ffae147ae148	=#8x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	*= 5_.3%	-123_456_789.100%|
f	430c6bf526340000	*^+z1,.G	!ValueError: Format specifier missing precision|
f	4004000000000000	< #020,.3%	 250.000%00000000000|
f	4005666666666666	0=-#20g	00000000000002.67500|
f	7ff0000000000000	x>03.20E	INF|
f	3f1a36e2eb1c432d	*<-#0.1n	0.0001|
f	0000000000000000	0,.3g	0|
f	4341c37937e08000	 05,.12G	 1E+16|
f	fff0000000000000	€<-0.20e	-inf|
f	8000000000000000	 > 01.1F	-0.0|
f	4023fffeb074a772	*^ z1e	 9.999990e+00|
f	fff0000000000000	 >-#12.20	        -inf|
f	0000000000000000	0^0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	 > #.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	x> #0,.20E	 1.23456789012345671680E+19|
f	3e8421f5f40d8376	#^+z03.20E	+1.49999999999999993212E-07|
f	7ff8000000000000	*^_E	NAN|
f	0000000000000001	+03_.20%	+0.00000000000000000000%|
f	43e56a95319d63e1	€< 5e	 1.234568e+19|
f	bee4f8b588e368f1	0^z0_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	+.0n	+0.1|
f	3ff0000000000000	x>+08.3F	xx+1.000|
f	0000000000000001	.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	fff0000000000000	#0.3E	-INF|
f	fff0000000000000	<003,.20f	-inf|
f	4341c37937e08000	=-z#8.12n	1.00000000000e+16|
f	4004000000000000	,<00_%	250.000000%|
f	4058ffae147ae148	,<+1.1	+1e+02|
f	bee4f8b588e368f1	*^#,.3s	!ValueError: Cannot specify ',' with 's'.|
f	3ee4f8b588e368f1	0=8.e	!ValueError: Format specifier missing precision|
f	7ff0000000000000	€<+#08_.1E	+INF€€€€|
f	3f202e7ef70994dd	*=-#5.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4004000000000000	é^-20_.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	-z#.0E	INF|
f	7ff0000000000000	^z05.20e	0inf0|
f	4480f0cf064dd592	é^+#00.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	€<-0.20g	nan|
f	3ff0000000000000	<-z8,.12e	1.000000000000e+00|
f	4005666666666666	€<z12,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	=-0,.20	2.6749999999999998224|
f	3f1a36e2eb1c432d	= z_	 0.0001|
f	0000000000000001	€< 8,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	_>12_.0e	_______1e+16|
f	43e56a95319d63e1	*^+020.0n	*******+1e+19*******|
f	3f40624dd2f1a9fc	0=z#03.0g	0.0005|
f	4023fffeb074a772	#^12.1f	####10.0####|
f	3fb999999999999a	-8.3%	 10.000%|
f	7fefffffffffffff	#12_.3	   1.80e+308|
f	4005666666666666	#^+#1_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	*<#12.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	€<-20,.6F	0.000010€€€€€€€€€€€€|
f	400921f9f01b866e	_>,.6e	3.141590e+00|
f	400921f9f01b866e	0=_.3s	!ValueError: Cannot specify '_' with 's'.|
f	fff0000000000000	0^.12F	-INF|
f	8000000000000000	0^-20G	000000000-0000000000|
f	7e37e43c8800759c	-#0.6%	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%|
f	3f1a36e2eb1c432d	>z20_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	=-#00n	1.00000|
f	4480f0cf064dd592	*>+z12.F	!ValueError: Format specifier missing precision|
f	7ff0000000000000	x>20.x	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	< z0.3G	 1E-05|
f	bee4f8b588e368f1	*^.12g	-1e-05|
f	c132d687e4189375	é^00,x	!ValueError: Cannot specify ',' with 'x'.|
f	4004000000000000	 > z#012.12g	 2.50000000000|
f	4480f0cf064dd592	 > 5_.12E	 1.000000000000E+22|
f	43e56a95319d63e1	*>+12,G	+1.23457E+19|
f	3ee4f8b588e368f1	*<05.0g	1e-05|
f	bf1a36e2eb1c432d	z1_.3F	0.000|
f	43e56a95319d63e1	#^20f	12345678901234567168.000000|
f	4023fffeb074a772	<_.1f	10.0|
f	3f1a36e2eb1c432d	*>-#8.6%	0.010000%|
f	43e56a95319d63e1	0^ 05.12F	 12345678901234567168.000000000000|
f	3e8421f5f40d8376	0= #05s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f1a36e2eb1c432d	-0_.f	!ValueError: Format specifier missing precision|
f	bff8000000000000	 >+#00_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3f202e7ef70994dd	x>+x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	>20	             9.99999|
f	bee4f8b588e368f1	é^+1.1g	-1e-05|
f	3f1a36e2eb1c432d	x>+z020e	xxxxxxx+1.000000e-04|
f	4341c37937e08000	€<1.1	1e+16|
f	bff8000000000000	0<-5.1f	-1.50|
f	3fe0000000000000	^+5_.0	+0.5 |
f	7ff8000000000000	0<+#,.12F	+NAN|
f	3e8421f5f40d8376	^z12.0	   1e-07    |
f	3e8421f5f40d8376	+#0.0E	+1.E-07|
f	fff0000000000000	 >0n	-inf|
f	3fa999999999999a	*^-#0.3F	0.050|
f	3fe0000000000000	z#03.3	0.500|
f	3ee4f8b588e368f1	x>z01.n	!ValueError: Format specifier missing precision|
f	4005666666666666	+8f	+2.675000|
f	bff8000000000000	 > z0	-1.5|
f	fff0000000000000	*>-12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	0^05_.12s	!ValueError: Cannot specify '_' with 's'.|
f	400921f9f01b866e	^-#1.12F	3.141590000000|
f	419d6f3454000000	x>#20,.1	xxxxxxxxxxxxxx1.e+08|
f	4023fffeb074a772	0<01.x	!ValueError: Format specifier missing precision|
f	fff0000000000000	#00.12n	-inf|
f	7ff8000000000000	*< #020x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	>z03_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4023fffeb074a772	*>+12.12n	****+9.99999|
f	3f1a36e2eb1c432d	^-#12,.1G	   0.0001   |
f	8000000000000000	*>_E	-0.000000E+00|
f	43e56a95319d63e1	>-z#n	1.23457e+19|
f	4341c37937e08000	*>+#1.3e	+1.000e+16|
f	3e8421f5f40d8376	-#12_.20E	1.49999999999999993212E-07|
f	7fefffffffffffff	_>1	1.7976931348623157e+308|
f	3fe0000000000000	 >-#0G	0.500000|
f	400921f9f01b866e	0^#0,.d	!ValueError: Format specifier missing precision|
f	430c6bf526340000	#^z05.12	1e+15|
f	0000000000000001	,<#8_.12s	!ValueError: Cannot specify '_' with 's'.|
f	4023fffeb074a772	^ 0.x	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	 z0	 1.5e-07|
f	430c6bf526340000	€<#1,	1,000,000,000,000,000.0|
f	400921f9f01b866e	é^8,%	314.159000%|
f	8000000000000000	 >+#20.1f	                -0.0|
f	bf1a36e2eb1c432d	^ z#012.6F	0-0.00010000|
f	bee4f8b588e368f1	=z_s	!ValueError: Cannot specify '_' with 's'.|
f	7ff0000000000000	=z_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	bff8000000000000	0^03.1G	-20|
f	fff0000000000000	>+0,G	-INF|
f	400921f9f01b866e	=#08,.3G	0,003.14|
f	430c6bf526340000	*^-z003,.12%	100,000,000,000,000,000.000000000000%|
f	43e56a95319d63e1	,<+1_.20e	+1.23456789012345671680e+19|
f	4023fffeb074a772	x>020.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	€<z0.x	!ValueError: Format specifier missing precision|
f	0000000000000000	z#03,.20s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	x>z#8.1e	-1.5e+00|
f	bff8000000000000	#^,.12%	-150.000000000000%|
f	0000000000000000	é^+12_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	*>03_g	*-0|
f	43e56a95319d63e1	020	1.2345678901234567e+19|
f	430c6bf526340000	*^ #03_.6	 1.00000e+15|
f	bee4f8b588e368f1	 z_.3%	-0.001%|
f	0000000000000000	#^-05.0g	##0##|
f	4480f0cf064dd592	-03.20%	999999999999999983222784.00000000000000000000%|
f	bee4f8b588e368f1	€<-003,.n	!ValueError: Format specifier missing precision|
f	c132d687e4189375	_>-5.12G	-1234567.891|
f	bf1a36e2eb1c432d	*<03,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	 >-020,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	bff8000000000000	0=+012_.G	!ValueError: Format specifier missing precision|
f	bff8000000000000	<20,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	419d6f3454000000	0<z0.12G	123456789|
f	7ff8000000000000	#^#08,.12%	##nan%##|
f	3fe0000000000000	0<+0_.0f	+0|
f	4058ffae147ae148	*=#003_.1	1.e+02|
f	3fc0000000000000	_>#20.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	 #5.6F	 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|
f	400921f9f01b866e	,< f	 3.141590|
f	43e56a95319d63e1	-z5,.6	1.23457e+19|
f	7e37e43c8800759c	_>03.1E	1.0E+300|
f	40fe240000000000	< #0.0f	 123456.|
f	7fefffffffffffff	*<-#5,.12	1.79769313486e+308|
f	3e8421f5f40d8376	#^0_.s	!ValueError: Format specifier missing precision|
f	4005666666666666	0<1_.6s	!ValueError: Cannot specify '_' with 's'.|
f	3fa999999999999a	>-5,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	,<+z05,%	+0.000000%|
f	4005666666666666	#^#0,.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	0=+#0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	<012_.20	123_456.0000|
f	0000000000000001	-#1.12g	4.94065645841e-324|
f	3ee4f8b588e368f1	,< ,.1%	 0.0%|
f	bff8000000000000	<+003_.n	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	 #003,	 9.99999|
f	4004000000000000	-#12_.20E	2.50000000000000000000E+00|
f	bee4f8b588e368f1	0< #12,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	 >#00_.6F	0.000000|
f	4023fffeb074a772	=-5,.0G	1E+01|
f	430c6bf526340000	+8.E	!ValueError: Format specifier missing precision|
f	3fe0000000000000	=-#012.6g	00000.500000|
f	3ee4f8b588e368f1	_>-z8.d	!ValueError: Format specifier missing precision|
f	4341c37937e08000	é^-0.20	10000000000000000.0|
f	bee4f8b588e368f1	*>-#00_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	0^z012_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	€<-020s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	,<-20_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000001	>-#8.20E	4.94065645841246544177E-324|
f	40934a456d5cfaad	^003.f	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	<020,.0s	!ValueError: Cannot specify ',' with 's'.|
f	bf1a36e2eb1c432d	> z#5.0%	  0.%|
f	bf1a36e2eb1c432d	#^+00%	-0.010000%|
f	bff8000000000000	<+z#020.3g	-1.50000000000000000|
f	4058ffae147ae148	 >+e	+9.999500e+01|
f	fff0000000000000	€<#,.20g	-inf|
f	7ff8000000000000	,<020.%	!ValueError: Format specifier missing precision|
f	40fe240000000000	+12,.1g	      +1e+05|
f	7ff8000000000000	0=#03,.20g	nan|
f	8000000000000000	=#0.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	_>z0,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	0^ #00,	 2.675|
f	419d6f3454000000	0< #020,.3g	 1.23e+0800000000000|
f	4004000000000000	-z20,.6e	        2.500000e+00|
f	4004000000000000	0=-03.F	!ValueError: Format specifier missing precision|
f	bff8000000000000	<-5,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4058ffae147ae148	€<-z#05_s	!ValueError: Cannot specify '_' with 's'.|
f	4005666666666666	x>-.3	2.67|
f	3ff0000000000000	^z0.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	430c6bf526340000	_>z#8_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	,<#12,.0%	50.%,,,,,,,,|
f	4058ffae147ae148	x>-_.3	1e+02|
f	7ff0000000000000	#^5.0n	#inf#|
f	40934a456d5cfaad	_>+003.12e	+1.234567800000e+03|
f	7ff0000000000000	#^03.6	inf|
f	3e8421f5f40d8376	0=#12.6e	1.500000e-07|
f	3e8421f5f40d8376	=-#1,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000001	0=.6E	4.940656E-324|
f	3e8421f5f40d8376	z_.E	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	-1_.12F	0.000500000000|
f	3f1a36e2eb1c432d	20_.6G	              0.0001|
f	7ff8000000000000	é^+#1.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	€<z#20_.0%	-123_456_789.%€€€€€€|
f	fff0000000000000	,<+0.0F	-INF|
f	4004000000000000	0^.0E	2E+00|
f	3ff0000000000000	_> 5x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	*^ 00.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	x>#03.F	!ValueError: Format specifier missing precision|
f	7ff0000000000000	-12.0n	         inf|
f	3fc0000000000000	-0_.12F	0.125000000000|
f	0000000000000001	 > #00,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	419d6f3454000000	 0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	-z#01.0%	12.%|
f	bee4f8b588e368f1	0=#01_.1E	-1.0E-05|
f	0000000000000001	x>-00,.0G	5E-324|
f	3fe0000000000000	*< z5_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	=-z#03F	1000000000000000.000000|
f	3ff0000000000000	-5,.0F	    1|
f	0000000000000000	20_.20s	!ValueError: Cannot specify '_' with 's'.|
f	bff8000000000000	*=#00_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	bf1a36e2eb1c432d	*<#_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	*= 0.12f	 123456789.000000000000|
f	bee4f8b588e368f1	0< 0_f	-0.000010|
f	419d6f3454000000	x>#8.G	!ValueError: Format specifier missing precision|
f	430c6bf526340000	€<003.12G	1E+15|
f	0000000000000001	0^-0.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40934a456d5cfaad	,<-01F	1234.567800|
f	4341c37937e08000	_>-#20_.x	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	*= 003.e	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	*>+z8.E	!ValueError: Format specifier missing precision|
f	4004000000000000	,.6E	2.500000E+00|
f	0000000000000001	z20.3G	           4.94E-324|
f	3f40624dd2f1a9fc	*= 8_n	!ValueError: Cannot specify '_' with 'n'.|
f	3fb999999999999a	0^#00_s	!ValueError: Cannot specify '_' with 's'.|
f	bf1a36e2eb1c432d	#^-5.12n	-0.0001|
f	430c6bf526340000	0<03.12f	1000000000000000.000000000000|
f	3f1a36e2eb1c432d	_>-1.6F	0.000100|
f	7ff0000000000000	0^-.20E	INF|
f	bee4f8b588e368f1	20,s	!ValueError: Cannot specify ',' with 's'.|
f	7e37e43c8800759c	0^-5_.3F	1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.000|
f	7e37e43c8800759c	*^-z#05.	!ValueError: Format specifier missing precision|
f	3fa999999999999a	,<z03_.0	0.05|
f	c132d687e4189375	0^#0,.0G	-1.E+06|
f	3e8421f5f40d8376	0^ #8%	 0.000015%|
f	3fe0000000000000	<+5,.1	+0.5 |
f	c132d687e4189375	>03_.3f	-1_234_567.891|
f	4023fffeb074a772	€< 012,.3	 10.0€€€€€€€|
f	bee4f8b588e368f1	^-z03,.f	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	0<z05_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	4341c37937e08000	*= #12	 *****1.e+16|
f	bee4f8b588e368f1	 >#,.12e	-1.000000000000e-05|
f	40fe240000000000	*<z00x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	_>-08_.n	!ValueError: Format specifier missing precision|
f	bff8000000000000	0=-0_.6	-1.5|
f	fff0000000000000	0=20_.3e	-0000000000000000inf|
f	3fe0000000000000	,<+0.20n	+0.5|
f	c132d687e4189375	+#0.1E	-1.2E+06|
f	3fa999999999999a	= #012_G	 000.0500000|
f	bee4f8b588e368f1	^#0_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	=0n	-inf|
f	bee4f8b588e368f1	*>+z#03_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	*>+z020.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	,<z05_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	€<1f	0.000000|
f	bee4f8b588e368f1	0< 8,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	4005666666666666	<+01_.20e	+2.67499999999999982236e+00|
f	bf1a36e2eb1c432d	-20_.6	             -0.0001|
f	43e56a95319d63e1	03_.x	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	x>#1,.3%	314.159%|
f	3fc0000000000000	,<-z,	0.125|
f	40934a456d5cfaad	5.0g	1e+03|
f	fff0000000000000	0^#08_	00-inf00|
f	430c6bf526340000	*^#20,.12	*1.00000000000e+15**|
f	40934a456d5cfaad	x> z,.G	!ValueError: Format specifier missing precision|
f	3ff0000000000000	,<z#.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	0<020%	-0.010000%0000000000|
f	400921f9f01b866e	€<00,.3e	3.142e+00|
f	400921f9f01b866e	*= 08.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ee4f8b588e368f1	*> 12,.12f	 0.000010000000|
f	3ff0000000000000	=-12_.20G	           1|
f	43e56a95319d63e1	0,E	1.234568E+19|
f	bee4f8b588e368f1	€<-.6n	-1e-05|
f	4023fffeb074a772	=-#8,.	!ValueError: Format specifier missing precision|
f	3fe0000000000000	x>-z.6e	5.000000e-01|
f	43e56a95319d63e1	*< 1.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	419d6f3454000000	>03_.12F	123_456_789.000000000000|
f	7ff8000000000000	_>-12.1%	________nan%|
f	3f1a36e2eb1c432d	^+z.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4005666666666666	*<z01_.20E	2.67499999999999982236E+00|
f	0000000000000000	 >0_.3F	0.000|
f	3fb999999999999a	*>#5	**0.1|
f	3f202e7ef70994dd	+z20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fc0000000000000	= z#20_.12	      0.125000000000|
f	c132d687e4189375	 >+00_.20f	-1_234_567.89100000006146728992|
f	4058ffae147ae148	0<5_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	03.1	1e+01|
f	40934a456d5cfaad	*^ #12n	** 1234.57**|
f	4005666666666666	_>+#0_.6G	+2.67500|
f	4004000000000000	*>.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4004000000000000	0^+00.20%	+250.00000000000000000000%|
f	0000000000000000	^20.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	 012_.12	 1.23456789012e+19|
f	3f40624dd2f1a9fc	#0,.12e	5.000000000000e-04|
f	0000000000000000	+#05,.3G	+0.00|
f	c132d687e4189375	 >+z	-1234567.891|
f	7ff8000000000000	0<z00.20F	NAN|
f	3ff0000000000000	0<+1_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fa999999999999a	#^ #8.x	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	€<12f	10000000000000000000000.000000|
f	3fc0000000000000	*> 5.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	0<5,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	=20,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	3fc0000000000000	 8.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	*=+#	+1000000000000000.0|
f	4023fffeb074a772	 z05,.1e	 1.0e+01|
f	0000000000000001	 #8,.%	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	<0,.6f	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000000|
f	3fb999999999999a	_>+z#1_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	0=+.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	*=#0.20	3.1415899999999998826|
f	0000000000000000	,<-0.20	0.0|
f	3e8421f5f40d8376	0< 1,.12	 1.5e-07|
f	40fe240000000000	0<#1.1	1.e+05|
f	4058ffae147ae148	0=+z12.6	+0000099.995|
f	bff8000000000000	>z020,.	!ValueError: Format specifier missing precision|
f	3fe0000000000000	*>z#03.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	*>+0_.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	,<+8.12E	+INF,,,,|
f	8000000000000000	*<0,.6	-0.0|
f	3ee4f8b588e368f1	003.20n	1.0000000000000000818e-05|
f	400921f9f01b866e	_> .6E	 3.141590E+00|
f	3fb999999999999a	>z020%	000000000010.000000%|
f	4023fffeb074a772	= #20.3F	              10.000|
f	3e8421f5f40d8376	,<#003.6E	1.500000E-07|
f	400921f9f01b866e	#^01,	3.14159|
f	3fb999999999999a	0=+0.12%	+10.000000000000%|
f	4005666666666666	*=#12.12	2.67500000000|
f	3fc0000000000000	+.12F	+0.125000000000|
f	bee4f8b588e368f1	*=-5.3f	-0.000|
f	4023fffeb074a772	*=003.6E	9.999990E+00|
f	7e37e43c8800759c	*=#12_.3e	**1.000e+300|
f	4005666666666666	é^8.6e	2.675000e+00|
f	4005666666666666	0=0.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	#^0_.3F	0.500|
f	0000000000000001	#^-003,.3	4.94e-324|
f	4058ffae147ae148	#^#20.0g	#######1.e+02#######|
f	bee4f8b588e368f1	_> #x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	<-1,	-1e-05|
f	43e56a95319d63e1	^ #12.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f40624dd2f1a9fc	0< 0.0f	 0|
f	3fb999999999999a	>-0_g	0.1|
f	4005666666666666	-00.e	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	=0.3	1e-05|
f	0000000000000001	*>+z#03.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	€<-z#_F	NAN|
f	4341c37937e08000	*=20_.3g	***************1e+16|
f	3fa999999999999a	é^z020,.d	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	05.20f	0.00012345600000000001|
f	7ff0000000000000	<.f	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	#^1,x	!ValueError: Cannot specify ',' with 'x'.|
f	430c6bf526340000	*=#012,.1G	******1.E+15|
f	3f202e7ef70994dd	*^-z0,.3f	0.000|
f	bf1a36e2eb1c432d	x> z.1F	 0.0|
f	bee4f8b588e368f1	*=-0_.%	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	*^03,.20G	1E+22|
f	8000000000000000	*>012,.0f	**********-0|
f	7ff8000000000000	_>+z#20.n	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	012,.12E	1.000000000000E-05|
f	3fb999999999999a	*>20_	*****************0.1|
f	4023fffeb074a772	=z0.	!ValueError: Format specifier missing precision|
f	419d6f3454000000	x>#12.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	#^ #5.6E	 1.500000E-07|
f	fff0000000000000	 05	-0inf|
f	0000000000000000	0^ 0.0n	 0|
f	3ff0000000000000	<+5.x	!ValueError: Format specifier missing precision|
f	fff0000000000000	^+12_.3e	    -inf    |
f	3e8421f5f40d8376	0^ #5_.20%	 0.00001500000000000000%|
f	7e37e43c8800759c	x>z1,.0G	1E+300|
f	419d6f3454000000	^+z12_.s	!ValueError: Format specifier missing precision|
f	40fe240000000000	,.E	!ValueError: Format specifier missing precision|
f	430c6bf526340000	 >5.1g	1e+15|
f	fff0000000000000	0^03_.3F	-INF|
f	0000000000000001	#^ z.3E	 4.941E-324|
f	43e56a95319d63e1	_>#1,.x	!ValueError: Format specifier missing precision|
f	c132d687e4189375	 >+0f	-1234567.891000|
f	40934a456d5cfaad	#^1	1234.5678|
f	0000000000000000	20_.1	               0e+00|
f	3f1a36e2eb1c432d	0=-8,e	1.000000e-04|
f	430c6bf526340000	z5s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	0=+#08,F	+0.000000|
f	430c6bf526340000	,< z12.12G	 1E+15,,,,,,|
f	bff8000000000000	 >-05_G	 -1.5|
f	4480f0cf064dd592	 >+z#05,.0E	+1.E+22|
f	430c6bf526340000	^ #_	 1_000_000_000_000_000.0|
f	7ff0000000000000	0.3n	inf|
f	3fc0000000000000	0=#003,.1%	12.5%|
f	40fe240000000000	*<+01.1E	+1.2E+05|
f	4058ffae147ae148	>-z#0,.s	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*<12.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	400921f9f01b866e	03_.0	3e+00|
f	bee4f8b588e368f1	>#0g	-1.00000e-05|
f	bee4f8b588e368f1	#^+z20,.12	#######-1e-05#######|
f	fff0000000000000	> _.	!ValueError: Format specifier missing precision|
f	4005666666666666	>-#g	2.67500|
f	3fe0000000000000	-0,	0.5|
f	4058ffae147ae148	,<12.12e	9.999500000000e+01|
f	4005666666666666	*>-E	2.675000E+00|
f	400921f9f01b866e	0<12e	3.141590e+00|
f	3ee4f8b588e368f1	_>-8,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4004000000000000	0=+#12.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	>_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	c132d687e4189375	 #5_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	x>#12_.3%	xxxxx10.000%|
f	7e37e43c8800759c	*>+05.3f	+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000|
f	0000000000000000	#^+0,.F	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	+z#05.12n	+1.00000000000e+300|
f	3ff0000000000000	z.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	<0E	0.000000E+00|
f	430c6bf526340000	*^08.x	!ValueError: Format specifier missing precision|
f	419d6f3454000000	<+03.12E	+1.234567890000E+08|
f	3ee4f8b588e368f1	<-#5.3n	1.00e-05|
f	bf1a36e2eb1c432d	0= 012_.0G	-00_000.0001|
f	3e8421f5f40d8376	*< ,f	 0.000000|
f	400921f9f01b866e	<12,.3	3.14        |
f	419d6f3454000000	€<20.1g	1e+08€€€€€€€€€€€€€€€|
f	0000000000000001	#^-#03.3g	4.94e-324|
f	400921f9f01b866e	<+z0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	^-8.20e	0.00000000000000000000e+00|
f	bff8000000000000	_>1	-1.5|
f	3ee4f8b588e368f1	é^ #03.20	 1.0000000000000000818e-05|
f	3f40624dd2f1a9fc	*=-5,.3	0.0005|
f	3f1a36e2eb1c432d	*>+1%	+0.010000%|
f	3fc0000000000000	 5.20f	 0.12500000000000000000|
f	7e37e43c8800759c	*<+12,F	+1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000000|
f	3ff0000000000000	*^ z#05,g	 1.00000|
f	400921f9f01b866e	*=-003.G	!ValueError: Format specifier missing precision|
f	bff8000000000000	0^ 12_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3fa999999999999a	^ #1.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	*^8.20	4.9406564584124654418e-324|
f	4058ffae147ae148	0,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	7e37e43c8800759c	0^-05,.0	1e+300|
f	4341c37937e08000	*>z01.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	419d6f3454000000	*< ,.1%	 12,345,678,900.0%|
f	3ee4f8b588e368f1	^ _	 1e-05|
f	40fe240000000000	0<5,f	123,456.000000|
f	40fe240000000000	+003x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	 #0,	-0.0001|
f	4058ffae147ae148	€<z#003,.12e	9.999500000000e+01|
f	3f202e7ef70994dd	01.6e	1.234560e-04|
f	0000000000000001	x>#0,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	0^+00,.1F	+0.1|
f	3fb999999999999a	0<-#08.%	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*= 20,.20%	 999.99900000000002364686%|
f	7ff0000000000000	>-.12	inf|
f	4023fffeb074a772	*>08	*9.99999|
f	bf1a36e2eb1c432d	_>+1,.20F	-0.00010000000000000000|
f	40fe240000000000	*<.0F	123456|
f	bff8000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	*^#,.0F	0.|
f	4004000000000000	#^-03n	2.5|
f	bee4f8b588e368f1	+20.12%	    -0.001000000000%|
f	3e8421f5f40d8376	=+5.6G	+1.5E-07|
f	3fc0000000000000	x>#20_.6	xxxxxxxxxxxx0.125000|
f	4480f0cf064dd592	>+#20g	        +1.00000e+22|
f	0000000000000000	 20_G	                   0|
f	4004000000000000	_>#12.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4058ffae147ae148	12_.	!ValueError: Format specifier missing precision|
f	4005666666666666	#^#0.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7e37e43c8800759c	*^-z#020.s	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	0=z5_.1s	!ValueError: Cannot specify '_' with 's'.|
f	4341c37937e08000	+#0F	+10000000000000000.000000|
f	3ff0000000000000	*=-20_.F	!ValueError: Format specifier missing precision|
f	430c6bf526340000	_>-z03.1e	1.0e+15|
f	fff0000000000000	= #12,.E	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	é^#20	ééééééé99.995ééééééé|
f	3fb999999999999a	 >-#5,n	!ValueError: Cannot specify ',' with 'n'.|
f	3ee4f8b588e368f1	0<+#1_s	!ValueError: Cannot specify '_' with 's'.|
f	3fc0000000000000	0^020,.6s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000001	*>.12F	0.000000000000|
f	bf1a36e2eb1c432d	 >03_e	-1.000000e-04|
f	8000000000000000	0^+z#12.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	-#,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	*<-12.F	!ValueError: Format specifier missing precision|
f	3ff0000000000000	0^ z_%	 100.000000%|
f	40fe240000000000	*=-03_.20e	1.23456000000000000000e+05|
f	3ee4f8b588e368f1	<8.20	1.0000000000000000818e-05|
f	3f40624dd2f1a9fc	*<-_.G	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	^-00,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	c132d687e4189375	*=z1.12	-1234567.891|
f	419d6f3454000000	 z#0.12G	 123456789.000|
f	7ff0000000000000	#^ 03_.1	 inf|
f	7fefffffffffffff	é^00,.3g	1.8e+308|
f	4480f0cf064dd592	*>+#0_.20F	+10_000_000_000_000_000_000_000.00000000000000000000|
f	0000000000000000	#^ #5,.3	 0.00|
f	bff8000000000000	_>-_.1G	-2|
f	400921f9f01b866e	é^+020_.1	ééééééé+3e+00ééééééé|
f	c132d687e4189375	*< 020_.6	-1.23457e+06********|
f	3fc0000000000000	^z8,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	bff8000000000000	*^03.3%	-150.000%|
f	4005666666666666	*^#012_.6f	**2.675000**|
f	7ff8000000000000	#003_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	4004000000000000	0=z#01,s	!ValueError: Cannot specify ',' with 's'.|
f	4005666666666666	x>#020.6n	xxxxxxxxxxxxx2.67500|
f	4023fffeb074a772	*<-z#03.3	10.0|
f	3fe0000000000000	#^12.20G	####0.5#####|
f	430c6bf526340000	€<-z#0.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	x>z#012.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	é^z012_G	éé123_456ééé|
f	3fc0000000000000	x>-z#00.6%	12.500000%|
f	7e37e43c8800759c	€<12.6f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|
f	0000000000000001	*=#05.0	5.e-324|
f	bff8000000000000	0^0_.1F	-1.5|
f	40fe240000000000	#^ 5,.%	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	 #1.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4480f0cf064dd592	=+.1e	+1.0e+22|
f	3fb999999999999a	*=#5,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff0000000000000	0^ 03.d	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	,<+0,.12e	+9.999990000000e+00|
f	3f202e7ef70994dd	*>-08,.1n	!ValueError: Cannot specify ',' with 'n'.|
f	3f1a36e2eb1c432d	x>1e	1.000000e-04|
f	4004000000000000	x>-0,.0G	2|
f	7fefffffffffffff	 >z.20G	1.7976931348623157081E+308|
f	3fa999999999999a	x>+z12,.20f	+0.05000000000000000278|
f	43e56a95319d63e1	<-z#.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	x>#8.1n	x5.e-324|
f	0000000000000001	0<.0n	5e-324|
f	0000000000000001	 > z0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff0000000000000	*<z#012x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	.0%	-0%|
f	8000000000000000	+z#1.1G	+0.|
f	3ff0000000000000	0=z0.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	x>#8.20G	12345678901234567168.|
f	0000000000000000	+03,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	x> 20.20F	 12345678901234567168.00000000000000000000|
f	3f1a36e2eb1c432d	x>#003.12	0.000100000000000|
f	fff0000000000000	=+0_.	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	*>z#003,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	40fe240000000000	*=-00_g	123_456|
f	4480f0cf064dd592	0,.12	1e+22|
f	c132d687e4189375	*^-#01_.20G	-1_234_567.8910000000615|
f	4341c37937e08000	x>z03,.3F	10,000,000,000,000,000.000|
f	3f1a36e2eb1c432d	 >#0_.g	!ValueError: Format specifier missing precision|
f	430c6bf526340000	*<0_.F	!ValueError: Format specifier missing precision|
f	0000000000000000	é^ 12.G	!ValueError: Format specifier missing precision|
f	3fb999999999999a	*>1,.3e	1.000e-01|
f	419d6f3454000000	^+0_.%	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	é^1,E	1.000000E+22|
f	3fa999999999999a	>-0.3%	5.000%|
f	7ff0000000000000	x>-20.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	*= 03.6f	 1000000000000000.000000|
f	7ff8000000000000	 03.12F	 NAN|
f	3f40624dd2f1a9fc	<-#12,.12e	5.000000000000e-04|
f	40fe240000000000	€< #5,.12	 123,456.000000|
f	0000000000000001	>#0_.0%	0.%|
f	4004000000000000	0,.12E	2.500000000000E+00|
f	3ff0000000000000	=+#12%	+100.000000%|
f	3fc0000000000000	x>+z.3f	+0.125|
f	bf1a36e2eb1c432d	^#00,G	-0.000100000|
f	4480f0cf064dd592	+%	+999999999999999983222784.000000%|
f	3f202e7ef70994dd	<8_.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff8000000000000	é^#20,f	éééééééénanééééééééé|
f	419d6f3454000000	= #12.6e	 1.234568e+08|
f	40934a456d5cfaad	0<-08.0f	12350000|
f	bee4f8b588e368f1	#^0,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	0000000000000001	^0.12E	4.940656458412E-324|
f	4480f0cf064dd592	^-020,.6F	10,000,000,000,000,000,000,000.000000|
f	419d6f3454000000	z#.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	 >#8.20G	0.10000000000000000555|
f	0000000000000000	é^+1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	8000000000000000	<-z03.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	>5.1g	1e+300|
f	3fc0000000000000	*> z08.6g	** 0.125|
f	fff0000000000000	= z0.6E	-INF|
f	3e8421f5f40d8376	*^05_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	0^05.12n	02.50|
f	0000000000000000	>z0_.3	0.0|
f	4058ffae147ae148	 >-20.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4005666666666666	#.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	*>-#1_.	!ValueError: Format specifier missing precision|
f	4341c37937e08000	0< 20.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	x> 05.1G	x-INF|
f	4023fffeb074a772	+#20.20E	+9.99999000000000037858E+00|
f	bee4f8b588e368f1	 >-z#8.F	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	 05,	-0.0001|
f	7ff0000000000000	x> 0n	 inf|
f	3f1a36e2eb1c432d	^05,.	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	*=-#20.0e	**************1.e+02|
f	3ff0000000000000	^-z#,.3	1.00|
f	3fb999999999999a	0^ 5_.1s	!ValueError: Cannot specify '_' with 's'.|
f	3f202e7ef70994dd	*< 12,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	<-08_.6g	1.5e-070|
f	c132d687e4189375	0<#5E	-1.234568E+06|
f	3f40624dd2f1a9fc	,<+03_.1s	!ValueError: Cannot specify '_' with 's'.|
f	4005666666666666	0^#20.20G	2.6749999999999998224|
f	3ee4f8b588e368f1	*=z.0%	0%|
f	4480f0cf064dd592	=-z12.%	!ValueError: Format specifier missing precision|
f	3fa999999999999a	 > #003,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff8000000000000	0=-,.	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	=+01.%	!ValueError: Format specifier missing precision|
f	7ff0000000000000	é^_.3	inf|
f	3f202e7ef70994dd	x>020,.6g	xxxxxxxxx0.000123456|
f	3fb999999999999a	é^ z#5.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	=-z#12g	     1.00000|
f	bff8000000000000	> #03_f	-1.500000|
f	4005666666666666	0=+#0_.1E	+2.7E+00|
f	fff0000000000000	 _g	-inf|
f	3f202e7ef70994dd	20.G	!ValueError: Format specifier missing precision|
f	3fa999999999999a	*^#0n	0.0500000|
f	4341c37937e08000	*^-8G	*1E+16**|
f	4023fffeb074a772	é^#03.6G	9.99999|
f	430c6bf526340000	#^ z12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	*>z08_g	***0.125|
f	0000000000000001	é^ 08_.12	 4.94065645841e-324|
f	0000000000000000	 > 5,.6E	 0.000000E+00|
f	4005666666666666	>+z1.e	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	>z#03,.20g	99.995000000000004547|
f	430c6bf526340000	*>-#003.g	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	x>+z05_.x	!ValueError: Format specifier missing precision|
f	0000000000000001	*=-,.F	!ValueError: Format specifier missing precision|
f	3fa999999999999a	,<-03G	0.05|
f	3f202e7ef70994dd	*<+20_.12s	!ValueError: Cannot specify '_' with 's'.|
f	419d6f3454000000	 >-#0.g	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	0^20_.20e	1.23456789012345671680e+19|
f	4058ffae147ae148	0<-#05f	99.995000|
f	4023fffeb074a772	0^+z01,.0G	+1E+01|
f	4005666666666666	_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000001	*^-8n	4.94066e-324|
f	40934a456d5cfaad	-#.3E	1.235E+03|
f	c132d687e4189375	-z03,.6g	-1.23457e+06|
f	3fe0000000000000	_>+0g	+0.5|
f	0000000000000001	#,	5.e-324|
f	400921f9f01b866e	_>-08.1%	__314.2%|
f	3f1a36e2eb1c432d	_>#05,.12%	0.010000000000%|
f	8000000000000000	0=+,G	-0|
f	bee4f8b588e368f1	-#020.3	-000000000001.00e-05|
f	4480f0cf064dd592	003e	1.000000e+22|
f	7ff0000000000000	#^-z12,.e	!ValueError: Format specifier missing precision|
f	fff0000000000000	#^ 5.1%	-inf%|
f	7fefffffffffffff	*^+z0.12F	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000000000|
f	400921f9f01b866e	,< z#8.6n	 3.14159|
f	7e37e43c8800759c	*< 0%	 100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.000000%|
f	4004000000000000	< ,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fa999999999999a	*<+z#,.1s	!ValueError: Cannot specify ',' with 's'.|
f	3e8421f5f40d8376	>01.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	_> #020.d	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	_>#0_.6g	1_234.57|
f	4341c37937e08000	#f	10000000000000000.000000|
f	40934a456d5cfaad	#^ _.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	 >#20.6	                 inf|
f	3fc0000000000000	*=z12e	1.250000e-01|
f	7ff8000000000000	*< #0_.0g	 nan|
f	4005666666666666	^ z12.3g	    2.67    |
f	8000000000000000	< #03.12%	-0.000000000000%|
f	4005666666666666	>-05,.d	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	03.3g	3.14|
f	3fb999999999999a	#^.n	!ValueError: Format specifier missing precision|
f	7ff8000000000000	é^ #.1F	 NAN|
f	3fc0000000000000	-#0.1e	1.2e-01|
f	3e8421f5f40d8376	<+#,g	+1.50000e-07|
f	40934a456d5cfaad	=+020.g	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	=-z12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	 >-z03_.E	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*< z01.6	 1234.57|
f	c132d687e4189375	#5,.0G	-1.E+06|
f	3e8421f5f40d8376	#^+#0_s	!ValueError: Cannot specify '_' with 's'.|
f	3fa999999999999a	 >-z#01F	0.050000|
f	3ee4f8b588e368f1	<+,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	3f1a36e2eb1c432d	é^-z12,x	!ValueError: Cannot specify ',' with 'x'.|
f	7e37e43c8800759c	^ z0,.20	 1.0000000000000000525e+300|
f	4480f0cf064dd592	-020	0000000000000001e+22|
f	3f40624dd2f1a9fc	0<03G	0.0005|
f	c132d687e4189375	,< z1,.6e	-1.234568e+06|
f	4005666666666666	x> #,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000000	= 0_.6G	 0|
f	43e56a95319d63e1	0^+1,.0G	+1E+19|
f	bee4f8b588e368f1	0^-5,.12G	-1E-05|
f	3f202e7ef70994dd	_>z_.x	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	*^-#05,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	7e37e43c8800759c	x>12,.0e	xxxxxx1e+300|
f	3ff0000000000000	-#1.6	1.00000|
f	4004000000000000	*> z#1.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	*=-,.20f	99.99500000000000454747|
f	4480f0cf064dd592	*=+#03_.3g	+1.00e+22|
f	7ff0000000000000	*<-z20.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	x>03_.3s	!ValueError: Cannot specify '_' with 's'.|
f	43e56a95319d63e1	*<1	1.2345678901234567e+19|
f	400921f9f01b866e	x>z12_G	xxxxx3.14159|
f	419d6f3454000000	0^05,.6f	123,456,789.000000|
f	43e56a95319d63e1	-012.1f	12345678901234567168.0|
f	8000000000000000	^+03.3G	-00|
f	c132d687e4189375	*<-20_.6%	-123_456_789.100000%|
f	430c6bf526340000	*= 1_.20F	 1_000_000_000_000_000.00000000000000000000|
f	bff8000000000000	#^z1.6n	-1.5|
f	3fc0000000000000	=+_.20	+0.125|
f	3fa999999999999a	,<-,%	5.000000%|
f	3fc0000000000000	^z#05.1n	00.10|
f	3f40624dd2f1a9fc	+03.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	*>012,.x	!ValueError: Format specifier missing precision|
f	4341c37937e08000	x>,.0e	1e+16|
f	3f202e7ef70994dd	é^z#_.	!ValueError: Format specifier missing precision|
f	419d6f3454000000	0=#00,.20E	1.23456789000000000000E+08|
f	7fefffffffffffff	 > 5.20g	 1.7976931348623157081e+308|
f	3ee4f8b588e368f1	_>+1.12%	+0.001000000000%|
f	bee4f8b588e368f1	0=05	-1e-05|
f	7e37e43c8800759c	0=-12.6	0000001e+300|
f	430c6bf526340000	 >0,g	1e+15|
f	fff0000000000000	<+0.0G	-INF|
f	c132d687e4189375	 >+#0,.E	!ValueError: Format specifier missing precision|
f	0000000000000001	<+03.20g	+4.9406564584124654418e-324|
f	4341c37937e08000	 >z1,.	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	é^-5_.6s	!ValueError: Cannot specify '_' with 's'.|
f	40934a456d5cfaad	*>20,	**********1,234.5678|
f	7ff8000000000000	#^+012_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	>-#03,.3	0.000123|
f	4480f0cf064dd592	=-#003_.3F	10_000_000_000_000_000_000_000.000|
f	7ff8000000000000	0<z20.20G	NAN00000000000000000|
f	3ee4f8b588e368f1	 >8,.12G	   1E-05|
f	3e8421f5f40d8376	=-05_.1e	1.5e-07|
f	7e37e43c8800759c	>z20.1f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0|
f	3fe0000000000000	 z003,.0e	 5e-01|
f	c132d687e4189375	0^-003.20%	-123456789.10000000894069671631%|
f	4023fffeb074a772	*<-z0_	9.99999|
f	7e37e43c8800759c	_>z#8_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	0=00.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	€<-0_.1	5e-324|
f	4341c37937e08000	=+01g	+1e+16|
f	3fb999999999999a	*<+03n	+0.1|
f	8000000000000000	*^0_.6G	-0|
f	4004000000000000	0=-#012_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	20_.12e	  1.234567800000e+03|
f	4005666666666666	>-.f	!ValueError: Format specifier missing precision|
f	3fb999999999999a	,< 20f	 0.100000,,,,,,,,,,,|
f	bee4f8b588e368f1	0^#.3E	-1.000E-05|
f	3f202e7ef70994dd	,<z03,%	0.012346%|
f	bff8000000000000	é^ z#0_G	-1.50000|
f	c132d687e4189375	*= #05,.1e	-1.2e+06|
f	3ff0000000000000	*<-12.12	1.0*********|
f	3e8421f5f40d8376	,<-12_.1	1e-07,,,,,,,|
f	3f202e7ef70994dd	0=+z8.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	*<20,.20g	2.6749999999999998224|
f	430c6bf526340000	*<#0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	>-8.1	     0.1|
f	400921f9f01b866e	0^03.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	*< 01.1g	 3|
f	40934a456d5cfaad	#8.6g	 1234.57|
f	40934a456d5cfaad	_> _.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	0<1,E	3.141590E+00|
f	3f202e7ef70994dd	x>-#.1e	1.2e-04|
f	7fefffffffffffff	.20	1.7976931348623157081e+308|
f	3f202e7ef70994dd	0=#5.0e	1.e-04|
f	40fe240000000000	_> #.	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*< .6f	 1.000000|
f	7fefffffffffffff	*<z#_.1E	1.8E+308|
f	430c6bf526340000	*<+#5.F	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	 z#003_.12	 0.000123456000000|
f	4058ffae147ae148	= z#8E	 9.999500E+01|
f	40fe240000000000	 z8.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4023fffeb074a772	0= 020,.6g	 0,000,000,009.99999|
f	bff8000000000000	z1_n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff0000000000000	,<+z020,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	*<-1.E	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	5.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	*=012_g	*****3.14159|
f	43e56a95319d63e1	#^0.1	1e+19|
f	c132d687e4189375	<-0.6n	-1.23457e+06|
f	4480f0cf064dd592	<-#01.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fe0000000000000	x> 01.3f	 0.500|
f	bee4f8b588e368f1	>-#0g	-1.00000e-05|
f	3f40624dd2f1a9fc	*<20_.%	!ValueError: Format specifier missing precision|
f	7ff0000000000000	x>+#00.e	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	^+z20.20	-1.0000000000000000818e-05|
f	c132d687e4189375	> 8.0n	  -1e+06|
f	400921f9f01b866e	0=+z_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7fefffffffffffff	03.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	400921f9f01b866e	 >#20,.3G	                3.14|
f	4480f0cf064dd592	*<+01.E	!ValueError: Format specifier missing precision|
f	bff8000000000000	*^z#020_E	***-1.500000E+00****|
f	4004000000000000	00,.1F	2.5|
f	7fefffffffffffff	z05.F	!ValueError: Format specifier missing precision|
f	40fe240000000000	0= z	 123456.0|
f	3e8421f5f40d8376	0^-#01_.6g	1.50000e-07|
f	3fb999999999999a	_> z#8_.1F	____ 0.1|
f	fff0000000000000	0<0.3%	-inf%|
f	c132d687e4189375	,< z.20	-1234567.8910000000615|
f	bff8000000000000	> #03.0e	-2.e+00|
f	4005666666666666	*^-12,n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	^-12,.6g	   2.675    |
f	419d6f3454000000	=5_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	€<-.3	inf|
f	bee4f8b588e368f1	0^+020.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	>-20,s	!ValueError: Cannot specify ',' with 's'.|
f	7ff8000000000000	-1.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f202e7ef70994dd	> z#12.1	      0.0001|
f	430c6bf526340000	*< 1,G	 1E+15|
f	4341c37937e08000	*> ,.1%	 1,000,000,000,000,000,000.0%|
f	3fb999999999999a	<-#08,.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	é^z#5F	0.500000|
f	3ee4f8b588e368f1	0^z#0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	#^#8_.6E	1.000000E+16|
f	3f1a36e2eb1c432d	0=+.20%	+0.01000000000000000021%|
f	7ff8000000000000	0^+#0.3E	+NAN|
f	3fb999999999999a	_>+#01,.20G	+0.10000000000000000555|
f	0000000000000000	01.F	!ValueError: Format specifier missing precision|
f	7ff0000000000000	0^-03.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	*= 5.3F	 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|
f	3fa999999999999a	x>-03,.6%	5.000000%|
f	3ff0000000000000	#^z_.0	1e+00|
f	bff8000000000000	0^03_.1g	-20|
f	419d6f3454000000	#^z1_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	_>-#8_.6F	0.050000|
f	3fa999999999999a	12%	   5.000000%|
f	7fefffffffffffff	0<+1.%	!ValueError: Format specifier missing precision|
f	3fe0000000000000	 5_.E	!ValueError: Format specifier missing precision|
f	7ff8000000000000	0^z.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7e37e43c8800759c	*^020,g	*******1e+300*******|
f	419d6f3454000000	+#20,.3g	           +1.23e+08|
f	3ee4f8b588e368f1	*>+12,.3	******+1e-05|
f	bee4f8b588e368f1	*>0_.12g	-1e-05|
f	7ff0000000000000	0^z1G	INF|
f	3f202e7ef70994dd	*= #20.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	=+0.1e	+0.0e+00|
f	0000000000000001	€<+z#0.1	+5.e-324|
f	7ff0000000000000	é^ 12.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fa999999999999a	 00.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f40624dd2f1a9fc	-5x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	^z#20,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4004000000000000	é^ z03E	 2.500000E+00|
f	3fc0000000000000	€< z#00,.20E	 1.25000000000000000000E-01|
f	0000000000000001	^1_G	4.94066E-324|
f	3fa999999999999a	#^+012.20n	+0.050000000000000002776|
f	7ff8000000000000	*=0_E	NAN|
f	3f202e7ef70994dd	+003_	+0.000123456|
f	4341c37937e08000	*^.1F	10000000000000000.0|
f	430c6bf526340000	<+z1_.0%	+100_000_000_000_000_000%|
f	4004000000000000	^+#00.0%	+250.%|
f	3fc0000000000000	x>8_.20e	1.25000000000000000000e-01|
f	bee4f8b588e368f1	*^+03,x	!ValueError: Cannot specify ',' with 'x'.|
f	43e56a95319d63e1	8,.3F	12,345,678,901,234,567,168.000|
f	4480f0cf064dd592	12,s	!ValueError: Cannot specify ',' with 's'.|
f	7ff0000000000000	^-12_.%	!ValueError: Format specifier missing precision|
f	7ff8000000000000	 >-#.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bff8000000000000	8.1f	    -1.5|
f	3f1a36e2eb1c432d	+5_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	40fe240000000000	*<12n	123456******|
f	4004000000000000	*=00.12g	2.5|
f	4341c37937e08000	é^+#020,f	+10,000,000,000,000,000.000000|
f	40fe240000000000	,<0_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	4023fffeb074a772	<+01_.F	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*>-8_n	!ValueError: Cannot specify '_' with 'n'.|
f	400921f9f01b866e	x>-08.6G	x3.14159|
f	3f40624dd2f1a9fc	0=z1_.	!ValueError: Format specifier missing precision|
f	c132d687e4189375	€<20,.20%	-123,456,789.10000000894069671631%|
f	7fefffffffffffff	>+z,E	+1.797693E+308|
f	4005666666666666	0^-,.1	3e+00|
f	3f40624dd2f1a9fc	*^-z#8s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3e8421f5f40d8376	x>-#20.20g	1.4999999999999999321e-07|
f	4005666666666666	0< z0,.g	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	0<z12	1.2345678901234567e+19|
f	3fa999999999999a	 z8_g	    0.05|
f	bff8000000000000	>z03.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	> #_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	*>+8_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000001	= 08_.0e	 05e-324|
f	4004000000000000	,<#_.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	*^-0_.f	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	 >-5,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000000	,< z#12,.1F	 0.0,,,,,,,,|
f	0000000000000001	_>-#8_.0G	_5.E-324|
f	40fe240000000000	> 012,e	 1.234560e+05|
f	7e37e43c8800759c	é^ #20.20	 1.0000000000000000525e+300|
f	400921f9f01b866e	*>8_.0F	*******3|
f	4005666666666666	 >05,%	267.500000%|
f	3f40624dd2f1a9fc	€<z0_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	>z08.1G	0001E+05|
f	bee4f8b588e368f1	+020,.G	!ValueError: Format specifier missing precision|
f	430c6bf526340000	-#01_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	x> 0,n	!ValueError: Cannot specify ',' with 'n'.|
f	4023fffeb074a772	0<z8,f	9.999990|
f	bee4f8b588e368f1	*>-5_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	0^0.6E	-1.500000E+00|
f	3f1a36e2eb1c432d	#^-z00.20E	1.00000000000000004792E-04|
f	430c6bf526340000	z#_.3f	1_000_000_000_000_000.000|
f	c132d687e4189375	0=#1_.3e	-1.235e+06|
f	3fc0000000000000	*=-z_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	+8,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	3f202e7ef70994dd	*>#20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4004000000000000	*< ,.n	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	#^-8F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|
f	0000000000000000	 >z#01.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	^ z#08.	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	*> 5_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	bff8000000000000	_>.3F	-1.500|
f	3f1a36e2eb1c432d	_>+0,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	419d6f3454000000	0=z1.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	430c6bf526340000	>-.20e	1.00000000000000000000e+15|
f	c132d687e4189375	é^ #n	-1.23457e+06|
f	bf1a36e2eb1c432d	 20.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	*> 05.0F	*-INF|
f	8000000000000000	 >+020,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	€<8,.20G	0.00010000000000000000479|
f	0000000000000000	 > #12.	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	*>05.20F	0.00001000000000000000|
f	fff0000000000000	x>#05,G	x-INF|
f	7fefffffffffffff	,<-1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	^1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	*=-.3f	nan|
f	43e56a95319d63e1	> z#012,.20E	 1.23456789012345671680E+19|
f	3f1a36e2eb1c432d	-01.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	0^ _.6F	 2.500000|
f	40fe240000000000	*<-z20.3g	1.23e+05************|
f	0000000000000001	=+5.1G	+5E-324|
f	7ff0000000000000	^ z.0F	 INF|
f	4023fffeb074a772	,<5,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000000	=+03,.6	+0.0|
f	0000000000000000	x>1,.6e	0.000000e+00|
f	bf1a36e2eb1c432d	,< 020.12E	-1.000000000000E-04,|
f	400921f9f01b866e	0^+12_n	!ValueError: Cannot specify '_' with 'n'.|
f	fff0000000000000	*<+#.1G	-INF|
f	419d6f3454000000	*=03_.6e	1.234568e+08|
f	40fe240000000000	0< #0_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	-#0,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	 012g	 00000000001|
f	3e8421f5f40d8376	 >12.0f	           0|
f	7ff0000000000000	*^#01.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4480f0cf064dd592	_>+z_.12	+1e+22|
f	7fefffffffffffff	+#1.1e	+1.8e+308|
f	0000000000000000	#^-#1_.20e	0.00000000000000000000e+00|
f	43e56a95319d63e1	^-.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	#^ #1.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	fff0000000000000	 #8.20g	    -inf|
f	3fc0000000000000	0^+01_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	0<+1,.g	!ValueError: Format specifier missing precision|
f	0000000000000000	#^ #G	 0.00000|
f	3f1a36e2eb1c432d	=0,.3%	0.010%|
f	3fa999999999999a	=+#.6F	+0.050000|
f	3fe0000000000000	-20.6	                 0.5|
f	4341c37937e08000	#^12,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40934a456d5cfaad	z#03,.1g	1.e+03|
f	4341c37937e08000	#^08e	1.000000e+16|
f	0000000000000001	^#,.20s	!ValueError: Cannot specify ',' with 's'.|
f	4005666666666666	=-#0.20E	2.67499999999999982236E+00|
f	bee4f8b588e368f1	=+#1.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f40624dd2f1a9fc	^z08%	0.050000%|
f	7ff0000000000000	*=12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4023fffeb074a772	<-12F	9.999990    |
f	3ff0000000000000	>-.12e	1.000000000000e+00|
f	bf1a36e2eb1c432d	<+0,.f	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	x>-z#_.1g	1.e+19|
f	3ee4f8b588e368f1	€<+003_.s	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	#^z#0,.E	!ValueError: Format specifier missing precision|
f	4004000000000000	12,.3F	       2.500|
f	4341c37937e08000	=.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7fefffffffffffff	0^ z03.E	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	-#.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	 >0g	1234.57|
f	7e37e43c8800759c	>12_	      1e+300|
f	4341c37937e08000	<+z8.20F	+10000000000000000.00000000000000000000|
f	fff0000000000000	0=-#003G	-INF|
f	3fa999999999999a	0<z20,	0.050000000000000000|
f	3f40624dd2f1a9fc	+8,f	+0.000500|
f	430c6bf526340000	_>+.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	é^+12.	!ValueError: Format specifier missing precision|
f	bff8000000000000	>#0.20f	-1.50000000000000000000|
f	7ff0000000000000	<+#,.20G	+INF|
f	40934a456d5cfaad	é^ 03,.1	 1e+03|
f	c132d687e4189375	,< #003.%	!ValueError: Format specifier missing precision|
f	8000000000000000	+003_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	_>+z#1%	+0.000000%|
f	3ff0000000000000	-#0%	100.000000%|
f	3f1a36e2eb1c432d	*<-.6g	0.0001|
f	4341c37937e08000	0^0_.g	!ValueError: Format specifier missing precision|
f	3fc0000000000000	^ 03,.6%	 12.500000%|
f	40934a456d5cfaad	*>+z#0.0%	+123457.%|
f	fff0000000000000	<-z020.3E	-INF0000000000000000|
f	bff8000000000000	^+#,	-1.5|
f	7ff0000000000000	0^+_.F	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	0=z#012.0n	0000001.e+22|
f	3f202e7ef70994dd	-#01.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	 0.1n	 1e-07|
f	4023fffeb074a772	0<-.6g	9.99999|
f	7fefffffffffffff	+003_.3E	+1.798E+308|
f	430c6bf526340000	_> #.g	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	 >03.1f	100.0|
f	4023fffeb074a772	 > z#,.20f	 9.99999000000000037858|
f	40934a456d5cfaad	*>#,.1g	1.e+03|
f	3e8421f5f40d8376	€<+0,.6	+1.5e-07|
f	3ee4f8b588e368f1	z#_.1s	!ValueError: Cannot specify '_' with 's'.|
f	3ee4f8b588e368f1	0^-1_.6E	1.000000E-05|
f	40fe240000000000	0^+z08.f	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*<z12,.G	!ValueError: Format specifier missing precision|
f	fff0000000000000	 >z#5_.e	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*< 003.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	é^ 12,s	!ValueError: Cannot specify ',' with 's'.|
f	3f40624dd2f1a9fc	 z8_.12f	 0.000500000000|
f	4005666666666666	0<5_.6f	2.675000|
f	3e8421f5f40d8376	*= #5_F	 0.000000|
f	40fe240000000000	 >z8.s	!ValueError: Format specifier missing precision|
f	0000000000000001	0<+05_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	40fe240000000000	é^+z8.20%	+12345600.00000000000000000000%|
f	400921f9f01b866e	>#_E	3.141590E+00|
f	3e8421f5f40d8376	> 5.F	!ValueError: Format specifier missing precision|
f	8000000000000000	0= z#_	 0.0|
f	3fa999999999999a	^#0.1f	0.1|
f	7fefffffffffffff	€<ze	1.797693e+308|
f	4058ffae147ae148	é^-z12.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	^-.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff8000000000000	*<+z#d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	x>+#01,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	0^ 1.1e	-1.0e-04|
f	bee4f8b588e368f1	é^z03_.6f	-0.000010|
f	3fb999999999999a	0^ z.1F	 0.1|
f	bf1a36e2eb1c432d	x>z012,.0g	xxxxx-0.0001|
f	c132d687e4189375	0^ z012,	-1,234,567.891|
f	40934a456d5cfaad	x>+0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40934a456d5cfaad	*<#_G	1_234.57|
f	7ff8000000000000	*^+20f	********+nan********|
f	3ff0000000000000	*^-z0,%	100.000000%|
f	3fa999999999999a	<20.20E	5.00000000000000027756E-02|
f	bff8000000000000	0_.6%	-150.000000%|
f	4480f0cf064dd592	#^#.20%	999999999999999983222784.00000000000000000000%|
f	0000000000000000	*<05.12	0.0**|
f	419d6f3454000000	*<+#012,.20	+123,456,789.00000000000|
f	40fe240000000000	*=12.1F	****123456.0|
f	3f40624dd2f1a9fc	é^ #e	 5.000000e-04|
f	bee4f8b588e368f1	x>-#	-1.e-05|
f	43e56a95319d63e1	_> z0.12g	 1.23456789012e+19|
f	3f202e7ef70994dd	€<zd	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	#^5.3	1.5e-07|
f	4023fffeb074a772	20	             9.99999|
f	4023fffeb074a772	€<#00_.3	10.0|
f	3f40624dd2f1a9fc	 >-08.1n	  0.0005|
f	8000000000000000	,<-5.6f	-0.000000|
f	4004000000000000	> 00E	 2.500000E+00|
f	7ff8000000000000	<+03_.1s	!ValueError: Cannot specify '_' with 's'.|
f	430c6bf526340000	-012,.0e	0,000,001e+15|
f	bff8000000000000	x> 20.1e	xxxxxxxxxxxx-1.5e+00|
f	3ff0000000000000	*> 20_.0G	****************** 1|
f	3f40624dd2f1a9fc	>+z03_.6f	+0.000500|
f	0000000000000000	+#1.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	x> 12E	 1.234568E+19|
f	3f1a36e2eb1c432d	#^+z,.3s	!ValueError: Cannot specify ',' with 's'.|
f	4480f0cf064dd592	z05,.0g	1e+22|
f	bee4f8b588e368f1	*<z,.0f	0|
f	3fb999999999999a	 > z0.0E	 1E-01|
f	43e56a95319d63e1	*<+020,n	!ValueError: Cannot specify ',' with 'n'.|
f	43e56a95319d63e1	<+#.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4023fffeb074a772	>+03.3G	+10|
f	3ff0000000000000	*= #1,.12f	 1.000000000000|
f	3fb999999999999a	-#0_.x	!ValueError: Format specifier missing precision|
f	430c6bf526340000	> #03.0n	 1.e+15|
f	40934a456d5cfaad	0= #03,.6s	!ValueError: Cannot specify ',' with 's'.|
f	3fb999999999999a	-03_.d	!ValueError: Format specifier missing precision|
f	c132d687e4189375	0.3	-1.23e+06|
f	40934a456d5cfaad	*=+z#08_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	*=.x	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	<05.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	>#5.6f	10000000000000000000000.000000|
f	43e56a95319d63e1	x>1_.1	1e+19|
f	0000000000000001	,< z5_.%	!ValueError: Format specifier missing precision|
f	8000000000000000	*=-12,.E	!ValueError: Format specifier missing precision|
f	430c6bf526340000	<-01.20	1000000000000000.0|
f	419d6f3454000000	0=+20.	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	*>#03,s	!ValueError: Cannot specify ',' with 's'.|
f	7ff0000000000000	_>#5.n	!ValueError: Format specifier missing precision|
f	419d6f3454000000	>-#_G	1.23457E+08|
f	3e8421f5f40d8376	*>#03,.12E	1.500000000000E-07|
f	3fe0000000000000	0^#.3	0.500|
f	4341c37937e08000	#8.20e	1.00000000000000000000e+16|
f	419d6f3454000000	0=03.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	€<+zG	+0.125|
f	3fb999999999999a	 >+.1F	+0.1|
f	0000000000000001	*< #5.0F	 0.**|
f	0000000000000001	z0,.1G	5E-324|
f	3ee4f8b588e368f1	-#5.3f	0.000|
f	430c6bf526340000	0^+#e	+1.000000e+15|
f	bee4f8b588e368f1	0<#5.0F	-0.00|
f	3ff0000000000000	<.3E	1.000E+00|
f	3fc0000000000000	,<+#0,.g	!ValueError: Format specifier missing precision|
f	430c6bf526340000	0=-#5,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff0000000000000	 > z03,.1e	 inf|
f	3fe0000000000000	#^z1.G	!ValueError: Format specifier missing precision|
f	3fb999999999999a	0_.12E	1.000000000000E-01|
f	4004000000000000	#^z#03.e	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	é^0_.6%	0.050000%|
f	4341c37937e08000	#^1_%	1_000_000_000_000_000_000.000000%|
f	fff0000000000000	*<#1_.3	-inf|
f	3f40624dd2f1a9fc	0<+0,.3g	+0.0005|
f	3f202e7ef70994dd	^+20,F	     +0.000123      |
f	4005666666666666	+8,.	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	0^z1n	99.995|
f	3f202e7ef70994dd	*>+0,.3	+0.000123|
f	3ff0000000000000	€< z#5_.6g	 1.00000|
f	bee4f8b588e368f1	#0,G	-1.00000E-05|
f	3fb999999999999a	^05_g	00.10|
f	0000000000000000	é^+z03,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	4004000000000000	<003.12e	2.500000000000e+00|
f	3f40624dd2f1a9fc	*=08.12G	**0.0005|
f	bf1a36e2eb1c432d	<z020_.0G	-0.00010000000000000|
f	3fc0000000000000	 z_.6	 0.125|
f	40934a456d5cfaad	_>+#08.x	!ValueError: Format specifier missing precision|
f	c132d687e4189375	*<	-1234567.891|
f	3fc0000000000000	<+03,.12	+0.125|
f	419d6f3454000000	x> #0.0%	 12345678900.%|
f	fff0000000000000	*>-05.20n	*-inf|
f	3f40624dd2f1a9fc	x> 20.12n	xxxxxxxxxxxxx 0.0005|
f	bee4f8b588e368f1	*^8.0f	***-0***|
f	7ff0000000000000	_>-.12f	inf|
f	4058ffae147ae148	 #03.3f	 99.995|
f	4058ffae147ae148	#^1,.6s	!ValueError: Cannot specify ',' with 's'.|
f	4480f0cf064dd592	*<+#12G	+1.00000E+22|
f	3fc0000000000000	,<+#5.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	>-z020_.3f	0000000000000000.000|
f	7ff0000000000000	^0.0	inf|
f	40fe240000000000	_>+#8x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	0=20.12G	00000000000000000.05|
f	0000000000000001	=-00_.0F	0|
f	3e8421f5f40d8376	_>#5_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	0^-0,.20	0.0|
f	400921f9f01b866e	0=+1.F	!ValueError: Format specifier missing precision|
f	4341c37937e08000	é^z0.6g	1e+16|
f	4480f0cf064dd592	< 0_.20e	 1.00000000000000000000e+22|
f	4058ffae147ae148	0^-z#003,.1G	1.E+02|
f	3ff0000000000000	0^0,e	1.000000e+00|
f	3fb999999999999a	€< z5,.1s	!ValueError: Cannot specify ',' with 's'.|
f	8000000000000000	#,.12g	-0.00000000000|
f	3ff0000000000000	0=5_G	0_001|
f	fff0000000000000	 0.6%	-inf%|
f	4005666666666666	0= z1.3%	 267.500%|
f	40fe240000000000	_>-#08_.3F	123_456.000|
f	3fa999999999999a	^+z5.3%	+5.000%|
f	7fefffffffffffff	*=+#03.e	!ValueError: Format specifier missing precision|
f	3ff0000000000000	+20.12e	 +1.000000000000e+00|
f	3f1a36e2eb1c432d	0= #003d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	*^5_.6g	-1e-05|
f	0000000000000001	01.6	4.94066e-324|
f	7e37e43c8800759c	+z#1,.6F	+1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.000000|
f	fff0000000000000	^ 0.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	< 1.	!ValueError: Format specifier missing precision|
f	3ff0000000000000	+z8,.6f	+1.000000|
f	400921f9f01b866e	*^+#0,.g	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	0=020,.6g	0,000,001.79769e+308|
f	419d6f3454000000	<0,	123,456,789.0|
f	7ff8000000000000	*=-08.12g	*****nan|
f	3f202e7ef70994dd	0<.6f	0.000123|
f	3ff0000000000000	é^ z020_g	ééééééééé 1ééééééééé|
f	0000000000000001	^+#003	+5.e-324|
f	400921f9f01b866e	=+0,.12	+3.14159|
f	0000000000000000	=+z12,.1x	!ValueError: Cannot specify ',' with 'x'.|
f	430c6bf526340000	*=f	1000000000000000.000000|
f	0000000000000001	0^020_.12%	000.000000000000%000|
f	4004000000000000	_>012.g	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	€< #012,.1e	 1.0e+01€€€€|
f	bff8000000000000	z#0_.6g	-1.50000|
f	3f40624dd2f1a9fc	20.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3e8421f5f40d8376	*= z1,f	 0.000000|
f	7ff8000000000000	+#1_g	+nan|
f	3f1a36e2eb1c432d	,<+20_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	01.20g	0.00010000000000000000479|
f	7e37e43c8800759c	*^+1.12e	+1.000000000000e+300|
f	3ee4f8b588e368f1	,<-#,.12	1.00000000000e-05|
f	3e8421f5f40d8376	*> #0_.6	 1.50000e-07|
f	bee4f8b588e368f1	,<+1F	-0.000010|
f	3f40624dd2f1a9fc	=-z012,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	<-8d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	#^,%	10.000000%|
f	43e56a95319d63e1	-#8G	1.23457E+19|
f	7ff0000000000000	0^#12_.20G	0000INF00000|
f	40fe240000000000	0< 0.1g	 1e+05|
f	7fefffffffffffff	0^z#,.0s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000001	*< #00,F	 0.000000|
f	3fe0000000000000	-003_.12G	0.5|
f	4058ffae147ae148	é^+0,F	+99.995000|
f	3fa999999999999a	0<+z0.0G	+0.05|
f	bff8000000000000	#^-01,.12e	-1.500000000000e+00|
f	4480f0cf064dd592	 #20.20	 1.0000000000000000000e+22|
f	3ee4f8b588e368f1	0< 00.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ff0000000000000	*<05.0F	1****|
f	3fe0000000000000	*>-z#12g	****0.500000|
f	3fb999999999999a	0^12.6E	1.000000E-01|
f	0000000000000000	0=-08.12%	0.000000000000%|
f	4004000000000000	*=-#1.E	!ValueError: Format specifier missing precision|
f	430c6bf526340000	0<-#003.6e	1.000000e+15|
f	fff0000000000000	 >-5,.12%	-inf%|
f	7fefffffffffffff	0=z03.d	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	>-0,.20	1.0000000000000000525e+300|
f	3ff0000000000000	,< 0.3F	 1.000|
f	4480f0cf064dd592	=-,.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	>z#n	0.100000|
f	3ee4f8b588e368f1	z#0.20	1.0000000000000000818e-05|
f	4004000000000000	*>-z12_.12G	*********2.5|
f	7fefffffffffffff	+z#03.1%	+inf%|
f	7ff0000000000000	0<8,.3	inf00000|
f	3fa999999999999a	<+#5G	+0.0500000|
f	fff0000000000000	*<#.0	-inf|
f	419d6f3454000000	€< z#1.1g	 1.e+08|
f	3fc0000000000000	0_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	x>z20_.	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	#1_.0F	0.|
f	3ff0000000000000	é^+z_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	*<#0,.d	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	,<8.3	0.0001,,|
f	40934a456d5cfaad	 z5_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	0=+#03_.20G	+0.050000000000000002776|
f	3e8421f5f40d8376	= z01,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	4023fffeb074a772	<+z#8.3n	+10.0   |
f	3fa999999999999a	€<z08,.0G	0.05€€€€|
f	3ee4f8b588e368f1	-z#08.20n	1.0000000000000000818e-05|
f	3f202e7ef70994dd	*=020,.12G	*********0.000123456|
f	7fefffffffffffff	,<-05_F	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368.000000|
f	bee4f8b588e368f1	*^ ,s	!ValueError: Cannot specify ',' with 's'.|
f	bee4f8b588e368f1	0<-#05,.0	-1.e-05|
f	400921f9f01b866e	>-.20	3.1415899999999998826|
f	7e37e43c8800759c	=+03,.F	!ValueError: Format specifier missing precision|
f	3fa999999999999a	€< 08.6G	 0.05€€€|
f	400921f9f01b866e	,<12.12F	3.141590000000|
f	c132d687e4189375	>-00.12n	-1234567.891|
f	7ff8000000000000	>-z03d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	*=00_.3f	123_456.000|
f	3fc0000000000000	*^-z20G	*******0.125********|
f	7ff0000000000000	0^ 05.20	 inf0|
f	3fa999999999999a	+z03_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	3f202e7ef70994dd	^+08,.6F	+0.000123|
f	3f1a36e2eb1c432d	é^-#8E	1.000000E-04|
f	3ff0000000000000	*^ z#.20	 1.0000000000000000000|
f	4058ffae147ae148	é^-00_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	bf1a36e2eb1c432d	>z#0,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	c132d687e4189375	0< 05_.0g	-1e+06|
f	fff0000000000000	^12,.1F	    -INF    |
f	3f202e7ef70994dd	x>+z20_	xxxxxxxx+0.000123456|
f	4058ffae147ae148	 z5.d	!ValueError: Format specifier missing precision|
f	c132d687e4189375	*< 05	-1234567.891|
f	bee4f8b588e368f1	0=+1.3g	-1e-05|
f	4341c37937e08000	*<1.6e	1.000000e+16|
f	40934a456d5cfaad	0=+0.12	+1234.5678|
f	3f40624dd2f1a9fc	 >-0_.	!ValueError: Format specifier missing precision|
f	4341c37937e08000	#^-z#12,.1E	##1.0E+16###|
f	bff8000000000000	*=+1.6e	-1.500000e+00|
f	bff8000000000000	é^ 01_.12s	!ValueError: Cannot specify '_' with 's'.|
f	40fe240000000000	0^#03,g	123,456.|
f	3f202e7ef70994dd	0<z003,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4058ffae147ae148	*^-#01_.1	1.e+02|
f	4023fffeb074a772	*<20,F	9.999990************|
f	7e37e43c8800759c	 >-#20.20E	1.00000000000000005250E+300|
f	4004000000000000	+0_.0g	+2|
f	3f1a36e2eb1c432d	0^-0_.3s	!ValueError: Cannot specify '_' with 's'.|
f	400921f9f01b866e	0<0_	3.14159|
f	3fc0000000000000	*^z#,E	1.250000E-01|
f	3f202e7ef70994dd	é^ z#1,.12f	 0.000123456000|
f	8000000000000000	,< #12.1E	-0.0E+00,,,,|
f	0000000000000001	<1.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	*<-.6e	inf|
f	0000000000000001	*=z#020,F	************0.000000|
f	3f40624dd2f1a9fc	*>-12,.12G	******0.0005|
f	7ff0000000000000	é^+z12.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	>12,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	c132d687e4189375	_>03_.6e	-1.234568e+06|
f	3f40624dd2f1a9fc	*> 20.12	************* 0.0005|
f	4004000000000000	,<03_.	!ValueError: Format specifier missing precision|
f	3fa999999999999a	 >-#5.6%	5.000000%|
f	3f202e7ef70994dd	é^ 05.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	*>+0,.20f	-1.50000000000000000000|
f	3ff0000000000000	 #0_E	 1.000000E+00|
f	4005666666666666	_>+12	______+2.675|
f	430c6bf526340000	<-.0g	1e+15|
f	3fe0000000000000	#^+#020.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	*<-08_.1%	-inf%***|
f	fff0000000000000	€< 0.0G	-INF|
f	4341c37937e08000	é^8.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	^-z20g	        inf         |
f	4004000000000000	.0	2e+00|
f	3fb999999999999a	 > z012.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff0000000000000	>00,.12F	INF|
f	4058ffae147ae148	 >-z1.20	99.995000000000004547|
f	4023fffeb074a772	0=z#03.12G	9.99999000000|
f	0000000000000000	€<+#8.f	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	*<z#0,G	1.50000E-07|
f	3fa999999999999a	^ #0n	 0.0500000|
f	bee4f8b588e368f1	0^03.n	!ValueError: Format specifier missing precision|
f	4004000000000000	0<-03G	2.5|
f	4004000000000000	^#020.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	0^+z,	-1,234,567.891|
f	7ff8000000000000	= 020.0E	 0000000000000000NAN|
f	4480f0cf064dd592	*=-#003.6	1.00000e+22|
f	3fe0000000000000	0=-z8.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	0=z#0_.20e	-1.23456789100000006147e+06|
f	430c6bf526340000	+#012_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	3fe0000000000000	x>1,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	3ff0000000000000	#^ z_.12s	!ValueError: Cannot specify '_' with 's'.|
f	8000000000000000	 >+01.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	<+8.3	+0.1    |
f	400921f9f01b866e	#^-1.12G	3.14159|
f	3ee4f8b588e368f1	-#5s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bee4f8b588e368f1	^z01_.12	-1e-05|
f	430c6bf526340000	^#5.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	*> #_.6	-1.23457e+06|
f	0000000000000001	= #03.12	 4.94065645841e-324|
f	3fa999999999999a	z020.0	00000000000000000.05|
f	3fb999999999999a	=+03,.d	!ValueError: Format specifier missing precision|
f	3fb999999999999a	0= 8.1	 00000.1|
f	3fc0000000000000	0^z#08.12f	0.125000000000|
f	bee4f8b588e368f1	é^+z03_.0	-1e-05|
f	430c6bf526340000	 >z#00,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	0=+#8,.20f	-0.00001000000000000000|
f	3fc0000000000000	 >+5.20	+0.125|
f	0000000000000001	-#0.1f	0.0|
f	4004000000000000	x>+#003.f	!ValueError: Format specifier missing precision|
f	7ff8000000000000	0=-0.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	*=-#.0F	123456789.|
f	3f1a36e2eb1c432d	-20,.1%	                0.0%|
f	419d6f3454000000	+#12.E	!ValueError: Format specifier missing precision|
f	bff8000000000000	0=-#20.6%	-00000000150.000000%|
f	3ee4f8b588e368f1	^05,.20e	1.00000000000000008180e-05|
f	4341c37937e08000	>00	1e+16|
f	3f40624dd2f1a9fc	z5,.G	!ValueError: Format specifier missing precision|
f	419d6f3454000000	0=#1.0	1.e+08|
f	3fe0000000000000	^z8_.F	!ValueError: Format specifier missing precision|
f	4005666666666666	#^+12.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	^#1_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4005666666666666	 1.12G	 2.675|
f	3ff0000000000000	<z#012.12n	1.00000000000|
f	3fc0000000000000	#^-8_.20	#0.125##|
f	40fe240000000000	*>-5d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	< 05.3%	 999999999999999983222784.000%|
f	fff0000000000000	0^ 1,.12f	-inf|
f	4058ffae147ae148	^z#03x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	#^20.e	!ValueError: Format specifier missing precision|
f	fff0000000000000	 >#.3e	-inf|
f	3f1a36e2eb1c432d	#^ 03.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	*< z05%	 12345600.000000%|
f	4004000000000000	#^+#020.12g	###+2.50000000000###|
f	4004000000000000	*=#20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	,< z#0.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4023fffeb074a772	0^+003.0f	+10|
f	4005666666666666	*< z#03.3E	 2.675E+00|
f	7e37e43c8800759c	€<#.0F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.|
f	3f202e7ef70994dd	,<-20.G	!ValueError: Format specifier missing precision|
f	bff8000000000000	#^01.20	-1.5|
f	7ff0000000000000	0<-12,.0e	inf000000000|
f	fff0000000000000	#^+z#0.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	,<+z003_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	,<+#1,s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000000	#^0.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	-12.0e	       1e-01|
f	4341c37937e08000	>-#01.0F	10000000000000000.|
f	4341c37937e08000	€< z#0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	>-020,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	430c6bf526340000	*=0.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	=-z5.1e	1.0e-04|
f	7ff8000000000000	>-5,f	  nan|
f	3f202e7ef70994dd	<-,.1s	!ValueError: Cannot specify ',' with 's'.|
f	fff0000000000000	*>-#_.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	0=+#003.3G	+1.00E+16|
f	3fc0000000000000	x>0,.3	0.125|
f	40934a456d5cfaad	*>#003_.6%	123_456.780000%|
f	3fe0000000000000	0^+z5.%	!ValueError: Format specifier missing precision|
f	0000000000000001	=-01,.%	!ValueError: Format specifier missing precision|
f	419d6f3454000000	_>0.20e	1.23456789000000000000e+08|
f	419d6f3454000000	0^-#03_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	>+003F	-0.000010|
f	3fa999999999999a	=z#20,.0E	              5.E-02|
f	4341c37937e08000	,<+.6%	+1000000000000000000.000000%|
f	0000000000000001	x>#%	0.000000%|
f	7e37e43c8800759c	*<z01_.20F	1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.00000000000000000000|
f	0000000000000000	^#,.0F	0.|
f	3fe0000000000000	= 12.1	         0.5|
f	419d6f3454000000	0^ z8.0F	 123456789|
f	7ff8000000000000	+z_.20e	+nan|
f	3f40624dd2f1a9fc	08.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	*>#,.0	-1.e+06|
f	7ff0000000000000	+z03,.20	+inf|
f	3fc0000000000000	 z5,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	3f40624dd2f1a9fc	+#5.d	!ValueError: Format specifier missing precision|
f	3fc0000000000000	é^+5.0n	+0.1é|
f	43e56a95319d63e1	=-08,.3g	1.23e+19|
f	3fe0000000000000	x>-z0E	5.000000E-01|
f	4004000000000000	0^ z12,G	0000 2.50000|
f	7ff8000000000000	 >-5,.20E	  NAN|
f	7e37e43c8800759c	= #020,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	c132d687e4189375	0=-z#08.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	*^-#0.20	1.0000000000000000818e-05|
f	4004000000000000	 >1_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	^ 5n	 1234.57|
f	43e56a95319d63e1	 >z1.1	1e+19|
f	4480f0cf064dd592	 z12,	       1e+22|
f	7ff8000000000000	é^-1_.3	nan|
f	0000000000000001	€<#20,.0%	0.%€€€€€€€€€€€€€€€€€|
f	4480f0cf064dd592	0<#20.20F	10000000000000000000000.00000000000000000000|
f	419d6f3454000000	z03.3%	12345678900.000%|
f	3fc0000000000000	 z20,.1x	!ValueError: Cannot specify ',' with 'x'.|
f	c132d687e4189375	0^ #12_.20g	-1_234_567.8910000000615|
f	7ff0000000000000	€<-012,n	!ValueError: Cannot specify ',' with 'n'.|
f	4004000000000000	0< 12_.3	 2.500000000|
f	bf1a36e2eb1c432d	<-05,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	4023fffeb074a772	x>+z12,.g	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	,<zF	0.000100|
f	fff0000000000000	^z#8.20E	  -INF  |
f	3f202e7ef70994dd	,<+012,s	!ValueError: Cannot specify ',' with 's'.|
f	8000000000000000	*<-5_.6F	-0.000000|
f	4341c37937e08000	 >-z0.x	!ValueError: Format specifier missing precision|
f	0000000000000000	-020,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	z#020,.3	0,000,000,001.00e+16|
f	7e37e43c8800759c	*<-#.20e	1.00000000000000005250e+300|
f	419d6f3454000000	^-0.0	1e+08|
f	4341c37937e08000	é^003.12e	1.000000000000e+16|
f	7ff8000000000000	x>.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	€<05.	!ValueError: Format specifier missing precision|
f	fff0000000000000	 #012_.1s	!ValueError: Cannot specify '_' with 's'.|
f	4058ffae147ae148	#^z#03.6	99.9950|
f	0000000000000001	€<-0_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	3e8421f5f40d8376	x> 012_.e	!ValueError: Format specifier missing precision|
f	8000000000000000	>-0_.0%	-0%|
f	bee4f8b588e368f1	 >-20F	           -0.000010|
f	43e56a95319d63e1	*>_.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	*=z#.d	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	*<-,.20e	1.00000000000000005250e+300|
f	400921f9f01b866e	<12.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	*^z#12_E	1.000000E+15|
f	8000000000000000	0^z#012.G	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	#^+1.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	€<+#_.6F	+0.050000|
f	430c6bf526340000	€<+_.20%	+100_000_000_000_000_000.00000000000000000000%|
f	4004000000000000	d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	0=+#8,.1G	-00,002.|
f	4480f0cf064dd592	^ 00.E	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	*=-z#20.6%	***********0.001000%|
f	3fc0000000000000	0^ 20.6%	0000 12.500000%00000|
f	3ee4f8b588e368f1	 >,.s	!ValueError: Format specifier missing precision|
f	4341c37937e08000	é^+#03.6f	+10000000000000000.000000|
f	400921f9f01b866e	0<-z12.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f1a36e2eb1c432d	,<03,.3	0.0001|
f	8000000000000000	020.6F	-000000000000.000000|
f	400921f9f01b866e	0=+00,.6s	!ValueError: Cannot specify ',' with 's'.|
f	7e37e43c8800759c	é^,G	1E+300|
f	fff0000000000000	^ #,.20E	-INF|
f	419d6f3454000000	€< z.20%	 12345678900.00000000000000000000%|
f	3f1a36e2eb1c432d	*>z0_.6s	!ValueError: Cannot specify '_' with 's'.|
f	bf1a36e2eb1c432d	<+5,x	!ValueError: Cannot specify ',' with 'x'.|
f	7ff0000000000000	é^z#0,F	INF|
f	3e8421f5f40d8376	 >0.3	1.5e-07|
f	4480f0cf064dd592	> 00_.1f	 10_000_000_000_000_000_000_000.0|
f	bee4f8b588e368f1	*>-#0.1n	-1.e-05|
f	4005666666666666	€<+5_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	4005666666666666	+#0,F	+2.675000|
f	4005666666666666	.6e	2.675000e+00|
f	4023fffeb074a772	=+8.6E	+9.999990E+00|
f	8000000000000000	_>#20.1G	_________________-0.|
f	bee4f8b588e368f1	= ,.3g	-1e-05|
f	fff0000000000000	0=-z#0.12G	-INF|
f	fff0000000000000	0^#0_.6g	-inf|
f	430c6bf526340000	=#012,.1g	000,001.e+15|
f	4023fffeb074a772	x> .0n	 1e+01|
f	40934a456d5cfaad	*=+12.0E	+******1E+03|
f	3f40624dd2f1a9fc	 #003g	 0.000500000|
f	4341c37937e08000	*^+03,E	+1.000000E+16|
f	3ff0000000000000	0^-z00_.20f	1.00000000000000000000|
f	419d6f3454000000	€< z_.20g	 123_456_789|
f	4480f0cf064dd592	é^z012_.	!ValueError: Format specifier missing precision|
f	40fe240000000000	_>03.20G	123456|
f	3fc0000000000000	> z#12_f	    0.125000|
f	419d6f3454000000	*>+5.12	+123456789.0|
f	3ee4f8b588e368f1	x>-.20G	1.0000000000000000818E-05|
f	7e37e43c8800759c	-#,.20	1.0000000000000000525e+300|
f	3fc0000000000000	+z#1.G	!ValueError: Format specifier missing precision|
f	4004000000000000	,<+#12,.3g	+2.50,,,,,,,|
f	bf1a36e2eb1c432d	-z20.G	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	z5,	0.0005|
f	3f1a36e2eb1c432d	0^-z020,s	!ValueError: Cannot specify ',' with 's'.|
f	40934a456d5cfaad	0<-.6g	1234.57|
f	bf1a36e2eb1c432d	0<+#5.0	-0.0001|
f	8000000000000000	0^-,.E	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	#^12.	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	0^z003.6	1.23457e+19|
f	4341c37937e08000	> #1.0n	 1.e+16|
f	bff8000000000000	< z0	-1.5|
f	40fe240000000000	0< #20,e	 1.234560e+050000000|
f	3e8421f5f40d8376	#8,f	0.000000|
f	bff8000000000000	_>z,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	>12_f	        -inf|
f	3fb999999999999a	€< 0.E	!ValueError: Format specifier missing precision|
f	bff8000000000000	x>,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	3ff0000000000000	#^ 20_F	##### 1.000000######|
f	400921f9f01b866e	 >-z#,.x	!ValueError: Format specifier missing precision|
f	40fe240000000000	03,.3s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	€<0.0G	-2|
f	3fb999999999999a	*< 8,.0%	 10%****|
f	8000000000000000	 >+z.20e	+0.00000000000000000000e+00|
f	4023fffeb074a772	*< z#n	 9.99999|
f	7fefffffffffffff	^-z0_G	1.79769E+308|
f	bf1a36e2eb1c432d	*^#12,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	bf1a36e2eb1c432d	z#,.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	0< #003.6g	 123456.|
f	3ff0000000000000	_>-z#1,F	1.000000|
f	0000000000000000	8_.n	!ValueError: Format specifier missing precision|
f	3ff0000000000000	_>-z_.20F	1.00000000000000000000|
f	40934a456d5cfaad	^zF	1234.567800|
f	40fe240000000000	+z1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	0=-0.3g	4.94e-324|
f	3ee4f8b588e368f1	€<,	1e-05|
f	4023fffeb074a772	x>#1.6g	9.99999|
f	3fc0000000000000	 >#0.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	*>+012.1E	********+INF|
f	4058ffae147ae148	x>#03_.6f	99.995000|
f	40934a456d5cfaad	*<+1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff8000000000000	0^5.1E	0NAN0|
f	3f40624dd2f1a9fc	= #12.F	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	+#_.e	!ValueError: Format specifier missing precision|
f	c132d687e4189375	*>-#20.12E	*-1.234567891000E+06|
f	7e37e43c8800759c	 >+00s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ff0000000000000	*> 5,e	 1.000000e+00|
f	8000000000000000	*^#01,.20g	-0.0000000000000000000|
f	3f202e7ef70994dd	12,.0s	!ValueError: Cannot specify ',' with 's'.|
f	430c6bf526340000	=#20g	         1.00000e+15|
f	fff0000000000000	> 8.20	    -inf|
f	40fe240000000000	 >+0,.0E	+1E+05|
f	40fe240000000000	,<+#03_.6G	+123_456.|
f	3fa999999999999a	é^+#,.3	+0.0500|
f	bee4f8b588e368f1	0=#20_.1G	-00_000_000_001.E-05|
f	3fb999999999999a	0^+z00.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	é^#,.20e	-1.50000000000000000000e+00|
f	0000000000000000	0=#5.0f	0000.|
f	bf1a36e2eb1c432d	,<-020,.6	-0.0001,,,,,,,,,,,,,|
f	3ee4f8b588e368f1	*= z.s	!ValueError: Format specifier missing precision|
f	3fa999999999999a	#^#5,.3G	0.0500|
f	0000000000000001	0=+.20G	+4.9406564584124654418E-324|
f	400921f9f01b866e	= z#8.1g	      3.|
f	3f1a36e2eb1c432d	z_.1F	0.0|
f	3f202e7ef70994dd	0=.6e	1.234560e-04|
f	4023fffeb074a772	#003.3F	10.000|
f	419d6f3454000000	#^#0,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	3ee4f8b588e368f1	 >20_.1s	!ValueError: Cannot specify '_' with 's'.|
f	7fefffffffffffff	#^-#03_	1.7976931348623157e+308|
f	430c6bf526340000	 >01_.12E	1.000000000000E+15|
f	4005666666666666	x>z,.3G	2.67|
f	419d6f3454000000	*^+0.G	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	0<+03.12g	+0.0005|
f	8000000000000000	é^+z003,.1	+0e+00|
f	7ff8000000000000	#^-#0g	nan|
f	bf1a36e2eb1c432d	=z03e	-1.000000e-04|
f	4480f0cf064dd592	>03.6G	1E+22|
f	4341c37937e08000	0=8	0001e+16|
f	bee4f8b588e368f1	#03_.12	-1.00000000000e-05|
f	4058ffae147ae148	-z12.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3e8421f5f40d8376	0< z20,E	 1.500000E-070000000|
f	4480f0cf064dd592	x>5,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	#^ z#0_.%	!ValueError: Format specifier missing precision|
f	7ff8000000000000	=+z12,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	4058ffae147ae148	03.1F	100.0|
f	43e56a95319d63e1	é^ 5.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ee4f8b588e368f1	0<12.E	!ValueError: Format specifier missing precision|
f	3fb999999999999a	0^020_.12	000000000.1000000000|
f	430c6bf526340000	>z8,.0s	!ValueError: Cannot specify ',' with 's'.|
f	7fefffffffffffff	*^1,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3fb999999999999a	,<#0n	0.100000|
f	3fb999999999999a	<1_.20f	0.10000000000000000555|
f	bee4f8b588e368f1	<+z#12,.0	-1.e-05     |
f	fff0000000000000	0= 0	-inf|
f	7ff0000000000000	#^#20_.0e	########inf#########|
f	3ee4f8b588e368f1	 >-01_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	>+.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	 z,.1G	 INF|
f	40934a456d5cfaad	*> _.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	+_.0	+0.5|
f	3f202e7ef70994dd	0=z#12.G	!ValueError: Format specifier missing precision|
f	419d6f3454000000	*>-#00.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	*=-05.6f	0.000000|
f	3fb999999999999a	*=-z0.1f	0.1|
f	3ff0000000000000	z0,.6E	1.000000E+00|
f	4480f0cf064dd592	> #12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	#0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	012.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	0= 08_.x	!ValueError: Format specifier missing precision|
f	7ff0000000000000	=12_.f	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	= #08	-01.e-05|
f	3ee4f8b588e368f1	*>0,.3G	1E-05|
f	7e37e43c8800759c	+03_.12f	+1_000_000_000_000_000_052_504_760_255_204_420_248_704_468_581_108_159_154_915_854_115_511_802_457_988_908_195_786_371_375_080_447_864_043_704_443_832_883_878_176_942_523_235_360_430_575_644_792_184_786_706_982_848_387_200_926_575_803_737_830_233_794_788_090_059_368_953_234_970_799_945_081_119_038_967_640_880_074_652_742_780_142_494_579_258_788_820_056_842_838_115_669_472_196_386_865_459_400_540_160.000000000000|
f	43e56a95319d63e1	x>-z5.1g	1e+19|
f	bff8000000000000	#01s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40fe240000000000	0=+#8.1	+01.e+05|
f	430c6bf526340000	<+#1,.g	!ValueError: Format specifier missing precision|
f	3ff0000000000000	=z#003.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	,< 01.f	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	_>-00,.3	1e+02|
f	bee4f8b588e368f1	_>-#_.6	-1.00000e-05|
f	3ff0000000000000	x>#03,.12f	1.000000000000|
f	bee4f8b588e368f1	x>20.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	 >+01,.12f	+inf|
f	4005666666666666	€<#00.20e	2.67499999999999982236e+00|
f	c132d687e4189375	*^1.20	-1234567.8910000000615|
f	3f1a36e2eb1c432d	-#003.20	0.00010000000000000000479|
f	3ff0000000000000	 >8.	!ValueError: Format specifier missing precision|
f	7ff0000000000000	€<-e	inf|
f	7ff0000000000000	,<-z12_.12f	inf,,,,,,,,,|
f	3ff0000000000000	0<-d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	=z5,F	-1.500000|
f	7ff0000000000000	*^#12.3n	****inf*****|
f	4005666666666666	_>,.6F	2.675000|
f	7ff0000000000000	#1_.0%	inf%|
f	fff0000000000000	 >+_.g	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	 >-.6F	0.000000|
f	8000000000000000	,<-z#,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	3fa999999999999a	*^+z#8_.0%	**+5.%**|
f	0000000000000000	#^#08.1%	##0.0%##|
f	0000000000000001	 >-z03x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	0< 1_.	!ValueError: Format specifier missing precision|
f	4005666666666666	> 0f	 2.675000|
f	0000000000000000	*=+z#0.E	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	0< z1,.1e	 1.0e+01|
f	0000000000000001	0^20.F	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	0^012,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	8000000000000000	0^0.6f	-0.000000|
f	40934a456d5cfaad	*=-#20	***********1234.5678|
f	4058ffae147ae148	>-,.12	99.995|
f	7e37e43c8800759c	#^z01,x	!ValueError: Cannot specify ',' with 'x'.|
f	bff8000000000000	*= #5_.0E	-2.E+00|
f	3fc0000000000000	#^#20,.6	######0.125000######|
f	3fb999999999999a	x>+#20.	!ValueError: Format specifier missing precision|
f	4341c37937e08000	-08_g	0_001e+16|
f	4023fffeb074a772	=20.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7e37e43c8800759c	^ z.0G	 1E+300|
f	4023fffeb074a772	>020_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	0^#12,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	3f202e7ef70994dd	<-0.d	!ValueError: Format specifier missing precision|
f	bff8000000000000	 >#,.12f	-1.500000000000|
f	c132d687e4189375	^-z05.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	400921f9f01b866e	#^-01_.20	3.1415899999999998826|
f	4023fffeb074a772	+003.0	+1e+01|
f	0000000000000001	x>+#,.0	+5.e-324|
f	3f202e7ef70994dd	*=-08.3	0.000123|
f	7e37e43c8800759c	*^z20,.s	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*<z20_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	*^8.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	=#03_.1	-1.e+06|
f	3fc0000000000000	*=#_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	^#0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	419d6f3454000000	 >+0,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	3f1a36e2eb1c432d	_> 1_.3g	 0.0001|
f	4005666666666666	*>#5.3	*2.67|
f	7ff0000000000000	#0.	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	_>#20.6n	________-1.00000e-05|
f	3f202e7ef70994dd	,<03,.20F	0.00012345600000000001|
f	7ff8000000000000	< #0_.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	-05.6	1e-05|
f	3ee4f8b588e368f1	x>+z5,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	3fb999999999999a	*>1,.3f	0.100|
f	419d6f3454000000	*>-0,.0	1e+08|
f	3fc0000000000000	#^ #.12g	 0.125000000000|
f	8000000000000000	*^ ,.	!ValueError: Format specifier missing precision|
f	3fa999999999999a	0<+#,n	!ValueError: Cannot specify ',' with 'n'.|
f	7e37e43c8800759c	^-#8.6	1.00000e+300|
f	40934a456d5cfaad	=+5.12	+1234.5678|
f	fff0000000000000	*^-5_F	-INF*|
f	bee4f8b588e368f1	*=-20_.6	-**************1e-05|
f	3fb999999999999a	*= #1,.	!ValueError: Format specifier missing precision|
f	430c6bf526340000	é^ 12.12G	ééé 1E+15ééé|
f	3fb999999999999a	_>-z20.6e	________1.000000e-01|
f	4058ffae147ae148	*^z.d	!ValueError: Format specifier missing precision|
f	3fe0000000000000	_>z0.12%	50.000000000000%|
f	4004000000000000	03e	2.500000e+00|
f	7fefffffffffffff	1.3g	1.8e+308|
f	0000000000000001	<+#_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	+03.0F	+00|
f	0000000000000001	=-1.3f	0.000|
f	40934a456d5cfaad	*=+08,E	+1.234568E+03|
f	40fe240000000000	=+012,.6G	+000,123,456|
f	3ff0000000000000	^+z,n	!ValueError: Cannot specify ',' with 'n'.|
f	bee4f8b588e368f1	€< z1,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	4058ffae147ae148	#^-z#003.3	1.00e+02|
f	4005666666666666	> ,.6E	 2.675000E+00|
f	40934a456d5cfaad	>+01.20	+1234.5678000000000338|
f	c132d687e4189375	,<+8,.1G	-1E+06,,|
f	4023fffeb074a772	^+#8.1f	 +10.0  |
f	4004000000000000	*=-z00,x	!ValueError: Cannot specify ',' with 'x'.|
f	7e37e43c8800759c	*^-#_.1e	1.0e+300|
f	4341c37937e08000	#^-z#0F	10000000000000000.000000|
f	4341c37937e08000	003.0E	1E+16|
f	40fe240000000000	,< 20.e	!ValueError: Format specifier missing precision|
f	3fa999999999999a	*>12,.g	!ValueError: Format specifier missing precision|
f	430c6bf526340000	=_.3G	1E+15|
f	0000000000000001	*^03,F	0.000000|
f	3fc0000000000000	*<+8_f	+0.125000|
f	4005666666666666	#^01.12F	2.675000000000|
f	0000000000000001	*=z03_.1G	5E-324|
f	0000000000000001	=z.x	!ValueError: Format specifier missing precision|
f	430c6bf526340000	^ 8_.20	 1_000_000_000_000_000.0|
f	3e8421f5f40d8376	<+8_.	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*<z12.f	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*<8f	9.999990|
f	430c6bf526340000	20.20n	    1000000000000000|
f	3f1a36e2eb1c432d	 8,.1f	     0.0|
f	3f1a36e2eb1c432d	^-#5.1	0.0001|
f	fff0000000000000	,<-#12,n	!ValueError: Cannot specify ',' with 'n'.|
f	3fc0000000000000	é^08.1E	1.2E-01é|
f	3f1a36e2eb1c432d	*>#20e	********1.000000e-04|
f	40fe240000000000	#^-5n	123456|
f	7ff0000000000000	 >1_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3fa999999999999a	*<5_.20s	!ValueError: Cannot specify '_' with 's'.|
f	40934a456d5cfaad	*<1g	1234.57|
f	7fefffffffffffff	 > z03_.6%	 inf%|
f	7e37e43c8800759c	x>-1.20%	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656.00000000000000000000%|
f	4023fffeb074a772	^#012_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	 >z#5.12G	1.23456789012E+19|
f	419d6f3454000000	*>-03,x	!ValueError: Cannot specify ',' with 'x'.|
f	bff8000000000000	-1.12	-1.5|
f	7ff0000000000000	*>#0.3	inf|
f	7ff8000000000000	#^1,.3f	nan|
f	3ff0000000000000	 >00.12n	1|
f	4480f0cf064dd592	_>+12,.1E	____+1.0E+22|
f	4058ffae147ae148	_> z05.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	<1_.12G	4.94065645841E-324|
f	c132d687e4189375	,<z#5.3e	-1.235e+06|
f	0000000000000000	0<+#01e	+0.000000e+00|
f	7ff0000000000000	0<#8,.3	inf00000|
f	c132d687e4189375	x>-5.1n	-1e+06|
f	4058ffae147ae148	-1,e	9.999500e+01|
f	3fa999999999999a	,<03_.3f	0.050|
f	fff0000000000000	*^#03_.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	0^z#8.6%	100000000000000000.000000%|
f	bff8000000000000	 5g	 -1.5|
f	3fc0000000000000	-_.3n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000000	*< 08,x	!ValueError: Cannot specify ',' with 'x'.|
f	3fc0000000000000	= 00_.12E	 1.250000000000E-01|
f	bf1a36e2eb1c432d	x>-#,.0	-0.0001|
f	3fb999999999999a	0=#03,.s	!ValueError: Format specifier missing precision|
f	c132d687e4189375	^z#,.6e	-1.234568e+06|
f	400921f9f01b866e	^ #0_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4005666666666666	0=-,.1	3e+00|
f	bff8000000000000	*<+z03,F	-1.500000|
f	c132d687e4189375	#8,.3%	-123,456,789.100%|
f	3e8421f5f40d8376	*^+1G	+1.5E-07|
f	bf1a36e2eb1c432d	0,.0e	-1e-04|
f	bff8000000000000	*=z12.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	12.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	*<-0	0.5|
f	fff0000000000000	< _.	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*^-z20_.6e	****1.000000e+00****|
f	400921f9f01b866e	0^-8,.12E	3.141590000000E+00|
f	4058ffae147ae148	€<-20.20f	99.99500000000000454747|
f	bf1a36e2eb1c432d	<03.12F	-0.000100000000|
f	3ee4f8b588e368f1	*> z#08,e	 1.000000e-05|
f	0000000000000000	< z05.3e	 0.000e+00|
f	3fe0000000000000	#^20,.1f	########0.5#########|
f	0000000000000001	+,	+5e-324|
f	fff0000000000000	-.1e	-inf|
f	bf1a36e2eb1c432d	-#.E	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	*<#1,	0.0001|
f	3e8421f5f40d8376	#^ #0_.0E	 1.E-07|
f	3fb999999999999a	<#,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	3ee4f8b588e368f1	€<8_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	bf1a36e2eb1c432d	,< z_.20g	-0.00010000000000000000479|
f	bf1a36e2eb1c432d	x> 0,.0s	!ValueError: Cannot specify ',' with 's'.|
f	40934a456d5cfaad	=-0.12n	1234.5678|
f	3fa999999999999a	#^+20.6%	#####+5.000000%#####|
f	3f202e7ef70994dd	 > 8.1G	  0.0001|
f	4480f0cf064dd592	^#0,.	!ValueError: Format specifier missing precision|
f	fff0000000000000	+z#12.n	!ValueError: Format specifier missing precision|
f	40fe240000000000	x>-1F	123456.000000|
f	43e56a95319d63e1	-00,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	7fefffffffffffff	*^-#8g	1.79769e+308|
f	4004000000000000	#^_.12f	2.500000000000|
f	bee4f8b588e368f1	€<00	-1e-05|
f	7fefffffffffffff	é^+#12,G	+1.79769E+308|
f	c132d687e4189375	#^ #020_.6e	###-1.234568e+06####|
f	3ff0000000000000	 .0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	<012_.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	é^z#0_.0%	-inf%|
f	40fe240000000000	 >-12_.12E	1.234560000000E+05|
f	c132d687e4189375	0^#,.	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	*<1,.12f	0.000000150000|
f	3fb999999999999a	€<-z#,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	1.0	0.0001|
f	3fc0000000000000	*<00g	0.125|
f	0000000000000000	_>020,%	___________0.000000%|
f	fff0000000000000	^ z8,.1E	  -INF  |
f	3e8421f5f40d8376	€<+0.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	é^ z#_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	<z0.0	0e+00|
f	3fc0000000000000	-20_.20	               0.125|
f	bee4f8b588e368f1	<20.20	-1.0000000000000000818e-05|
f	4480f0cf064dd592	0^ #8.0	 1.e+220|
f	4005666666666666	#^-z01,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	7e37e43c8800759c	#03,.1e	1.0e+300|
f	3fa999999999999a	é^+0.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fb999999999999a	 >+,.20%	+10.00000000000000000000%|
f	4023fffeb074a772	^ 012,.1	000 1e+01000|
f	3fc0000000000000	x>#0_e	1.250000e-01|
f	40934a456d5cfaad	*^G	1234.57|
f	3f202e7ef70994dd	5_s	!ValueError: Cannot specify '_' with 's'.|
f	3ee4f8b588e368f1	z5_.0	1e-05|
f	3e8421f5f40d8376	*>_.G	!ValueError: Format specifier missing precision|
f	4005666666666666	<+#0,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	43e56a95319d63e1	*=#1	1.2345678901234567e+19|
f	3fa999999999999a	0<-z#0.12	0.0500000000000|
f	40fe240000000000	+z0.12g	+123456|
f	7fefffffffffffff	>-_.3s	!ValueError: Cannot specify '_' with 's'.|
f	c132d687e4189375	#^ 012_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f40624dd2f1a9fc	#^ #08n	 0.000500000|
f	3f1a36e2eb1c432d	*=12n	******0.0001|
f	fff0000000000000	> z#8_.x	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*> z5_.3e	 1.235e+03|
f	4005666666666666	0<12_s	!ValueError: Cannot specify '_' with 's'.|
f	4004000000000000	0<+12.12f	+2.500000000000|
f	7ff8000000000000	*>-.1G	NAN|
f	419d6f3454000000	#03,x	!ValueError: Cannot specify ',' with 'x'.|
f	bff8000000000000	€< #20_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fa999999999999a	0=0,G	0.05|
f	bff8000000000000	_>1.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	8000000000000000	<+8,.6E	-0.000000E+00|
f	7fefffffffffffff	^-z08,.20f	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00000000000000000000|
f	3f40624dd2f1a9fc	 > #20.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	#^ 03,g	-1.5|
f	43e56a95319d63e1	é^+03_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	€< #00.6n	 1.23457e+08|
f	0000000000000001	*^5_s	!ValueError: Cannot specify '_' with 's'.|
f	0000000000000000	*^ z#05.e	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	<0_.1%	1_000.0%|
f	bee4f8b588e368f1	 > #0_%	-0.001000%|
f	3e8421f5f40d8376	+z.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	+_.20E	+3.14158999999999988262E+00|
f	4004000000000000	*> 08s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f202e7ef70994dd	>z#00.20g	0.00012345600000000000519|
f	400921f9f01b866e	€<z020_.0	3e+00€€€€€€€€€€€€€€€|
f	40934a456d5cfaad	> 0,.12	 1,234.5678|
f	3fc0000000000000	=#01.6n	0.125000|
f	7fefffffffffffff	*=#8.6n	1.79769e+308|
f	7fefffffffffffff	>5.20e	1.79769313486231570815e+308|
f	3e8421f5f40d8376	^+z#01.20G	+1.4999999999999999321E-07|
f	3fc0000000000000	^z#1.3%	12.500%|
f	bf1a36e2eb1c432d	*^#0.3G	-0.000100|
f	3fb999999999999a	=-12G	         0.1|
f	7ff8000000000000	+05.E	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	03.	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	*^+,.1%	-0.0%|
f	4341c37937e08000	_> 020.g	!ValueError: Format specifier missing precision|
f	3fc0000000000000	 >.e	!ValueError: Format specifier missing precision|
f	4004000000000000	0^ 5,.3E	 2.500E+00|
f	bee4f8b588e368f1	*^#0%	-0.001000%|
f	7ff0000000000000	12,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000000	#.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	^-z1_.1	-2e+00|
f	3fe0000000000000	0^ z#_.3G	 0.500|
f	0000000000000001	#^-z0_n	!ValueError: Cannot specify '_' with 'n'.|
f	3fb999999999999a	*>-8_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	0=-#8_.0G	-00_002.|
f	400921f9f01b866e	é^ #003.6f	 3.141590|
f	3f202e7ef70994dd	<+#.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	0=1.12G	-0|
f	7ff8000000000000	é^-1.d	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	0^01_.6%	999.999000%|
f	3f202e7ef70994dd	 >-00.F	!ValueError: Format specifier missing precision|
f	8000000000000000	+#12_.1F	        -0.0|
f	7ff0000000000000	*^+03,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	0000000000000001	é^z12.1G	ééé5E-324ééé|
f	3f1a36e2eb1c432d	> #01s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	>_F	0.000500|
f	4023fffeb074a772	,<+#012.3	+10.0,,,,,,,|
f	4480f0cf064dd592	é^08,.s	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	_>-03.20	1.2345678901234567168e+19|
f	3e8421f5f40d8376	0= #.1%	 0.0%|
f	4005666666666666	_>-#12.6f	____2.675000|
f	c132d687e4189375	0<.	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*=1.20	1.0|
f	419d6f3454000000	+0.3n	+1.23e+08|
f	3f1a36e2eb1c432d	003.12n	0.0001|
f	430c6bf526340000	€<+1.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	8000000000000000	0=-0.20%	-0.00000000000000000000%|
f	4058ffae147ae148	é^ #01.d	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	é^z#8n	1.00000e-05|
f	0000000000000001	0< 5%	 0.000000%|
f	40fe240000000000	,<+#00_.0%	+12_345_600.%|
f	3e8421f5f40d8376	-#020.e	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	<#.G	!ValueError: Format specifier missing precision|
f	fff0000000000000	 20.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	_>-#.1%	0.0%|
f	3fe0000000000000	z012,.3F	0,000,000.500|
f	40934a456d5cfaad	^ 01,x	!ValueError: Cannot specify ',' with 'x'.|
f	fff0000000000000	,<-01.	!ValueError: Format specifier missing precision|
f	3fb999999999999a	,<-z03,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	bf1a36e2eb1c432d	0= z8,.3F	 000.000|
f	4023fffeb074a772	5_f	9.999990|
f	c132d687e4189375	*<+z020_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	3fc0000000000000	1.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4023fffeb074a772	*^-00,.1e	1.0e+01|
f	c132d687e4189375	0=-z#003,.f	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	€<8,.20F	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00000000000000000000|
f	430c6bf526340000	+#03%	+100000000000000000.000000%|
f	4005666666666666	*>z0.20f	2.67499999999999982236|
f	bf1a36e2eb1c432d	^ #F	-0.000100|
f	3f1a36e2eb1c432d	0<+05.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	0=-#01,.1g	0.5|
f	4341c37937e08000	^ 08.6G	0 1E+160|
f	4341c37937e08000	*>-z#1f	10000000000000000.000000|
f	4005666666666666	x>+03.12%	+267.500000000000%|
f	4005666666666666	0<#05.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f40624dd2f1a9fc	0< 0.0g	 0.0005|
f	40fe240000000000	*=-zs	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff0000000000000	*^+8,.1s	!ValueError: Cannot specify ',' with 's'.|
f	3e8421f5f40d8376	é^-z5G	1.5E-07|
f	4480f0cf064dd592	^+08,.F	!ValueError: Format specifier missing precision|
f	bff8000000000000	< 5,.0s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	*^#_	-1.5|
f	40fe240000000000	^+.E	!ValueError: Format specifier missing precision|
f	3fb999999999999a	,< z1,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	,<0.1	1e+08|
f	0000000000000001	_>08_.0g	__5e-324|
f	40934a456d5cfaad	_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	<z#012.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	0<+.12%	+100.000000000000%|
f	419d6f3454000000	,<+0.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	>1,.3E	4.941E-324|
f	430c6bf526340000	0^0_n	!ValueError: Cannot specify '_' with 'n'.|
f	4480f0cf064dd592	_>0.d	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	=z#8_.1g	  1.e+22|
f	8000000000000000	é^+z#8.3F	é+0.000é|
f	bff8000000000000	,<z1.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	é^-0.g	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	>-012,.1f	0000000003.1|
f	419d6f3454000000	é^+0.3F	+123456789.000|
f	7ff8000000000000	^z020_%	00000000nan%00000000|
f	400921f9f01b866e	0=-#.12e	3.141590000000e+00|
f	4004000000000000	,<-#0_.6%	250.000000%|
f	3e8421f5f40d8376	<z020.	!ValueError: Format specifier missing precision|
f	3fa999999999999a	é^+#_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	*=-20_.0g	***************1e+19|
f	4005666666666666	x>03_.0e	3e+00|
f	3f1a36e2eb1c432d	> 03.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	#^#8,.20%	0.01234559999999999998%|
f	400921f9f01b866e	#^z01	3.14159|
f	3f40624dd2f1a9fc	*<#5.1	0.0005|
f	4341c37937e08000	0^-#03.3	1.00e+16|
f	bf1a36e2eb1c432d	>-8,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	430c6bf526340000	 > #0.G	!ValueError: Format specifier missing precision|
f	7ff8000000000000	=-#012,.g	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	 .0	 1e+22|
f	430c6bf526340000	^0.n	!ValueError: Format specifier missing precision|
f	3fa999999999999a	_>+.12g	+0.05|
f	4004000000000000	-#0	2.5|
f	43e56a95319d63e1	20.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	0= #20_.1E	 0_000_000_001.2E+05|
f	3fe0000000000000	*^#01_.d	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	0=#12.1%	000000000.0%|
f	4058ffae147ae148	*>-,.1F	100.0|
f	3fa999999999999a	-#,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	x>-z003,.1F	0.0|
f	4341c37937e08000	,<#5	1.e+16|
f	419d6f3454000000	-0_.12e	1.234567890000e+08|
f	40fe240000000000	é^z#03_f	123_456.000000|
f	4023fffeb074a772	-08.0%	0001000%|
f	3fb999999999999a	=05.6	000.1|
f	3ff0000000000000	0^ 05x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	+#8	    +2.5|
f	4005666666666666	_>z020.F	!ValueError: Format specifier missing precision|
f	7ff0000000000000	*>+0.1f	+inf|
f	3f202e7ef70994dd	#^+#20.d	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	,< 08_e	 5.000000e-04|
f	3f202e7ef70994dd	*^12.12n	0.000123456*|
f	fff0000000000000	_>03,	-inf|
f	4058ffae147ae148	é^+0_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	>.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fc0000000000000	=8_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	#^-00.20e	1.00000000000000000000e+22|
f	3f40624dd2f1a9fc	*<+#,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	3ff0000000000000	=-08_.12%	100.000000000000%|
f	7ff0000000000000	*^0.0	inf|
f	4480f0cf064dd592	*^ 12_	*** 1e+22***|
f	4341c37937e08000	^1_.12G	1E+16|
f	3f1a36e2eb1c432d	 >12.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	0<+#05.12%	+0.000000000000%|
f	3e8421f5f40d8376	< 1.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	fff0000000000000	_>-_.3F	-INF|
f	4341c37937e08000	*=+#_.0g	+1.e+16|
f	7e37e43c8800759c	*^#12.20e	1.00000000000000005250e+300|
f	4341c37937e08000	^+0.12f	+10000000000000000.000000000000|
f	4058ffae147ae148	0<z1F	99.995000|
f	3f202e7ef70994dd	=1_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	400921f9f01b866e	5.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	-#03,.0E	1.E+15|
f	3f202e7ef70994dd	=-12_.12E	1.234560000000E-04|
f	0000000000000000	0= #05,.3	 0.00|
f	3f202e7ef70994dd	0^0_s	!ValueError: Cannot specify '_' with 's'.|
f	430c6bf526340000	*> 08.0G	** 1E+15|
f	bf1a36e2eb1c432d	*=00.1	-0.0001|
f	bf1a36e2eb1c432d	 >x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	<5.20	0.0  |
f	3fc0000000000000	z#0,.E	!ValueError: Format specifier missing precision|
f	3ff0000000000000	^g	1|
f	3f40624dd2f1a9fc	x> z8.s	!ValueError: Format specifier missing precision|
f	430c6bf526340000	#^+0.1	+1e+15|
f	7e37e43c8800759c	0^ 012,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	40934a456d5cfaad	 >+1.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f1a36e2eb1c432d	_>z#.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	x>03,.3G	1E+22|
f	3fe0000000000000	0^ z#01_.f	!ValueError: Format specifier missing precision|
f	fff0000000000000	,<-z1.x	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	>-z5g	1e+22|
f	3fa999999999999a	,<+z#1.12n	+0.0500000000000|
f	40fe240000000000	=+8_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	,	0.5|
f	419d6f3454000000	*<-020,.12g	123,456,789*********|
f	3fb999999999999a	€<03_s	!ValueError: Cannot specify '_' with 's'.|
f	8000000000000000	+g	-0|
f	7ff8000000000000	-#08,.1E	00000NAN|
f	3fc0000000000000	x>+0	+0.125|
f	4480f0cf064dd592	 >+05.6F	+10000000000000000000000.000000|
f	4480f0cf064dd592	#^-z#03.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	#20_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	,<8.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	= z#1_.d	!ValueError: Format specifier missing precision|
f	3fb999999999999a	0= #1G	 0.100000|
f	8000000000000000	#.3G	-0.00|
f	4480f0cf064dd592	é^-0_.	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	x>05.12g	0.000123456|
f	419d6f3454000000	.1G	1E+08|
f	3fe0000000000000	é^-#1,.12F	0.500000000000|
f	430c6bf526340000	é^0_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f40624dd2f1a9fc	_>#5.1f	__0.0|
f	43e56a95319d63e1	_>z1_n	!ValueError: Cannot specify '_' with 'n'.|
f	bff8000000000000	+0.20g	-1.5|
f	3f1a36e2eb1c432d	< z8_.20E	 1.00000000000000004792E-04|
f	7ff8000000000000	é^ #0.20%	 nan%|
f	3fe0000000000000	>#5.12F	0.500000000000|
f	4005666666666666	0=003_.20s	!ValueError: Cannot specify '_' with 's'.|
f	3e8421f5f40d8376	<+#03,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	3ee4f8b588e368f1	<#003.12	1.00000000000e-05|
f	3ee4f8b588e368f1	>-1.0e	1e-05|
f	40934a456d5cfaad	0= 01.3n	 1.23e+03|
f	40fe240000000000	 12_.3F	 123_456.000|
f	7ff0000000000000	 >z003.20%	inf%|
f	8000000000000000	,< 1_.0f	-0|
f	430c6bf526340000	_>5.0n	1e+15|
f	43e56a95319d63e1	0^ z#0.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	€<,	0.05|
f	7e37e43c8800759c	= #1,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	c132d687e4189375	é^ #20F	éé-1234567.891000ééé|
f	430c6bf526340000	*>z#.20g	1000000000000000.0000|
f	fff0000000000000	z#05.0F	-0INF|
f	0000000000000001	#^0_n	!ValueError: Cannot specify '_' with 'n'.|
f	3fc0000000000000	0< #01.0F	 0.|
f	3fb999999999999a	€<-_.20s	!ValueError: Cannot specify '_' with 's'.|
f	419d6f3454000000	é^01_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	 > #5,.6g	 1.50000e-07|
f	43e56a95319d63e1	+#.12G	+1.23456789012E+19|
f	3fa999999999999a	*= #.6E	 5.000000E-02|
f	3f1a36e2eb1c432d	0=-05,n	!ValueError: Cannot specify ',' with 'n'.|
f	4005666666666666	> #1_.6	 2.67500|
f	4341c37937e08000	^ #0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	 >-020,.1f	        -1,234,567.9|
f	fff0000000000000	z12.e	!ValueError: Format specifier missing precision|
f	0000000000000000	=z20,.20	                 0.0|
f	4341c37937e08000	#^-z5.3g	1e+16|
f	bf1a36e2eb1c432d	*<5.1G	-0.0001|
f	bff8000000000000	,<#.20	-1.5000000000000000000|
f	3fb999999999999a	x>#12,.1G	xxxxxxxxx0.1|
f	3f1a36e2eb1c432d	+z20_.12E	 +1.000000000000E-04|
f	3fe0000000000000	x> 1.e	!ValueError: Format specifier missing precision|
f	7ff8000000000000	 #8_.6s	!ValueError: Cannot specify '_' with 's'.|
f	4023fffeb074a772	,<08.20	9.9999900000000003786|
f	7ff0000000000000	^+5.3g	+inf |
f	3fc0000000000000	0<12,.12e	1.250000000000e-01|
f	3ee4f8b588e368f1	z#12.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	*^+.6e	+1.797693e+308|
f	7fefffffffffffff	#.0n	2.e+308|
f	3ee4f8b588e368f1	0=z_.20e	1.00000000000000008180e-05|
f	40fe240000000000	<08f	123456.000000|
f	fff0000000000000	 003.3g	-inf|
f	43e56a95319d63e1	^ 00,.1x	!ValueError: Cannot specify ',' with 'x'.|
f	3fc0000000000000	*=-012_.0E	*******1E-01|
f	c132d687e4189375	0=-08%	-123456789.100000%|
f	400921f9f01b866e	#^-01,.12G	3.14159|
f	3ee4f8b588e368f1	é^1.20	1.0000000000000000818e-05|
f	43e56a95319d63e1	 z#8.3	 1.23e+19|
f	43e56a95319d63e1	<#1_.0F	12_345_678_901_234_567_168.|
f	400921f9f01b866e	é^012F	éé3.141590éé|
f	3fc0000000000000	*<-z5E	1.250000E-01|
f	40fe240000000000	^-#03.3n	1.23e+05|
f	7fefffffffffffff	z003_.0g	2e+308|
f	0000000000000000	*<z#1.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	-#0_.0E	5.E-324|
f	3f1a36e2eb1c432d	,< #0,.0e	 1.e-04|
f	4005666666666666	x>#020x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	#0.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	0<#020.20	9.9999900000000003786|
f	430c6bf526340000	*> 0_.3s	!ValueError: Cannot specify '_' with 's'.|
f	430c6bf526340000	*=01_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	3fe0000000000000	^+#003.6f	+0.500000|
f	3e8421f5f40d8376	*< 0.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	^z0.0	1e+03|
f	4023fffeb074a772	€<#5.6f	9.999990|
f	fff0000000000000	*^#03.0E	-INF|
f	400921f9f01b866e	0=+12.1	+0000003e+00|
f	0000000000000000	^ 12.20f	 0.00000000000000000000|
f	3f40624dd2f1a9fc	0^+z5_.x	!ValueError: Format specifier missing precision|
f	3ff0000000000000	€<-.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	^-20_.G	!ValueError: Format specifier missing precision|
f	fff0000000000000	€< 00_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	7fefffffffffffff	0<+g	+1.79769e+308|
f	7fefffffffffffff	= 03,.3f	 179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000|
f	4004000000000000	<0,.6F	2.500000|
f	bee4f8b588e368f1	>-#5.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	€<+#03.6F	-0.000010|
f	4005666666666666	<-5,.3e	2.675e+00|
f	3f202e7ef70994dd	=0.12F	0.000123456000|
f	4341c37937e08000	>+z01_n	!ValueError: Cannot specify '_' with 'n'.|
f	3fe0000000000000	.6E	5.000000E-01|
f	4341c37937e08000	*>z1.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	*=z#20g	*****************inf|
f	8000000000000000	<#0.12n	-0.00000000000|
f	0000000000000000	0<+012s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	é^+z8,e	+4.940656e-324|
f	bff8000000000000	é^+00,.F	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	,<012_.0f	0,,,,,,,,,,,|
f	43e56a95319d63e1	^-003g	1.23457e+19|
f	7ff0000000000000	0<z00.1	inf|
f	0000000000000000	0<+5,	+0.00|
f	3fa999999999999a	 >+#0_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	400921f9f01b866e	,<+#12.x	!ValueError: Format specifier missing precision|
f	8000000000000000	x>-z.6E	0.000000E+00|
f	3fe0000000000000	0<z#12.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	 12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fa999999999999a	0<-,.6%	5.000000%|
f	430c6bf526340000	0^-#1.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	=#08f	0.125000|
f	4005666666666666	é^-012.3g	éééé2.67éééé|
f	40fe240000000000	z#8.1F	123456.0|
f	430c6bf526340000	z#012_.20f	1_000_000_000_000_000.00000000000000000000|
f	3fa999999999999a	*^+0.1n	+0.05|
f	3fa999999999999a	#^-z#03_.0F	0.#|
f	4341c37937e08000	0= 12.d	!ValueError: Format specifier missing precision|
f	c132d687e4189375	x>+020_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7fefffffffffffff	*>+12.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	€<-z#01,	0.1|
f	40fe240000000000	#^-0g	123456|
f	40934a456d5cfaad	,< 012.3G	 1.23E+03,,,|
f	3ee4f8b588e368f1	0<z08.0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	é^+012e	+1.234568e+03|
f	8000000000000000	*< 08_e	-0.000000e+00|
f	3e8421f5f40d8376	*^z003,.0g	1e-07|
f	3fb999999999999a	_>0.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	€<#5,x	!ValueError: Cannot specify ',' with 'x'.|
f	40fe240000000000	0<003.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	<-#5,s	!ValueError: Cannot specify ',' with 's'.|
f	3fa999999999999a	x>z1,.6g	0.05|
f	43e56a95319d63e1	8_G	1.23457E+19|
f	4480f0cf064dd592	#^+12.1G	###+1E+22###|
f	4058ffae147ae148	*>+05_.1e	+1.0e+02|
f	3fa999999999999a	*=-12.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fb999999999999a	>-020_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	é^-5,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	400921f9f01b866e	*^z12.3F	***3.142****|
f	3fe0000000000000	<+20.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff0000000000000	*^#1,.1G	INF|
f	7fefffffffffffff	_>+0.0	+2e+308|
f	4004000000000000	< z05.20f	 2.50000000000000000000|
f	40934a456d5cfaad	-#01_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	 12.20g	 1.0000000000000000818e-05|
f	7ff0000000000000	€<#_.6F	INF|
f	bf1a36e2eb1c432d	+#.0g	-0.0001|
f	3fc0000000000000	x>-5x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	>#5,.	!ValueError: Format specifier missing precision|
f	430c6bf526340000	0< ,.20	 1,000,000,000,000,000.0|
f	400921f9f01b866e	€< 03,	 3.14159|
f	419d6f3454000000	0=8e	1.234568e+08|
f	3fb999999999999a	z,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	0^ 1,.x	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	= z5.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bee4f8b588e368f1	^0G	-1E-05|
f	7e37e43c8800759c	€<-#5,.	!ValueError: Format specifier missing precision|
f	3fa999999999999a	é^-z20f	éééééé0.050000éééééé|
f	3fb999999999999a	-_.20E	1.00000000000000005551E-01|
f	3fe0000000000000	*^+#0,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	fff0000000000000	^z01.1e	-inf|
f	3ee4f8b588e368f1	0=+z#03.20e	+1.00000000000000008180e-05|
f	bff8000000000000	0<#.f	!ValueError: Format specifier missing precision|
f	fff0000000000000	^08.0G	00-INF00|
f	0000000000000001	=08.20n	4.9406564584124654418e-324|
f	3f202e7ef70994dd	é^ 020_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	< 020.1g	 1000000000000000000|
f	3fe0000000000000	x>#05_.3F	0.500|
f	7e37e43c8800759c	< #20.12f	 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000000000|
f	40fe240000000000	0=-z#0.20n	123456.00000000000000|
f	3fb999999999999a	0,.	!ValueError: Format specifier missing precision|
f	3ff0000000000000	+z#003_.d	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	*<+8.6	+0.000123456|
f	3f40624dd2f1a9fc	=-05,.e	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	€<-01n	0.0005|
f	3f202e7ef70994dd	_>+#01,.3E	+1.235E-04|
f	8000000000000000	^#20.s	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	0=#020_F	0_000_000_000.000123|
f	3f40624dd2f1a9fc	0=0.20E	5.00000000000000010408E-04|
f	bf1a36e2eb1c432d	*= z12.%	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	^0,G	0.000123456|
f	7ff8000000000000	*<z#12,.n	!ValueError: Format specifier missing precision|
f	bff8000000000000	 >020.6%	        -150.000000%|
f	3f202e7ef70994dd	#^-z#12.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4058ffae147ae148	x>-012,s	!ValueError: Cannot specify ',' with 's'.|
f	7fefffffffffffff	*<-z20%	inf%****************|
f	c132d687e4189375	#20_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	c132d687e4189375	^-z.12f	-1234567.891000000061|
f	3ff0000000000000	*>-z03_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	4005666666666666	-#20.6F	            2.675000|
f	3f202e7ef70994dd	é^#0_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff8000000000000	#^+_.12s	!ValueError: Cannot specify '_' with 's'.|
f	430c6bf526340000	0=#03_.20f	1_000_000_000_000_000.00000000000000000000|
f	40934a456d5cfaad	x> #,G	 1,234.57|
f	3f1a36e2eb1c432d	-5.12g	0.0001|
f	3fc0000000000000	,< 00,.6s	!ValueError: Cannot specify ',' with 's'.|
f	4005666666666666	+z#003,.3F	+2.675|
f	40fe240000000000	+#1.3g	+1.23e+05|
f	bee4f8b588e368f1	^8_.20f	-0.00001000000000000000|
f	430c6bf526340000	> 20,E	        1.000000E+15|
f	40934a456d5cfaad	*<+z05.20	+1234.5678000000000338|
f	bee4f8b588e368f1	^-#_n	!ValueError: Cannot specify '_' with 'n'.|
f	3ff0000000000000	0<003_	1.0|
f	7ff8000000000000	é^+#00.6n	+nan|
f	40934a456d5cfaad	x>020.3	xxxxxxxxxxxx1.23e+03|
f	bff8000000000000	*<+z5,	-1.5*|
f	3f1a36e2eb1c432d	>0e	1.000000e-04|
f	4005666666666666	#,.12f	2.675000000000|
f	3f1a36e2eb1c432d	0=z00_.1f	0.0|
f	40fe240000000000	€<08,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3fe0000000000000	0<#012,.3s	!ValueError: Cannot specify ',' with 's'.|
f	7ff8000000000000	*^8,.3s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	08_.E	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	,< 1,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	8000000000000000	*>-#0F	-0.000000|
f	40934a456d5cfaad	+#1_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	4341c37937e08000	#^20_s	!ValueError: Cannot specify '_' with 's'.|
f	bee4f8b588e368f1	,<-08_.12g	-1e-05,,|
f	3ee4f8b588e368f1	0<z#8_g	1.00000e-05|
f	3fb999999999999a	0=z03F	0.100000|
f	3ff0000000000000	0<12.20g	100000000000|
f	0000000000000000	_>+#03_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	^+#20.3g	        +inf        |
f	bf1a36e2eb1c432d	=-0,.3f	-0.000|
f	7fefffffffffffff	 0,.12f	 179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000000000000|
f	4005666666666666	é^z#03,.n	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	>#12g	 0.000100000|
f	bee4f8b588e368f1	€<-z0_.6n	!ValueError: Cannot specify '_' with 'n'.|
f	bf1a36e2eb1c432d	>-z05.20n	-0.00010000000000000000479|
f	40fe240000000000	=#,.1e	1.2e+05|
f	3f40624dd2f1a9fc	*^#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	 >-020,.20G	4.9406564584124654418E-324|
f	4058ffae147ae148	#^0_.%	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	0< #,f	 0.000010|
f	7fefffffffffffff	 > 03_.20%	 inf%|
f	3f202e7ef70994dd	x>z#,.3	0.000123|
f	c132d687e4189375	x>+#0_.1%	-123_456_789.1%|
f	40934a456d5cfaad	^-#12_.3%	123_456.780%|
f	7e37e43c8800759c	€<+z1.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	+0.3G	+0.125|
f	400921f9f01b866e	*<z20,.1s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	*<-8_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	^+z#03,E	+1.000000E-04|
f	4004000000000000	*^-E	2.500000E+00|
f	430c6bf526340000	*>8.20%	100000000000000000.00000000000000000000%|
f	bee4f8b588e368f1	*>-08_.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	0<+01.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	é^,.20	1e+22|
f	3fc0000000000000	^1,.0g	0.1|
f	40934a456d5cfaad	0<-#20,.	!ValueError: Format specifier missing precision|
f	c132d687e4189375	*<#0_E	-1.234568E+06|
f	0000000000000000	€<020_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	0^ 020,.E	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	=-01_.3%	1_234_567_890_123_456_774_144.000%|
f	7e37e43c8800759c	0=03_.1e	1.0e+300|
f	7ff0000000000000	€<+.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	=-03.3E	1.000E-05|
f	7ff8000000000000	=+z00,.12E	+NAN|
f	40fe240000000000	 >#03.20g	123456.00000000000000|
f	bee4f8b588e368f1	*^ 8,.3	*-1e-05*|
f	bee4f8b588e368f1	0=.3E	-1.000E-05|
f	7fefffffffffffff	-5,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	430c6bf526340000	=+0_.3%	+100_000_000_000_000_000.000%|
f	3fb999999999999a	<012s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ee4f8b588e368f1	0=+.0E	+1E-05|
f	40fe240000000000	 > .E	!ValueError: Format specifier missing precision|
f	bff8000000000000	 020_.0e	-000_000_000_002e+00|
f	3fe0000000000000	#^ z03,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	=z0_.1g	1e+15|
f	3fb999999999999a	é^ #20.20F	 0.10000000000000000555|
f	40934a456d5cfaad	< z1_.20E	 1.23456780000000003383E+03|
f	3fe0000000000000	=+z#12.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff8000000000000	*<+0,.12E	+NAN|
f	3f40624dd2f1a9fc	#^z#08n	0.000500000|
f	7ff8000000000000	_>+8_.%	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	-z#,.20E	-1.00000000000000008180E-05|
f	3fe0000000000000	_>-z.1g	0.5|
f	3f202e7ef70994dd	*> 05.3F	 0.000|
f	4004000000000000	 03,.20E	 2.50000000000000000000E+00|
f	c132d687e4189375	0=0,.12	-1,234,567.891|
f	3e8421f5f40d8376	#^+0E	+1.500000E-07|
f	4004000000000000	^-z08,.d	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	,<-05.20E	1.00000000000000005250E+300|
f	7fefffffffffffff	#^#1_.6f	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368.000000|
f	4023fffeb074a772	> #00,.20	 9.9999900000000003786|
f	bf1a36e2eb1c432d	>-0_.0%	-0%|
f	7ff0000000000000	#^ z#003.1n	 inf|
f	3ee4f8b588e368f1	0< #01_.x	!ValueError: Format specifier missing precision|
f	8000000000000000	0=#05.6e	-0.000000e+00|
f	7ff0000000000000	x>-05.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	€<-z.12E	-1.234567891000E+06|
f	7e37e43c8800759c	*>03n	1e+300|
f	3fb999999999999a	_>#8,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	€<5,G	1E+22|
f	3fa999999999999a	*<-z#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7fefffffffffffff	=-,.20	1.7976931348623157081e+308|
f	bff8000000000000	 >8.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4005666666666666	=#12f	    2.675000|
f	3fe0000000000000	_>5,.3e	5.000e-01|
f	0000000000000000	>-,.E	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*<#1.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	400921f9f01b866e	*= z#20,.6F	 ***********3.141590|
f	3fa999999999999a	#0_.f	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	*^+00,	+1.2345678901234567e+19|
f	3fb999999999999a	*=05.12%	10.000000000000%|
f	3ff0000000000000	0=#020_.3%	000_000_000_100.000%|
f	bee4f8b588e368f1	*=08_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	+0,F	-0.000010|
f	3e8421f5f40d8376	-0_.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	*^0,.12	-1,234,567.891|
f	4480f0cf064dd592	#^+z5_.3F	+10_000_000_000_000_000_000_000.000|
f	400921f9f01b866e	*<05.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	 z20.6g	               1e+16|
f	fff0000000000000	 > #1_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3e8421f5f40d8376	x> 03,F	 0.000000|
f	4023fffeb074a772	*^+03,.3F	+10.000|
f	4005666666666666	0^ z,.3	 2.67|
f	0000000000000001	#12.1F	         0.0|
f	4023fffeb074a772	*<-#1,.0e	1.e+01|
f	40934a456d5cfaad	^8_.12	1_234.5678|
f	3ff0000000000000	x>z#.12f	1.000000000000|
f	7fefffffffffffff	*^ 020_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	é^0.6E	1.000000E-04|
f	7ff8000000000000	€<+#012.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fb999999999999a	^-0_n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000000	=z.1	0e+00|
f	3fe0000000000000	<#%	50.000000%|
f	4480f0cf064dd592	<1.6n	1e+22|
f	40fe240000000000	*>-z#,	123,456.0|
f	40fe240000000000	_>-1,.0f	123,456|
f	3ee4f8b588e368f1	*=#03_f	0.000010|
f	3f40624dd2f1a9fc	#^z#5,.0G	0.0005|
f	bf1a36e2eb1c432d	=+#5F	-0.000100|
f	0000000000000000	*>+z05.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4004000000000000	-8.f	!ValueError: Format specifier missing precision|
f	40fe240000000000	<+z00_.g	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	,<012,.	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	 > #.3n	 1.00|
f	3f202e7ef70994dd	*>z#0.3n	0.000123|
f	3f1a36e2eb1c432d	#^+#5_.6s	!ValueError: Cannot specify '_' with 's'.|
f	fff0000000000000	0=+z12,g	-00000000inf|
f	c132d687e4189375	^#1.20g	-1234567.8910000000615|
f	4005666666666666	x> z003,	 2.675|
f	40934a456d5cfaad	 z12_.	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	0^-12,.6E	5.000000E-04|
f	40fe240000000000	_>+z0_.1s	!ValueError: Cannot specify '_' with 's'.|
f	4058ffae147ae148	E	9.999500E+01|
f	400921f9f01b866e	*^#_.3	3.14|
f	8000000000000000	#003_	-0.0|
f	3e8421f5f40d8376	^ #8.3f	  0.000 |
f	7ff8000000000000	=-8,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	40fe240000000000	<-z#.6	1.23456e+05|
f	4023fffeb074a772	€<+5_n	!ValueError: Cannot specify '_' with 'n'.|
f	8000000000000000	-#00_.12	-0.00000000000|
f	7e37e43c8800759c	+#8d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000001	0.6g	4.94066e-324|
f	3e8421f5f40d8376	x>20,.s	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*^-z03.20	1234.5678000000000338|
f	8000000000000000	*=20_.1%	-***************0.0%|
f	0000000000000000	,<z08,.3n	!ValueError: Cannot specify ',' with 'n'.|
f	3f40624dd2f1a9fc	x>00.0G	0.0005|
f	7ff8000000000000	 >-1n	nan|
f	3ee4f8b588e368f1	<z012.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	*> 03,E	 9.999990E+00|
f	3e8421f5f40d8376	*=#03.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	+12,F	   +0.000000|
f	43e56a95319d63e1	*=+20f	+12345678901234567168.000000|
f	7ff0000000000000	0=+#20_.6f	+0000000000000000inf|
f	40fe240000000000	-#5.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	43e56a95319d63e1	#^ 8	 1.2345678901234567e+19|
f	0000000000000000	0= z0,	 0.0|
f	3e8421f5f40d8376	€<+12,%	+0.000015%€€|
f	3fb999999999999a	<#g	0.100000|
f	3fb999999999999a	é^+#0.6g	+0.100000|
f	3fb999999999999a	0^0,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	3f202e7ef70994dd	 >0.0	0.0001|
f	bf1a36e2eb1c432d	<-z.0G	-0.0001|
f	3f202e7ef70994dd	*^z#0,.20	0.00012345600000000000519|
f	fff0000000000000	*=+003.6E	-INF|
f	3fc0000000000000	 #8.12F	 0.125000000000|
f	3f40624dd2f1a9fc	*>0.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	*= 1_.6g	 1e+16|
f	4480f0cf064dd592	-20.12e	  1.000000000000e+22|
f	3ff0000000000000	*> ,.f	!ValueError: Format specifier missing precision|
f	430c6bf526340000	*<#0_	1_000_000_000_000_000.0|
f	3fe0000000000000	é^#5_.20e	5.00000000000000000000e-01|
f	0000000000000001	-#03.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	*^0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	x>-003,.	!ValueError: Format specifier missing precision|
f	3fe0000000000000	_>+00.12e	+5.000000000000e-01|
f	4004000000000000	+1.F	!ValueError: Format specifier missing precision|
f	3fa999999999999a	>z08,.1%	00005.0%|
f	3fa999999999999a	*^ .6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	 >-#.1F	-INF|
f	3f40624dd2f1a9fc	é^003,.G	!ValueError: Format specifier missing precision|
f	c132d687e4189375	€<-20,%	-123,456,789.100000%|
f	40fe240000000000	,<,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4058ffae147ae148	€< 0x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	x>+5,G	+0.125|
f	7fefffffffffffff	=-z0_.12G	1.79769313486E+308|
f	4023fffeb074a772	#^ .E	!ValueError: Format specifier missing precision|
f	7ff8000000000000	-0.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	43e56a95319d63e1	-z8.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000000	*>+0f	+0.000000|
f	3fc0000000000000	 20.n	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	+zf	-0.000010|
f	bf1a36e2eb1c432d	0<+#0_.1g	-0.0001|
f	419d6f3454000000	€<00.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f1a36e2eb1c432d	1G	0.0001|
f	400921f9f01b866e	*< 1,.3f	 3.142|
f	3fc0000000000000	*<-08_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	3fb999999999999a	<-z020.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	*=-03f	10000000000000000000000.000000|
f	fff0000000000000	€< 01,.12	-inf|
f	c132d687e4189375	^003_.G	!ValueError: Format specifier missing precision|
f	3fa999999999999a	 >-00.3f	0.050|
f	4341c37937e08000	 > 01_.0e	 1e+16|
f	40fe240000000000	#.12E	1.234560000000E+05|
f	0000000000000000	0=12.6	0000000000.0|
f	430c6bf526340000	0<-0,.3	1e+15|
f	4480f0cf064dd592	x>+08	xx+1e+22|
f	3f40624dd2f1a9fc	*<-1.%	!ValueError: Format specifier missing precision|
f	bff8000000000000	€<+20_.12g	-1.5€€€€€€€€€€€€€€€€|
f	7fefffffffffffff	*=-#0_.1F	179_769_313_486_231_570_814_527_423_731_704_356_798_070_567_525_844_996_598_917_476_803_157_260_780_028_538_760_589_558_632_766_878_171_540_458_953_514_382_464_234_321_326_889_464_182_768_467_546_703_537_516_986_049_910_576_551_282_076_245_490_090_389_328_944_075_868_508_455_133_942_304_583_236_903_222_948_165_808_559_332_123_348_274_797_826_204_144_723_168_738_177_180_919_299_881_250_404_026_184_124_858_368.0|
f	3fa999999999999a	<z,.20s	!ValueError: Cannot specify ',' with 's'.|
f	4005666666666666	*<-#0.12F	2.675000000000|
f	7e37e43c8800759c	*=+#0,%	+100,000,000,000,000,007,629,703,079,084,894,925,347,346,855,150,656,811,701,601,734,206,211,380,288,125,794,484,142,188,964,691,784,076,639,747,577,138,548,761,372,210,387,844,799,938,291,815,611,350,519,830,750,167,649,856,488,981,626,536,368,095,414,607,314,235,151,058,373,458,986,890,825,155,659,063,617,715,863,205,282,622,390,509,284,183,439,858,617,103,083,735,673,849,899,204,570,498,157,510,656.000000%|
f	3fb999999999999a	> F	 0.100000|
f	bff8000000000000	#^-z#03e	-1.500000e+00|
f	bff8000000000000	,<012.F	!ValueError: Format specifier missing precision|
f	3fe0000000000000	x>-#12,	xxxxxxxxx0.5|
f	bee4f8b588e368f1	*>03.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4005666666666666	*>#0,s	!ValueError: Cannot specify ',' with 's'.|
f	8000000000000000	<-00.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	*>-0,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	0^03_.g	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	 >-0_.0e	1e+22|
f	bf1a36e2eb1c432d	0^.0E	-1E-04|
f	430c6bf526340000	0^-20.12	00000001e+1500000000|
f	7ff0000000000000	>01_.6	inf|
f	3ff0000000000000	=00.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	=+#8_.3	+  0.500|
f	4023fffeb074a772	>-#E	9.999990E+00|
f	3fe0000000000000	0= 00s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000001	0=#003,.3G	4.94E-324|
f	3fc0000000000000	*^05,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	7ff0000000000000	x> 00_.6g	 inf|
f	4341c37937e08000	08.	!ValueError: Format specifier missing precision|
f	430c6bf526340000	*^#,.0s	!ValueError: Cannot specify ',' with 's'.|
f	40fe240000000000	 z#20.12%	 12345600.000000000000%|
f	3f1a36e2eb1c432d	€< 003.20	 0.00010000000000000000479|
f	3f1a36e2eb1c432d	0^z#003_.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	+z5.20E	+1.23456000000000000000E+05|
f	3fe0000000000000	#^ #0_.f	!ValueError: Format specifier missing precision|
f	3ff0000000000000	*^ z#012F	* 1.000000**|
f	3f40624dd2f1a9fc	*=-,.6E	5.000000E-04|
f	8000000000000000	*^z8,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	< 01,E	 1.000000E+15|
f	3f202e7ef70994dd	0^+#5.e	!ValueError: Format specifier missing precision|
f	7ff8000000000000	x> 012_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	^-#.6g	1.00000e+15|
f	bf1a36e2eb1c432d	,<-08_F	-0.000100|
f	bf1a36e2eb1c432d	é^-_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	 >z#01.G	!ValueError: Format specifier missing precision|
f	3fe0000000000000	0^+z_.s	!ValueError: Format specifier missing precision|
f	4341c37937e08000	#^+z01.6G	+1E+16|
f	419d6f3454000000	<-z#01.1%	12345678900.0%|
f	419d6f3454000000	=+20_.20G	+        123_456_789|
f	3fa999999999999a	x>z1,n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000001	+.6%	+0.000000%|
f	0000000000000000	,<#_.20%	0.00000000000000000000%|
f	430c6bf526340000	,<#012n	1.00000e+15,|
f	0000000000000000	+z#_.0	+0.e+00|
f	0000000000000000	*<20.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	#1_.	!ValueError: Format specifier missing precision|
f	bff8000000000000	*> #8_G	-1.50000|
f	3ff0000000000000	*=#5.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	=#.G	!ValueError: Format specifier missing precision|
f	4004000000000000	x>+00.6f	+2.500000|
f	430c6bf526340000	z#012,.3g	0,001.00e+15|
f	40934a456d5cfaad	^-01g	1234.57|
f	3fa999999999999a	0<-z#_.6E	5.000000E-02|
f	3fe0000000000000	0<1n	0.5|
f	4341c37937e08000	0= #0.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3f1a36e2eb1c432d	_>#1,.12	0.000100000000000|
f	4480f0cf064dd592	+#12.3	   +1.00e+22|
f	0000000000000001	00%	0.000000%|
f	3e8421f5f40d8376	 #5_.1s	!ValueError: Cannot specify '_' with 's'.|
f	3fa999999999999a	0=-012_e	5.000000e-02|
f	40934a456d5cfaad	x>03.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	 #01.0g	-2.|
f	430c6bf526340000	0<#8_.1g	1.e+1500|
f	4480f0cf064dd592	*=-#0,s	!ValueError: Cannot specify ',' with 's'.|
f	419d6f3454000000	*>+#_.1%	+12_345_678_900.0%|
f	4480f0cf064dd592	< z0,.1%	 999,999,999,999,999,983,222,784.0%|
f	0000000000000000	1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	0<+#08,.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	 z12,.%	!ValueError: Format specifier missing precision|
f	3ff0000000000000	+12.g	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	= z8.g	!ValueError: Format specifier missing precision|
f	bff8000000000000	=+z0.20g	-1.5|
f	bff8000000000000	12.20e	-1.50000000000000000000e+00|
f	3ff0000000000000	*=+#F	+1.000000|
f	40fe240000000000	0=#12,.6E	1.234560E+05|
f	0000000000000000	x>-12F	xxxx0.000000|
f	3e8421f5f40d8376	0^_.%	!ValueError: Format specifier missing precision|
f	7ff0000000000000	>.6%	inf%|
f	bf1a36e2eb1c432d	é^+_.6g	-0.0001|
f	7ff0000000000000	<-#05x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	> #12.6G	     2.67500|
f	4341c37937e08000	0=5_.3G	1E+16|
f	3fe0000000000000	^8_.3%	50.000% |
f	7ff0000000000000	*=+5_.3%	+inf%|
f	3f202e7ef70994dd	*>#5_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4004000000000000	,<08,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	7e37e43c8800759c	#^ z5_.1e	 1.0e+300|
f	0000000000000001	< z0_.1	 5e-324|
f	7fefffffffffffff	> 	 1.7976931348623157e+308|
f	bff8000000000000	,< #.3F	-1.500|
f	7ff0000000000000	*^ #03,.3e	 inf|
f	bff8000000000000	x>#8E	-1.500000E+00|
f	4341c37937e08000	<+12%	+1000000000000000000.000000%|
f	0000000000000000	0=+0,.0e	+0e+00|
f	4004000000000000	*=#_.12e	2.500000000000e+00|
f	0000000000000000	*>0_.0s	!ValueError: Cannot specify '_' with 's'.|
f	4480f0cf064dd592	x>z0.f	!ValueError: Format specifier missing precision|
f	fff0000000000000	*<020.1F	-INF****************|
f	7ff0000000000000	= 08.6f	 0000inf|
f	fff0000000000000	0^#.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fe0000000000000	*>+#0_.0	+0.5|
f	3fb999999999999a	_> #20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4004000000000000	x>#8.6f	2.500000|
f	fff0000000000000	é^#00,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	3f1a36e2eb1c432d	0<,E	1.000000E-04|
f	419d6f3454000000	*^-z0.1e	1.2e+08|
f	8000000000000000	x>z20,.0n	!ValueError: Cannot specify ',' with 'n'.|
f	3fe0000000000000	x> 00_.12g	 0.5|
f	43e56a95319d63e1	*= 20,.3f	 12,345,678,901,234,567,168.000|
f	4058ffae147ae148	= 1.12	 99.995|
f	bf1a36e2eb1c432d	é^+08.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fe0000000000000	*=+012_e	+5.000000e-01|
f	4058ffae147ae148	é^+#0.0g	+1.e+02|
f	43e56a95319d63e1	*^z#12_.12G	1.23456789012E+19|
f	3ee4f8b588e368f1	0<-020.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	0=00,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3fa999999999999a	0=0.e	!ValueError: Format specifier missing precision|
f	7ff0000000000000	=-20,E	                 INF|
f	3f1a36e2eb1c432d	*=z#20.6g	*********0.000100000|
f	7ff8000000000000	*^-#012.6G	****NAN*****|
f	4005666666666666	^+#.6	+2.67500|
f	3fb999999999999a	<#03,E	1.000000E-01|
f	7ff8000000000000	z1.1g	nan|
f	3fc0000000000000	= z#12	       0.125|
f	3ee4f8b588e368f1	é^12,e	1.000000e-05|
f	8000000000000000	€<-.1E	-0.0E+00|
f	0000000000000000	<+1_s	!ValueError: Cannot specify '_' with 's'.|
f	3f202e7ef70994dd	 >,g	0.000123456|
f	3fa999999999999a	=+#003.1E	+5.0E-02|
f	c132d687e4189375	_>+003.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	é^,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	*<-1_.6	1.23456e+05|
f	7ff8000000000000	^-12.0	    nan     |
f	4004000000000000	0=+12.6f	+0002.500000|
f	40934a456d5cfaad	*^z#12_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	bf1a36e2eb1c432d	^20,.12F	  -0.000100000000   |
f	419d6f3454000000	<-,.3x	!ValueError: Cannot specify ',' with 'x'.|
f	430c6bf526340000	#^-z020,.20	1,000,000,000,000,000.0|
f	7ff8000000000000	0^z#003.s	!ValueError: Format specifier missing precision|
f	3fb999999999999a	,<-5,.1x	!ValueError: Cannot specify ',' with 'x'.|
f	7e37e43c8800759c	0<-_%	100_000_000_000_000_007_629_703_079_084_894_925_347_346_855_150_656_811_701_601_734_206_211_380_288_125_794_484_142_188_964_691_784_076_639_747_577_138_548_761_372_210_387_844_799_938_291_815_611_350_519_830_750_167_649_856_488_981_626_536_368_095_414_607_314_235_151_058_373_458_986_890_825_155_659_063_617_715_863_205_282_622_390_509_284_183_439_858_617_103_083_735_673_849_899_204_570_498_157_510_656.000000%|
f	40fe240000000000	€<0G	123456|
f	0000000000000000	*>+z00.1	+0e+00|
f	7ff0000000000000	<#0_E	INF|
f	4023fffeb074a772	 z#08,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff0000000000000	_>z8_.1G	_____INF|
f	4005666666666666	=01,.0s	!ValueError: Cannot specify ',' with 's'.|
f	bee4f8b588e368f1	x>+0,.3E	-1.000E-05|
f	3fc0000000000000	#^+12_.20%	+12.50000000000000000000%|
f	0000000000000001	é^03_.3e	4.941e-324|
f	3ee4f8b588e368f1	^+012%	0+0.001000%0|
f	7ff8000000000000	-.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	,< #12,.6%	 0.000000%,,|
f	3f40624dd2f1a9fc	0,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	3e8421f5f40d8376	*=+z8,.12f	+0.000000150000|
f	8000000000000000	é^#0.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7fefffffffffffff	,<0f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000|
f	3fe0000000000000	#^1f	0.500000|
f	40fe240000000000	.F	!ValueError: Format specifier missing precision|
f	8000000000000000	é^+8.1	é-0e+00é|
f	40934a456d5cfaad	é^20.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fb999999999999a	>+#012_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	400921f9f01b866e	,< z012f	 3.141590,,,|
f	3fa999999999999a	,<0_.%	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	 >+#020.12e	 +1.000000000000e-05|
f	3fc0000000000000	 >+8.3%	+12.500%|
f	4023fffeb074a772	 >-0.12g	9.99999|
f	4058ffae147ae148	,<#_.6G	99.9950|
f	7ff8000000000000	x>z1.3G	NAN|
f	3fa999999999999a	0<+#003.d	!ValueError: Format specifier missing precision|
f	3fb999999999999a	*<1_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	430c6bf526340000	€<08_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f40624dd2f1a9fc	é^-z#0_g	0.000500000|
f	4004000000000000	^ #01_.6f	 2.500000|
f	4005666666666666	-s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bf1a36e2eb1c432d	0=-#5_.0n	!ValueError: Cannot specify '_' with 'n'.|
f	400921f9f01b866e	 020_f	 0_000_000_003.141590|
f	430c6bf526340000	+z,F	+1,000,000,000,000,000.000000|
f	3f40624dd2f1a9fc	0=#12.20E	5.00000000000000010408E-04|
f	7e37e43c8800759c	0<012F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000|
f	3e8421f5f40d8376	+z#08,.0f	+00,000.|
f	4023fffeb074a772	01.1F	10.0|
f	7fefffffffffffff	<-z00_G	1.79769E+308|
f	3e8421f5f40d8376	+020,.3	+0,000,000,001.5e-07|
f	0000000000000000	é^20E	éééé0.000000E+00éééé|
f	7ff0000000000000	>05,.3f	00inf|
f	4004000000000000	€<#0_.%	!ValueError: Format specifier missing precision|
f	3fa999999999999a	020.6E	000000005.000000E-02|
f	3fb999999999999a	*=+z00_.20g	+0.10000000000000000555|
f	3ee4f8b588e368f1	_>z8.6	___1e-05|
f	c132d687e4189375	€<-003.0n	-1e+06|
f	3ee4f8b588e368f1	=012,.0f	0,000,000,000|
f	7ff8000000000000	0= _.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7e37e43c8800759c	0=+.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4005666666666666		2.675|
f	3f202e7ef70994dd	^#0_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	x>+#012_.20	+0.00010000000000000000479|
f	0000000000000000	*^ 0F	 0.000000|
f	3ff0000000000000	é^ #20,g	éééééé 1.00000éééééé|
f	c132d687e4189375	#,.20e	-1.23456789100000006147e+06|
f	4023fffeb074a772	 >#0,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	0=+#03,n	!ValueError: Cannot specify ',' with 'n'.|
f	3f40624dd2f1a9fc	,<z,.20	0.00050000000000000001041|
f	4341c37937e08000	= .20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40fe240000000000	€<#20.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ff0000000000000	>5,.3G	    1|
f	7ff8000000000000	_>-z03.0G	NAN|
f	4341c37937e08000	 >+05_.3	+1e+16|
f	4004000000000000	*<z8f	2.500000|
f	3fb999999999999a	*=+0,.6G	+0.1|
f	3f1a36e2eb1c432d	<+1.1e	+1.0e-04|
f	40fe240000000000	*>+08_.20	+123_456.0|
f	3fa999999999999a	=+12.0	+       0.05|
f	3ff0000000000000	,<20.0G	1,,,,,,,,,,,,,,,,,,,|
f	3e8421f5f40d8376	0=-0.0e	1e-07|
f	4480f0cf064dd592	_>#01.1n	1.e+22|
f	7ff0000000000000	+01_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4341c37937e08000	*^z#20.20F	10000000000000000.00000000000000000000|
f	4058ffae147ae148	<#_e	9.999500e+01|
f	0000000000000000	x>#12.6	xxxxx0.00000|
f	430c6bf526340000	=03.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4058ffae147ae148	-_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	4341c37937e08000	20.1%	1000000000000000000.0%|
f	4058ffae147ae148	0^03_.1f	100.0|
f	3f1a36e2eb1c432d	#_.1f	0.0|
f	4005666666666666	*<#.20f	2.67499999999999982236|
f	4341c37937e08000	0^z00,.20E	1.00000000000000000000E+16|
f	3f1a36e2eb1c432d	0^+#5_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	0000000000000000	00_.f	!ValueError: Format specifier missing precision|
f	0000000000000000	*= 1,.0G	 0|
f	4480f0cf064dd592	*>-12.3F	10000000000000000000000.000|
f	bf1a36e2eb1c432d	*= 01,	-0.0001|
f	3fc0000000000000	x> 003,.0f	x 0|
f	7e37e43c8800759c	0<-020.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	*> 5.3e	 1.000e-05|
f	3e8421f5f40d8376	*< z#0,.0	 1.e-07|
f	c132d687e4189375	<+5,.20E	-1.23456789100000006147E+06|
f	419d6f3454000000	*^-#0_.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	0^ 20_.12e	 9.999990000000e+000|
f	419d6f3454000000	x>#_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	*= z03_.6	 inf|
f	430c6bf526340000	*>1_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	4480f0cf064dd592	<-20_e	1.000000e+22        |
f	0000000000000001	< 003.12f	 0.000000000000|
f	3f202e7ef70994dd	€<-5.	!ValueError: Format specifier missing precision|
f	40fe240000000000	,<03.20G	123456|
f	40fe240000000000	 >+z03,.%	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	^z#08.x	!ValueError: Format specifier missing precision|
f	3f202e7ef70994dd	é^z#8.f	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	 8.3F	   3.142|
f	4023fffeb074a772	-08.12G	09.99999|
f	0000000000000000	>z0g	0|
f	4341c37937e08000	_>-0	1e+16|
f	4058ffae147ae148	0^,.6e	9.999500e+01|
f	4058ffae147ae148	0<+#0.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	x>-z08.6	x1.5e-07|
f	3f202e7ef70994dd	_>0.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	0=#.12g	1.50000000000e-07|
f	4480f0cf064dd592	<8,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff8000000000000	0=+z#5_.12	+0nan|
f	bff8000000000000	*^+12.6g	****-1.5****|
f	bf1a36e2eb1c432d	,<12,.1e	-1.0e-04,,,,|
f	3f1a36e2eb1c432d	0=#.	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	-z12.20e	-1.00000000000000008180e-05|
f	43e56a95319d63e1	*=03f	12345678901234567168.000000|
f	3ee4f8b588e368f1	*^z00.20g	1.0000000000000000818e-05|
f	3ee4f8b588e368f1	*<-#8,.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fa999999999999a	,<.20	0.050000000000000002776|
f	8000000000000000	x>-#03_.20g	-0.0000000000000000000|
f	4058ffae147ae148	+12.12G	     +99.995|
f	4004000000000000	 12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	<01.20f	123456.00000000000000000000|
f	bf1a36e2eb1c432d	<-#020,.0g	-0.00010000000000000|
f	3e8421f5f40d8376	*<08,f	0.000000|
f	4004000000000000	€<5_.20F	2.50000000000000000000|
f	3ee4f8b588e368f1	0<12	1e-050000000|
f	0000000000000000	,<#03.0	0.e+00|
f	4341c37937e08000	*> z,g	 1e+16|
f	419d6f3454000000	-.1	1e+08|
f	3e8421f5f40d8376	0^ z12,.1	000 1e-07000|
f	4058ffae147ae148	x>012,f	xxx99.995000|
f	7ff8000000000000	^+0,.12E	+NAN|
f	4480f0cf064dd592	>-z5.3f	10000000000000000000000.000|
f	400921f9f01b866e	=#05.6	3.14159|
f	4058ffae147ae148	=003_n	!ValueError: Cannot specify '_' with 'n'.|
f	4004000000000000	*=-020,.3%	************250.000%|
f	3fe0000000000000	*>003.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4004000000000000	,<5_f	2.500000|
f	3fe0000000000000	<+z#5F	+0.500000|
f	3ee4f8b588e368f1	0<#5_.x	!ValueError: Format specifier missing precision|
f	3fc0000000000000	0<-00.1n	0.1|
f	3fc0000000000000	0=-5.F	!ValueError: Format specifier missing precision|
f	0000000000000000	>-003,.20%	0.00000000000000000000%|
f	40934a456d5cfaad	 z1.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	_>+,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	7fefffffffffffff	=+5.1g	+2e+308|
f	4023fffeb074a772	*^,f	9.999990|
f	3ff0000000000000	#^+#20,.20	+1.0000000000000000000|
f	4023fffeb074a772	<z#20.6G	9.99999             |
f	4058ffae147ae148	x>+#0_f	+99.995000|
f	bff8000000000000	 >-.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	8000000000000000	< z_.20g	 0|
f	bf1a36e2eb1c432d	€<+#012,.12	-0.000100000000000|
f	430c6bf526340000	x>z20_e	xxxxxxxx1.000000e+15|
f	c132d687e4189375	-z05.6E	-1.234568E+06|
f	40934a456d5cfaad	é^ z00_.12%	 123_456.779999999999%|
f	4058ffae147ae148	+z#020_s	!ValueError: Cannot specify '_' with 's'.|
f	4023fffeb074a772	€<+z#.12g	+9.99999000000|
f	7e37e43c8800759c	#^-,.3	1e+300|
f	430c6bf526340000	*^-8_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	<z#,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	7ff8000000000000	*^ 0.1	 nan|
f	7fefffffffffffff	>#.0n	2.e+308|
f	3f1a36e2eb1c432d	*^+z0,	+0.0001|
f	400921f9f01b866e	.G	!ValueError: Format specifier missing precision|
f	4005666666666666	 >0.20	2.6749999999999998224|
f	43e56a95319d63e1	*> 020.1e	************ 1.2e+19|
f	4058ffae147ae148	*^8.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	419d6f3454000000	*>003,.6f	123,456,789.000000|
f	400921f9f01b866e	é^-z#8.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7e37e43c8800759c	<12.20F	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00000000000000000000|
f	430c6bf526340000	x>+03.G	!ValueError: Format specifier missing precision|
f	8000000000000000	-0_.	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	0= z03,G	 1,234.57|
f	4004000000000000	<+08,.	!ValueError: Format specifier missing precision|
f	8000000000000000	> z#0.1G	 0.|
f	8000000000000000	>-zx	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	<-#20_.20G	2.5000000000000000000|
f	4005666666666666	-z08_.3%	267.500%|
f	0000000000000001	+#.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	*=-z#0.s	!ValueError: Format specifier missing precision|
f	bf1a36e2eb1c432d	 >03_.12F	-0.000100000000|
f	0000000000000001	*>+#8_.3E	+4.941E-324|
f	3f202e7ef70994dd	+.3	+0.000123|
f	40934a456d5cfaad	#^#20.1e	######1.2e+03#######|
f	fff0000000000000	0<20.0e	-inf0000000000000000|
f	7ff0000000000000	>+#0.s	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	+12_.0%	         -0%|
f	3f40624dd2f1a9fc	+z12.12n	     +0.0005|
f	3f202e7ef70994dd	020_.e	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	*< z0,.3	 1.8e+308|
f	4058ffae147ae148	#^01.0	1e+02|
f	7fefffffffffffff	#^z5.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	_> 	-1234567.891|
f	7ff0000000000000	012_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	*^#,.12s	!ValueError: Cannot specify ',' with 's'.|
f	0000000000000000	0^ #0,.12	 0.00000000000|
f	bff8000000000000	0=00_.0e	-2e+00|
f	400921f9f01b866e	0.	!ValueError: Format specifier missing precision|
f	3fc0000000000000	=+1n	+0.125|
f	fff0000000000000	=.0	-inf|
f	40fe240000000000	#^ 12,.3G	# 1.23E+05##|
f	0000000000000000	>#1,.6f	0.000000|
f	3fe0000000000000	0=8.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	*<12,.3	1.23e+05****|
f	4058ffae147ae148	#^+z.6n	+99.995|
f	3f1a36e2eb1c432d	€<#0.12e	1.000000000000e-04|
f	3fa999999999999a	< z#%	 5.000000%|
f	40934a456d5cfaad	0^0.6e	1.234568e+03|
f	3f202e7ef70994dd	>z#003_.6	0.000123456|
f	4341c37937e08000	*=z8.1g	***1e+16|
f	8000000000000000	^ z003.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fa999999999999a	0=+z#0.1F	+0.1|
f	4341c37937e08000	^ #20_.0E	       1.E+16       |
f	4023fffeb074a772	 #03.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	x>-0.20	0.00010000000000000000479|
f	4058ffae147ae148	0=-#08.1e	01.0e+02|
f	3f202e7ef70994dd	0<8_e	1.234560e-04|
f	4023fffeb074a772	0_.12%	999.999000000000%|
f	4005666666666666	 >,.12G	2.675|
f	3e8421f5f40d8376	*=.G	!ValueError: Format specifier missing precision|
f	400921f9f01b866e	^ z5.x	!ValueError: Format specifier missing precision|
f	fff0000000000000	0=12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	4480f0cf064dd592	=z#12F	10000000000000000000000.000000|
f	400921f9f01b866e	_>-#%	314.159000%|
f	3fe0000000000000	*=+#12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fb999999999999a	=12,.12G	         0.1|
f	430c6bf526340000	 #12E	 1.000000E+15|
f	0000000000000000	0=+#0.1	+0.e+00|
f	0000000000000000	*>+012n	**********+0|
f	7ff8000000000000	*=+00_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	_>-01_	1e-05|
f	40fe240000000000	0^-08e	1.234560e+05|
f	3fa999999999999a	€<+#_e	+5.000000e-02|
f	3f1a36e2eb1c432d	*=z.1	0.0001|
f	fff0000000000000	*<z0,.6F	-INF|
f	4480f0cf064dd592	^z03,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	c132d687e4189375	0^0_.0F	-1_234_568|
f	3fe0000000000000	 z.1E	 5.0E-01|
f	3f40624dd2f1a9fc	0< 1.3%	 0.050%|
f	430c6bf526340000	 >00,.20f	1,000,000,000,000,000.00000000000000000000|
f	40934a456d5cfaad	#03,.6	1,234.57|
f	419d6f3454000000	0=+0_g	+1.23457e+08|
f	3fa999999999999a	#^z#.f	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	 >8_.1%	    0.0%|
f	fff0000000000000	0=+1.1G	-INF|
f	4005666666666666	*=#00,.0	3.e+00|
f	4004000000000000	*^z#1,.0%	250.%|
f	7ff0000000000000	0^#s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7fefffffffffffff	z#0_s	!ValueError: Cannot specify '_' with 's'.|
f	7fefffffffffffff	<-#1.6	1.79769e+308|
f	c132d687e4189375	,< #0.0G	-1.E+06|
f	4023fffeb074a772	 01x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	< 12,x	!ValueError: Cannot specify ',' with 'x'.|
f	40934a456d5cfaad	_>-z#8,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	4341c37937e08000	=#012g	01.00000e+16|
f	40fe240000000000	^-1_.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	é^.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	<-.20F	-0.00010000000000000000|
f	3fc0000000000000	€<+z01.1e	+1.2e-01|
f	3fb999999999999a	#^+z8.12F	+0.100000000000|
f	7fefffffffffffff	<020f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000|
f	3fc0000000000000	_>-z#0.1%	12.5%|
f	419d6f3454000000	_>z,F	123,456,789.000000|
f	bee4f8b588e368f1	é^+003.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	 #20,.0g	              1.e+03|
f	4005666666666666	,<+03_.6g	+2.675|
f	43e56a95319d63e1	_>+z#20_n	!ValueError: Cannot specify '_' with 'n'.|
f	3f40624dd2f1a9fc	*> #20.6e	******* 5.000000e-04|
f	3f40624dd2f1a9fc	*< 03.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ff0000000000000	20_.0E	               1E+00|
f	3f1a36e2eb1c432d	^-#01.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f40624dd2f1a9fc	*>-0.1	0.0005|
f	40fe240000000000	+0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ee4f8b588e368f1	<-012_.1F	0.0000000000|
f	3ff0000000000000	*^+#00_.x	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	é^ #003.n	!ValueError: Format specifier missing precision|
f	419d6f3454000000	0<+20	+123456789.000000000|
f	40fe240000000000	0<.1G	1E+05|
f	bff8000000000000	*<#0.6F	-1.500000|
f	3fb999999999999a	-z12_n	!ValueError: Cannot specify '_' with 'n'.|
f	3f1a36e2eb1c432d	*^+z12,.12f	+0.000100000000|
f	bf1a36e2eb1c432d	1.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff8000000000000	 05,F	 0NAN|
f	4005666666666666	,<+z#1.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	43e56a95319d63e1	é^#20.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3e8421f5f40d8376	<-5,.20F	0.00000015000000000000|
f	3ff0000000000000	 > 08.20	     1.0|
f	3f40624dd2f1a9fc	8_.6	  0.0005|
f	4058ffae147ae148	0= ,.3G	 100|
f	3fc0000000000000	-z5,g	0.125|
f	419d6f3454000000	*<z#05,.1F	123,456,789.0|
f	40934a456d5cfaad	>-03_.f	!ValueError: Format specifier missing precision|
f	4341c37937e08000	*<+#.1	+1.e+16|
f	bee4f8b588e368f1	é^0.1f	-0.0|
f	3fb999999999999a	z012.1E	000001.0E-01|
f	40934a456d5cfaad	x>+#012_.20E	+1.23456780000000003383E+03|
f	7e37e43c8800759c	*^z8.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bee4f8b588e368f1	-0,.6g	-1e-05|
f	3fa999999999999a	<05.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40934a456d5cfaad	_>+n	+1234.57|
f	0000000000000000	#^#20,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	3f202e7ef70994dd	*=020,.3e	***********1.235e-04|
f	430c6bf526340000	*>+z0,.12s	!ValueError: Cannot specify ',' with 's'.|
f	3fc0000000000000	*=1_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	40fe240000000000	*= #1.1n	 1.e+05|
f	0000000000000001	*> #1.F	!ValueError: Format specifier missing precision|
f	3fe0000000000000	> z#20.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	^#8.6f	0.000100|
f	bff8000000000000	#^ 0_.20%	-150.00000000000000000000%|
f	430c6bf526340000	#^z003.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3e8421f5f40d8376	+12.6f	   +0.000000|
f	7ff8000000000000	#20,.6n	!ValueError: Cannot specify ',' with 'n'.|
f	3f40624dd2f1a9fc	 >-z00%	0.050000%|
f	fff0000000000000	*=z.6	-inf|
f	7ff0000000000000	,< #8.G	!ValueError: Format specifier missing precision|
f	419d6f3454000000	#1.0f	123456789.|
f	0000000000000000	01,.6	0.0|
f	3fb999999999999a	03,x	!ValueError: Cannot specify ',' with 'x'.|
f	430c6bf526340000	=5,.1f	1,000,000,000,000,000.0|
f	4023fffeb074a772	^#1,.12s	!ValueError: Cannot specify ',' with 's'.|
f	430c6bf526340000	#^z12_.0F	1_000_000_000_000_000|
f	c132d687e4189375	<-z003,%	-123,456,789.100000%|
f	7fefffffffffffff	-#003_.0%	inf%|
f	3e8421f5f40d8376	0<z#01,.3	1.50e-07|
f	40fe240000000000	>#03%	12345600.000000%|
f	4480f0cf064dd592	*= #0.3	 1.00e+22|
f	c132d687e4189375	_>+0.6n	-1.23457e+06|
f	bee4f8b588e368f1	_>#8.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	0<8F	0.000000|
f	3e8421f5f40d8376	0^#0.20f	0.00000015000000000000|
f	3fb999999999999a	0^-8,.F	!ValueError: Format specifier missing precision|
f	4480f0cf064dd592	0^00_	1e+22|
f	400921f9f01b866e	*> _.n	!ValueError: Format specifier missing precision|
f	4004000000000000	*>+.0	+2e+00|
f	0000000000000001	<+01_.12%	+0.000000000000%|
f	bee4f8b588e368f1	<+z20,s	!ValueError: Cannot specify ',' with 's'.|
f	3ff0000000000000	^-03_.6F	1.000000|
f	4480f0cf064dd592	*^#01.s	!ValueError: Format specifier missing precision|
f	3ff0000000000000	-003,.1e	1.0e+00|
f	400921f9f01b866e	,< 00.20G	 3.1415899999999998826|
f	400921f9f01b866e	 >-z5.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	*=+012.12g	+*******0.05|
f	bff8000000000000	,< 003.f	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	0^_.1e	1.0e+02|
f	c132d687e4189375	x>0.0	-1e+06|
f	3f1a36e2eb1c432d	*^-0.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7e37e43c8800759c	0,.12E	1.000000000000E+300|
f	400921f9f01b866e	#^ 8,.20%	 314.15899999999999181455%|
f	7e37e43c8800759c	*^+5_.20e	+1.00000000000000005250e+300|
f	8000000000000000	0<-#5d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	43e56a95319d63e1	,<020.1	1e+19,,,,,,,,,,,,,,,|
f	40934a456d5cfaad	*<z_.6e	1.234568e+03|
f	4004000000000000	*=+z08.20G	+****2.5|
f	4058ffae147ae148	_>0,d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	é^#05.0e	-infé|
f	3f202e7ef70994dd	é^-20.12E	é1.234560000000E-04é|
f	3fa999999999999a	*^z#5.6f	0.050000|
f	40934a456d5cfaad	>-5.20n	1234.5678000000000338|
f	7ff0000000000000	#^ 0.	!ValueError: Format specifier missing precision|
f	7fefffffffffffff	€< z#12,.d	!ValueError: Format specifier missing precision|
f	419d6f3454000000	0^#03_.g	!ValueError: Format specifier missing precision|
f	4341c37937e08000	x>#.1G	1.E+16|
f	400921f9f01b866e	0^08,.0G	00030000|
f	0000000000000001	=20,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	400921f9f01b866e	 20	             3.14159|
f	4005666666666666	<-03.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bff8000000000000	+z#12,.0E	     -2.E+00|
f	4341c37937e08000	.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	40934a456d5cfaad	*=+z020F	+********1234.567800|
f	c132d687e4189375	é^ #08.12F	-1234567.891000000061|
f	c132d687e4189375	#^-01,.E	!ValueError: Format specifier missing precision|
f	3ff0000000000000	0=8_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff0000000000000	_>+z1_.0F	+INF|
f	bf1a36e2eb1c432d	x>020.0e	xxxxxxxxxxxxxx-1e-04|
f	fff0000000000000	^z,.1	-inf|
f	0000000000000000	-#1.3	0.00|
f	fff0000000000000	*<8_.20G	-INF****|
f	43e56a95319d63e1	x> z8.0F	 12345678901234567168|
f	3f202e7ef70994dd	=12,%	   0.012346%|
f	4023fffeb074a772	<-z#0e	9.999990e+00|
f	4341c37937e08000	<-5,.12n	!ValueError: Cannot specify ',' with 'n'.|
f	3ff0000000000000	0=0_.g	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	=12_.20n	!ValueError: Cannot specify '_' with 'n'.|
f	3e8421f5f40d8376	-#1,.	!ValueError: Format specifier missing precision|
f	7e37e43c8800759c	*>z03_.1	1e+300|
f	3ee4f8b588e368f1	*> .1g	 1e-05|
f	3e8421f5f40d8376	é^ z#0_.6G	 1.50000E-07|
f	3f40624dd2f1a9fc	*< f	 0.000500|
f	0000000000000000	,<-012,	0.0,,,,,,,,,|
f	40934a456d5cfaad	#^#020_.6	######1_234.57######|
f	3e8421f5f40d8376	0=-,.1g	1e-07|
f	3e8421f5f40d8376	€<+12.G	!ValueError: Format specifier missing precision|
f	40fe240000000000	=+00.0	+1e+05|
f	419d6f3454000000	é^+#,.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	< z#8_F	-INF    |
f	0000000000000000	 >z0.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	0^ #03_.1F	 0.0|
f	3fe0000000000000	€<#.12	0.500000000000|
f	40fe240000000000	0=z#12.1E	000001.2E+05|
f	c132d687e4189375	=+z12.12E	-1.234567891000E+06|
f	430c6bf526340000	 _.3n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff8000000000000	>-1_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	0^.3E	1.000E+00|
f	419d6f3454000000	é^#05_.3f	123_456_789.000|
f	3f202e7ef70994dd	#^-z05_s	!ValueError: Cannot specify '_' with 's'.|
f	3fe0000000000000	<-1.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3fe0000000000000	^-12,.1%	   50.0%    |
f	bf1a36e2eb1c432d	€<+5_.0G	-0.0001|
f	7ff8000000000000	_>z#01,.1F	NAN|
f	0000000000000000	€<+.20n	+0|
f	419d6f3454000000	x>-20.%	!ValueError: Format specifier missing precision|
f	4341c37937e08000	>+#0.n	!ValueError: Format specifier missing precision|
f	c132d687e4189375	*<#5.0G	-1.E+06|
f	3fe0000000000000	<z8,.12	0.5     |
f	4004000000000000	*^z#020,.3%	******250.000%******|
f	bf1a36e2eb1c432d	é^-8_.6f	-0.000100|
f	0000000000000001	é^-z1	5e-324|
f	3ff0000000000000	*>-0.20%	100.00000000000000000000%|
f	3ff0000000000000	#^#05.1n	#1.##|
f	4023fffeb074a772	-z#020.0	000000000000001.e+01|
f	3fb999999999999a	#0.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bf1a36e2eb1c432d	 >-_.3	-0.0001|
f	3ee4f8b588e368f1	0<1_n	!ValueError: Cannot specify '_' with 'n'.|
f	fff0000000000000	*>+	-inf|
f	430c6bf526340000	*^ z#003_.	!ValueError: Format specifier missing precision|
f	8000000000000000	=#8n	-0.00000|
f	bff8000000000000	*<-#0	-1.5|
f	3fc0000000000000	€< #1,.20x	!ValueError: Cannot specify ',' with 'x'.|
f	3e8421f5f40d8376	*>-#01_.E	!ValueError: Format specifier missing precision|
f	4005666666666666	#^-#8.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	0=#8.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	bee4f8b588e368f1	*>#08.	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	*<+0g	+1.23457e+19|
f	4480f0cf064dd592	é^+z0_.0g	+1e+22|
f	419d6f3454000000	*=01,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	c132d687e4189375	€<12_.12	-1_234_567.891|
f	7ff0000000000000	x>#12_e	xxxxxxxxxinf|
f	7e37e43c8800759c	*=z_.12n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff0000000000000	^+#1,.1s	!ValueError: Cannot specify ',' with 's'.|
f	bff8000000000000	<+012_.6g	-1.500000000|
f	7ff0000000000000	#^5,.12f	#inf#|
f	4005666666666666	é^-20.1F	éééééééé2.7ééééééééé|
f	40fe240000000000	-020,%	0,012,345,600.000000%|
f	400921f9f01b866e	-#,E	3.141590E+00|
f	3fc0000000000000	 >.20	0.125|
f	bee4f8b588e368f1	*<-05.20d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	<#5.12f	0.000123456000|
f	bff8000000000000	 >#_.e	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	*^00.3G	1E-05|
f	0000000000000001	^ 8.1g	 5e-324 |
f	8000000000000000	x>1,F	-0.000000|
f	bff8000000000000	*^-#20,.20e	-1.50000000000000000000e+00|
f	4004000000000000	€<-z20.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	430c6bf526340000	 >z003%	100000000000000000.000000%|
f	0000000000000001	x>+#020_.3e	xxxxxxxxx+4.941e-324|
f	3fb999999999999a	€<+20.E	!ValueError: Format specifier missing precision|
f	419d6f3454000000	 >+#1_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	*> #5.6E	 9.999500E+01|
f	3fe0000000000000	0^_.0	0.5|
f	3ff0000000000000	€<8.1n	1€€€€€€€|
f	3f40624dd2f1a9fc	_>+20.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	 5,.20f	 0.00010000000000000000|
f	419d6f3454000000	z#03,.12g	123,456,789.000|
f	3ff0000000000000	<#20G	1.00000             |
f	3fe0000000000000	z#0.6g	0.500000|
f	bff8000000000000	,<#01F	-1.500000|
f	8000000000000000	,<z003.12%	0.000000000000%|
f	430c6bf526340000	<z00.20e	1.00000000000000000000e+15|
f	40934a456d5cfaad	*>-00_n	!ValueError: Cannot specify '_' with 'n'.|
f	7ff0000000000000	*= 0_.1n	!ValueError: Cannot specify '_' with 'n'.|
f	3e8421f5f40d8376	*<z#00_g	1.50000e-07|
f	4480f0cf064dd592	€<-#05.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	^-20.3%	      -0.000%       |
f	4005666666666666	0=z#0.20e	2.67499999999999982236e+00|
f	4341c37937e08000	é^-.20E	1.00000000000000000000E+16|
f	0000000000000001	0< z012_.f	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	0=-#0,.6x	!ValueError: Cannot specify ',' with 'x'.|
f	400921f9f01b866e	*=8	*3.14159|
f	3f1a36e2eb1c432d	> 12.0n	      0.0001|
f	8000000000000000	 >-_.3G	-0|
f	430c6bf526340000	*<+0_	+1_000_000_000_000_000.0|
f	400921f9f01b866e	-z12.%	!ValueError: Format specifier missing precision|
f	fff0000000000000	_> #.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	4005666666666666	> _.6f	 2.675000|
f	40934a456d5cfaad	g	1234.57|
f	3f40624dd2f1a9fc	*^0.3E	5.000E-04|
f	4058ffae147ae148	 >#.1%	9999.5%|
f	c132d687e4189375	0^-.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	x>#d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3fc0000000000000	,<+03.0	+0.1|
f	7ff8000000000000	-z#.6e	nan|
f	40934a456d5cfaad	,<-1,.	!ValueError: Format specifier missing precision|
f	fff0000000000000	0=-#,F	-INF|
f	43e56a95319d63e1	*<#8_.	!ValueError: Format specifier missing precision|
f	3f1a36e2eb1c432d	z5e	1.000000e-04|
f	7fefffffffffffff	0^ z#20.E	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	_>-#05.3e	1.000e+01|
f	4341c37937e08000	*<+01.d	!ValueError: Format specifier missing precision|
f	7ff8000000000000	=#08,.s	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	*<z1_.3s	!ValueError: Cannot specify '_' with 's'.|
f	3fc0000000000000	 >#0_.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000001	,<+#1.1n	+5.e-324|
f	c132d687e4189375	 >+20_.3g	           -1.23e+06|
f	3ff0000000000000	*=z01_.20G	1|
f	40fe240000000000	*< 020.0E	 1E+05**************|
f	c132d687e4189375	*<0_e	-1.234568e+06|
f	bee4f8b588e368f1	0< 8,.3%	-0.001%0|
f	43e56a95319d63e1	*>.20f	12345678901234567168.00000000000000000000|
f	43e56a95319d63e1	#12.%	!ValueError: Format specifier missing precision|
f	430c6bf526340000	0^12_.20f	1_000_000_000_000_000.00000000000000000000|
f	4341c37937e08000	_>+#020.20%	+1000000000000000000.00000000000000000000%|
f	4341c37937e08000	-08,n	!ValueError: Cannot specify ',' with 'n'.|
f	bf1a36e2eb1c432d	0^00.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	0<#_.12F	0.000000000000|
f	40fe240000000000	z01,s	!ValueError: Cannot specify ',' with 's'.|
f	7fefffffffffffff	#^ 012.1F	 179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0|
f	3f1a36e2eb1c432d	#^ #,.1	 0.0001|
f	3e8421f5f40d8376	<12.1n	1e-07       |
f	bf1a36e2eb1c432d	<-03,.0G	-0.0001|
f	bff8000000000000	>#03.3G	-1.50|
f	3f40624dd2f1a9fc	x>z03.3%	0.050%|
f	7fefffffffffffff	*<z#12.1x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	*^#12,.0	**1.e+300***|
f	3fa999999999999a	#^+#8	#+0.05##|
f	4005666666666666	+z20_.20G	+2.6749999999999998224|
f	4480f0cf064dd592	*<+z020,.20	+1e+22**************|
f	40934a456d5cfaad	*^12.6f	1234.567800*|
f	bee4f8b588e368f1	=+0_.f	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	#^ z.6G	 1.23457E+19|
f	4023fffeb074a772	x>5_.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	 > 0.12	 1.0|
f	c132d687e4189375	*=z#020,.12G	-****1,234,567.89100|
f	8000000000000000	*>#01.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	z#003_.12	0.00000000000|
f	4005666666666666	z00.6%	267.500000%|
f	40934a456d5cfaad	é^+z20.12f	é+1234.567800000000é|
f	0000000000000001	0^ 1.0n	 5e-324|
f	3f202e7ef70994dd	é^#20_.6F	éééééé0.000123éééééé|
f	bff8000000000000	_>_.3F	-1.500|
f	7ff0000000000000	+z0e	+inf|
f	3f1a36e2eb1c432d	#^z#03,.3F	0.000|
f	7ff8000000000000	=012,G	000000000NAN|
f	fff0000000000000	 z08.6%	-000inf%|
f	bff8000000000000	_>z12,e	-1.500000e+00|
f	4004000000000000	=020_.1F	00_000_000_000_002.5|
f	4341c37937e08000	z8_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f202e7ef70994dd	0=,.E	!ValueError: Format specifier missing precision|
f	40934a456d5cfaad	 >05.3	1.23e+03|
f	400921f9f01b866e	*=+00g	+3.14159|
f	3fc0000000000000	,<1.E	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	<-z#012.0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	400921f9f01b866e	*=-5_.3	*3.14|
f	0000000000000001	0=-z12.	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	 >+01.3n	+1e-05|
f	0000000000000000	-z0,.3g	0|
f	7ff8000000000000	,<#8_.12F	NAN,,,,,|
f	7fefffffffffffff	z#5.0	2.e+308|
f	3ff0000000000000	é^ 0,.1G	 1|
f	419d6f3454000000	<z.0	1e+08|
f	3f1a36e2eb1c432d	*>0,n	!ValueError: Cannot specify ',' with 'n'.|
f	fff0000000000000	x>-#1_.0g	-inf|
f	0000000000000001	<20.%	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	_>05_.0G	1E-05|
f	bee4f8b588e368f1	*^+#_E	-1.000000E-05|
f	3f40624dd2f1a9fc	_> 8.6	_ 0.0005|
f	4023fffeb074a772	x>z#,.12g	9.99999000000|
f	fff0000000000000	_>+08.6e	____-inf|
f	430c6bf526340000	*=5_.6	1e+15|
f	419d6f3454000000	 >+#00.20F	+123456789.00000000000000000000|
f	8000000000000000	03.12x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	=0,.0g	0.0001|
f	4480f0cf064dd592	-z.12d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	>-#0_.1f	inf|
f	40934a456d5cfaad	 00,.20s	!ValueError: Cannot specify ',' with 's'.|
f	4341c37937e08000	=-z020.G	!ValueError: Format specifier missing precision|
f	4023fffeb074a772	*^+#1.1F	+10.0|
f	3fb999999999999a	0^+z08,	00+0.100|
f	3f1a36e2eb1c432d	<-8.3G	0.0001  |
f	7fefffffffffffff	0= #08_.3	 1.80e+308|
f	3ee4f8b588e368f1	*^+#0,.0G	+1.E-05|
f	8000000000000000	_> 03,s	!ValueError: Cannot specify ',' with 's'.|
f	c132d687e4189375	<z#0_.3d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	0^#0.20%	100.00000000000000000000%|
f	bee4f8b588e368f1	0^ z12.12e	-1.000000000000e-05|
f	4023fffeb074a772	 >20.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	c132d687e4189375	03f	-1234567.891000|
f	bf1a36e2eb1c432d	*^1_.1	-0.0001|
f	40934a456d5cfaad	*< 0_F	 1_234.567800|
f	40934a456d5cfaad	*=F	1234.567800|
f	4480f0cf064dd592	_>01.0	1e+22|
f	43e56a95319d63e1	*>z#.s	!ValueError: Format specifier missing precision|
f	7ff0000000000000	-#0,.20%	inf%|
f	4005666666666666	€<+#8,.0%	+268.%€€|
f	7ff0000000000000	*<08_.12E	INF*****|
f	4480f0cf064dd592	<+#0_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff0000000000000	*^#5E	*INF*|
f	4005666666666666	<03_.12	2.675|
f	bf1a36e2eb1c432d	<20_g	-0.0001             |
f	40fe240000000000	€<+#03.0f	+123456.|
f	40934a456d5cfaad	*< #012_.6g	 1_234.57***|
f	bf1a36e2eb1c432d	#^012.e	!ValueError: Format specifier missing precision|
f	4058ffae147ae148	0=z12.x	!ValueError: Format specifier missing precision|
f	4005666666666666	,<-#5.1	3.e+00|
f	4005666666666666	*>+0.1F	+2.7|
f	7ff8000000000000	*^ z#0n	 nan|
f	430c6bf526340000	> 03_e	 1.000000e+15|
f	3e8421f5f40d8376	*^#0_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	 >#003.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bee4f8b588e368f1	z#003,f	-0.000010|
f	4058ffae147ae148	é^+z#08_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff8000000000000	_> 03.1s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7fefffffffffffff	-,.6	1.79769e+308|
f	bee4f8b588e368f1	 >+0.1F	-0.0|
f	40fe240000000000	*>z0,s	!ValueError: Cannot specify ',' with 's'.|
f	40fe240000000000	0=0.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	419d6f3454000000	0=.	!ValueError: Format specifier missing precision|
f	fff0000000000000	>,.1F	-INF|
f	0000000000000000	+#003_	+0.0|
f	3ee4f8b588e368f1	,.0	1e-05|
f	3e8421f5f40d8376	0<8e	1.500000e-07|
f	bff8000000000000	€<+8_.	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	0=+020.1g	+00000000000000.0005|
f	3fb999999999999a	*^+z03_.3g	+0.1|
f	3f40624dd2f1a9fc	 00.0%	 0%|
f	40934a456d5cfaad	0<-z8_	1_234.5678|
f	0000000000000000	 z1.0G	 0|
f	3f40624dd2f1a9fc	>#01.20	0.00050000000000000001041|
f	430c6bf526340000	*=+z08.3n	+**1e+15|
f	7fefffffffffffff	0<z#1n	1.79769e+308|
f	4005666666666666	-,.12%	267.500000000000%|
f	bee4f8b588e368f1	0^ z#.20E	-1.00000000000000008180E-05|
f	3ff0000000000000	 12,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7fefffffffffffff	05_.3	1.8e+308|
f	7fefffffffffffff	#^-05_.20	1.7976931348623157081e+308|
f	4058ffae147ae148	#^012.12s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ff0000000000000	*^z1,.1d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	0000000000000000	é^8_.20f	0.00000000000000000000|
f	0000000000000000	-08,s	!ValueError: Cannot specify ',' with 's'.|
f	3f202e7ef70994dd	+#1,.1E	+1.2E-04|
f	c132d687e4189375	0^ #012.F	!ValueError: Format specifier missing precision|
f	3ee4f8b588e368f1	*=z20,.1n	!ValueError: Cannot specify ',' with 'n'.|
f	400921f9f01b866e	<#5_.e	!ValueError: Format specifier missing precision|
f	3f40624dd2f1a9fc	5.0E	5E-04|
f	7fefffffffffffff	0< 1.3n	 1.8e+308|
f	3fb999999999999a	#12_f	    0.100000|
f	3f202e7ef70994dd	*> 0s	!ValueError: Unknown format code 's' for object of type 'float'|
f	bf1a36e2eb1c432d	x>-0n	-0.0001|
f	4341c37937e08000	*>0.s	!ValueError: Format specifier missing precision|
f	0000000000000001	€<+z08,s	!ValueError: Cannot specify ',' with 's'.|
f	4023fffeb074a772	<z08_.G	!ValueError: Format specifier missing precision|
f	fff0000000000000	_>z.1%	-inf%|
f	4058ffae147ae148	€<+#00.3s	!ValueError: Unknown format code 's' for object of type 'float'|
f	7ff0000000000000	*=+03.0F	+INF|
f	7ff0000000000000	x>+0_.6	+inf|
f	7e37e43c8800759c	>-#20_.12%	100_000_000_000_000_007_629_703_079_084_894_925_347_346_855_150_656_811_701_601_734_206_211_380_288_125_794_484_142_188_964_691_784_076_639_747_577_138_548_761_372_210_387_844_799_938_291_815_611_350_519_830_750_167_649_856_488_981_626_536_368_095_414_607_314_235_151_058_373_458_986_890_825_155_659_063_617_715_863_205_282_622_390_509_284_183_439_858_617_103_083_735_673_849_899_204_570_498_157_510_656.000000000000%|
f	3f202e7ef70994dd	0= 5_.6x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	*>z#20_.6e	********9.999990e+00|
f	4058ffae147ae148	+03,.0E	+1E+02|
f	4058ffae147ae148	*=+8.6f	+99.995000|
f	3ff0000000000000	=08x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	#^#0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	8000000000000000	0^03.20	-0.0|
f	0000000000000001	*=-01_F	0.000000|
f	419d6f3454000000	x>12.g	!ValueError: Format specifier missing precision|
f	3e8421f5f40d8376	>-5,.E	!ValueError: Format specifier missing precision|
f	43e56a95319d63e1	0^.3f	12345678901234567168.000|
f	bee4f8b588e368f1	0=-#00.12n	-1.00000000000e-05|
f	8000000000000000	0^	-0.0|
f	3ee4f8b588e368f1	-#8,.20e	1.00000000000000008180e-05|
f	7ff8000000000000	_%	nan%|
f	40fe240000000000	*< 03.3	 1.23e+05|
f	fff0000000000000	0=#0.	!ValueError: Format specifier missing precision|
f	bee4f8b588e368f1	0^.20g	-1.0000000000000000818e-05|
f	bf1a36e2eb1c432d	€<-z#E	-1.000000E-04|
f	4341c37937e08000	= #,.6	 1.00000e+16|
f	0000000000000001	*^0,.20n	!ValueError: Cannot specify ',' with 'n'.|
f	0000000000000000	€<+20,.0f	+0€€€€€€€€€€€€€€€€€€|
f	430c6bf526340000	=+#20.20x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	,<0,.6f	inf|
f	7ff8000000000000	0^z#1f	nan|
f	0000000000000000	0^+#.12f	+0.000000000000|
f	0000000000000001	^+.6	+4.94066e-324|
f	3ff0000000000000	x>-08_.20E	1.00000000000000000000E+00|
f	4058ffae147ae148	*^z0.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	x>08_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3ff0000000000000	01,.0x	!ValueError: Cannot specify ',' with 'x'.|
f	3e8421f5f40d8376	0=+00_.6	+1.5e-07|
f	3ee4f8b588e368f1	 05f	 0.000010|
f	4004000000000000	_>05.12	__2.5|
f	4005666666666666	 003_.6f	 2.675000|
f	400921f9f01b866e	*=-00f	3.141590|
f	3f1a36e2eb1c432d	0<-00.12F	0.000100000000|
f	3e8421f5f40d8376	€<-_.s	!ValueError: Format specifier missing precision|
f	419d6f3454000000	0^0.1%	12345678900.0%|
f	4005666666666666	 >+z5_s	!ValueError: Cannot specify '_' with 's'.|
f	430c6bf526340000	0^+_.0d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	3f1a36e2eb1c432d	#^03.3	0.0001|
f	0000000000000000	*>+#12_n	!ValueError: Cannot specify '_' with 'n'.|
f	3e8421f5f40d8376	1_.12F	0.000000150000|
f	7fefffffffffffff	<03_.0s	!ValueError: Cannot specify '_' with 's'.|
f	3f1a36e2eb1c432d	> #012G	 0.000100000|
f	7ff8000000000000	0=-03.1	nan|
f	7fefffffffffffff	#^z#00_d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	7ff8000000000000	#^-#20_.1	########nan#########|
f	430c6bf526340000	*^,.6E	1.000000E+15|
f	419d6f3454000000	0=#020g	0000000001.23457e+08|
f	419d6f3454000000	-#1_.12F	123_456_789.000000000000|
f	419d6f3454000000	x> #20.6d	!ValueError: Unknown format code 'd' for object of type 'float'|
f	fff0000000000000	^-5.3x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	00.6s	!ValueError: Unknown format code 's' for object of type 'float'|
f	3ee4f8b588e368f1	+0_.6F	+0.000010|
f	419d6f3454000000	0=+z00,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	3fc0000000000000	*=#03_.6%	12.500000%|
f	bee4f8b588e368f1	€<-03.d	!ValueError: Format specifier missing precision|
f	c132d687e4189375	 >+z#03,f	-1,234,567.891000|
f	7ff0000000000000	> 020,.12x	!ValueError: Cannot specify ',' with 'x'.|
f	0000000000000001	0< #.20s	!ValueError: Unknown format code 's' for object of type 'float'|
f	0000000000000000	0< 5.12	 0.00|
f	bff8000000000000	é^-#1_.	!ValueError: Format specifier missing precision|
f	7ff0000000000000	=-08,%	0000inf%|
f	40fe240000000000	>-12.12f	123456.000000000000|
f	3f40624dd2f1a9fc	x>+z#0%	+0.050000%|
f	43e56a95319d63e1	é^20_.12F	12_345_678_901_234_567_168.000000000000|
s	abc	x>0.6	abc|
s	hello world	1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		=.3	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	#^8	#héllo##|
s	héllo	=_	!ValueError: Cannot specify '_' with 's'.|
s	🎉x	=12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo	*=003.3	!ValueError: '=' alignment not allowed in string format specifier|
s	a	*<	a|
s	héllo	,<5	héllo|
s	日本語	,<8r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	1.0	 |
s	a	#^5	##a##|
s	🎉x	8.1	🎉       |
s	hello world	,<	hello world|
s	🎉x	0=1.1	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	,<	hello world|
s	a	0<1	a|
s	héllo	,<	héllo|
s	日本語	é^	日本語|
s	héllo	20.3	hél                 |
s	héllo	*<	héllo|
s		*=8s	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	03.	!ValueError: Format specifier missing precision|
s	🎉x	0=20.1	!ValueError: '=' alignment not allowed in string format specifier|
s	a	 >8.1	       a|
s	hello world	0^01.6	hello |
s	🎉x	-0	!ValueError: Sign not allowed in string format specifier|
s	hello world	>20	         hello world|
s	hello world	0^0.3	hel|
s	héllo	8.0	        |
s	🎉x	,<12	🎉x,,,,,,,,,,|
s	日本語	<5	日本語  |
s	🎉x	*<5.	!ValueError: Format specifier missing precision|
s	a	<12	a           |
s	🎉x	^.0s	|
s	abc	é^5	éabcé|
s	日本語	,<	日本語|
s		 >12.0	            |
s	a	 >03	  a|
s	🎉x	^	🎉x|
s	héllo	=1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	_>	日本語|
s	hello world	20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	12.6	héllo       |
s	🎉x	*<8	🎉x******|
s	hello world	*>d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	🎉x	 >1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	 >020	         hello world|
s	🎉x	€<1	🎉x|
s	héllo	03.1	h00|
s	🎉x	0=12.20	!ValueError: '=' alignment not allowed in string format specifier|
s		5.6	     |
s	a	003r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	_>.3	a|
s	日本語		日本語|
s	a	0^1	a|
s	🎉x	^5	 🎉x  |
s		0^	|
s	abc	 >12.12	         abc|
s	abc	*^5	*abc*|
s	hello world	_>8.6	__hello |
s		^12s	            |
s	日本語	*^#20	!ValueError: Alternate form (#) not allowed in string format specifier|
s	héllo	1	héllo|
s	héllo	0^5.0	00000|
s	hello world	 >0	hello world|
s	a	>0.6d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo		héllo|
s	hello world	20	hello world         |
s	a	03	a00|
s	héllo	-0.	!ValueError: Format specifier missing precision|
s	a	.0	|
s	abc	*<20	abc*****************|
s	日本語	*=	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	5	日本語  |
s	日本語	0	日本語|
s		*>03.6d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo	0<1	héllo|
s	日本語	>1.6	日本語|
s	🎉x	^	🎉x|
s	héllo	>d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	é^0	日本語|
s	日本語	é^0.6	日本語|
s	hello world	0	hello world|
s	a	*<8.1	a*******|
s		03.12	000|
s	abc	01.20	abc|
s	日本語	=0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	*^-.	!ValueError: Format specifier missing precision|
s	hello world	<20s	hello world         |
s	🎉x	_>20.	!ValueError: Format specifier missing precision|
s		x>8	xxxxxxxx|
s	a	*< 	!ValueError: Space not allowed in string format specifier|
s		*>0	|
s	abc	<20	abc                 |
s		 >5	     |
s	a	x>d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	abc	5	abc  |
s	hello world	x>8	hello world|
s	héllo	=	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	<#.0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s		_>5.1	_____|
s		é^8r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	=12	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	.3	abc|
s	hello world	12.0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	é^.20	日本語|
s	a	*=8	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	_>20.3s	_________________abc|
s	abc	,<12.20	abc,,,,,,,,,|
s	a	<r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	>03.12	0🎉x|
s	abc	0<	abc|
s	日本語	é^1.0	é|
s	abc	^1	abc|
s	héllo	_>5.	!ValueError: Format specifier missing precision|
s	hello world	,<20	hello world,,,,,,,,,|
s	hello world	d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		05.3	00000|
s	héllo	8.6	héllo   |
s	abc	=12s	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	0^5	héllo|
s	a	*>0	a|
s	héllo	0<0	héllo|
s		0^00	|
s	🎉x	s	🎉x|
s	🎉x	*=12.12	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	<	abc|
s		*>12.0	************|
s	日本語	8.3r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	>d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	0^ 5.6r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	03	🎉x0|
s	a	0=	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	0^ .12	!ValueError: Space not allowed in string format specifier|
s	abc	>012	000000000abc|
s	a	€<#5.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		é^ 	!ValueError: Space not allowed in string format specifier|
s	🎉x	00	🎉x|
s	🎉x	0.6	🎉x|
s	🎉x	^	🎉x|
s		#^1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	*^1	hello world|
s	🎉x	*<r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	abc	^03	abc|
s	abc	.20	abc|
s	hello world	.20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	é^#	!ValueError: Alternate form (#) not allowed in string format specifier|
s		8	        |
s		*>03	***|
s		s	|
s	a	20	a                   |
s	a	0<20.6	a0000000000000000000|
s	🎉x	,<20	🎉x,,,,,,,,,,,,,,,,,,|
s	日本語		日本語|
s	日本語	é^12,	!ValueError: Cannot specify ',' with 's'.|
s		0<,	!ValueError: Cannot specify ',' with 's'.|
s	a	<05.	!ValueError: Format specifier missing precision|
s	a	0^012r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	8.20	hello world|
s	hello world		hello world|
s	abc	*=03.s	!ValueError: Format specifier missing precision|
s	🎉x	5.6	🎉x   |
s	héllo	€<20.r	!ValueError: Format specifier missing precision|
s	a	^	a|
s	héllo	 >8s	   héllo|
s		1.6	 |
s	héllo	1	héllo|
s	🎉x	03	🎉x0|
s	🎉x	8	🎉x      |
s	日本語	<.20	日本語|
s	🎉x	é^12.20	ééééé🎉xééééé|
s		*>03.6s	***|
s	a	_>12.	!ValueError: Format specifier missing precision|
s		é^12	éééééééééééé|
s	abc	x>5	xxabc|
s	hello world	,<0	hello world|
s	abc	>8	     abc|
s	日本語	*=1	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	<003	🎉x0|
s	héllo	*>00.r	!ValueError: Format specifier missing precision|
s	a	8.	!ValueError: Format specifier missing precision|
s		0=1s	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	5	abc  |
s	🎉x	=012	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	_>	héllo|
s	hello world	*<8.12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo		héllo|
s	日本語	*>d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	é^020.6	éééééééhello ééééééé|
s	日本語	-8.20	!ValueError: Sign not allowed in string format specifier|
s	a		a|
s	hello world	8	hello world|
s	a	*^	a|
s	hello world	,<01	hello world|
s	abc	€<1	abc|
s		0^8.12	00000000|
s	héllo	é^.12	héllo|
s	a	<12.3	a           |
s		0^0	|
s	hello world	*=8,.1r	!ValueError: Cannot specify ',' with 'r'.|
s	héllo	r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	abc	0^03.0	000|
s	héllo	0^8	0héllo00|
s	abc	12.	!ValueError: Format specifier missing precision|
s	héllo	^12.20	   héllo    |
s	a	0	a|
s	abc	é^1.6	abc|
s	🎉x	é^0	🎉x|
s	日本語	>	日本語|
s	hello world	^-.12	!ValueError: Sign not allowed in string format specifier|
s	日本語	03	日本語|
s	hello world	*^0s	hello world|
s	héllo	€<	héllo|
s	a	0	a|
s	hello world	=5.0s	!ValueError: '=' alignment not allowed in string format specifier|
s		é^03.20	ééé|
s	日本語	,<d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語		日本語|
s	hello world	*<20.12	hello world*********|
s	héllo	*<03.1	h**|
s	🎉x	20.1	🎉                   |
s	héllo	#^8.6	#héllo##|
s	日本語	*>	日本語|
s	abc	_>.1	a|
s	abc	0^	abc|
s	hello world	_>.3s	hel|
s	日本語	0	日本語|
s	日本語	0<.	!ValueError: Format specifier missing precision|
s	abc	=0.1	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	€<0.12	hello world|
s	hello world	0<020,	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	€<0.1	a|
s	a	.3	a|
s	a	_>03.12	__a|
s	日本語	0<5s	日本語00|
s	🎉x	0^.1	🎉|
s	a	*=1	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	003d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	*=003	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	 >20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	<003s	日本語|
s	a	€<#0	!ValueError: Alternate form (#) not allowed in string format specifier|
s	a	012.1	a00000000000|
s	a	#^012.12	#####a######|
s		*>-12_	!ValueError: Cannot specify '_' with 's'.|
s	abc	€<1	abc|
s	a	s	a|
s	héllo	0<12	héllo0000000|
s	héllo	,<5	héllo|
s	🎉x	.3	🎉x|
s	日本語	_>12.12	_________日本語|
s	日本語	_>.3	日本語|
s	hello world	03.1	h00|
s	a	*>03.3	**a|
s	hello world	20.6r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	*=1	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	*>s	🎉x|
s	日本語	*^20	********日本語*********|
s	abc	0<1	abc|
s	hello world	,<	hello world|
s	🎉x	1	🎉x|
s	abc	0^.0s	|
s	日本語	*^1.3	日本語|
s	hello world		hello world|
s	héllo	*^	héllo|
s	a	>5	    a|
s	héllo	=	!ValueError: '=' alignment not allowed in string format specifier|
s		8.3	        |
s	abc	5.0	     |
s	🎉x	#^8.6	###🎉x###|
s		x>.0	|
s		d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	€<.1s	日|
s		.3	|
s	abc	*=.6	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	*<8	🎉x******|
s	abc	 >0.12	abc|
s	abc	0.20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	_>-0	!ValueError: Sign not allowed in string format specifier|
s		0<12.12	000000000000|
s			|
s		#^1	#|
s	abc	x>5	xxabc|
s	🎉x	0=03.20	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	x>5	xx日本語|
s	a	0<.1	a|
s	日本語	_>1.1	日|
s	a	_>r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	>1	🎉x|
s		0^1	0|
s	🎉x	<8.12	🎉x      |
s	日本語	0	日本語|
s	hello world	1	hello world|
s	🎉x	*>0.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	<.6s	hello |
s	abc	_>5	__abc|
s	abc	>20.20	                 abc|
s	a	0^5.	!ValueError: Format specifier missing precision|
s	a	*=03	!ValueError: '=' alignment not allowed in string format specifier|
s	a	*^1	a|
s	abc	003	abc|
s	🎉x	8s	🎉x      |
s	日本語	*>.6	日本語|
s	hello world	x>03.0	xxx|
s	a	x>00	a|
s		0=.3	!ValueError: '=' alignment not allowed in string format specifier|
s	a		a|
s	hello world	0^5	hello world|
s	🎉x	0=20	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	x>0	héllo|
s		*>0	|
s	a	#^d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	abc	0<5	abc00|
s	日本語	0<0	日本語|
s	hello world	20	hello world         |
s	a	.6	a|
s	日本語	#^05.	!ValueError: Format specifier missing precision|
s	日本語	*^012.6	****日本語*****|
s	日本語	#^1	日本語|
s	hello world	1.	!ValueError: Format specifier missing precision|
s	🎉x	>r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	x>-.12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	x>0.3	hel|
s	a	0^12.1	00000a000000|
s	日本語	20	日本語                 |
s	a	*<5	a****|
s	日本語	^	日本語|
s	hello world	x>0	hello world|
s		8	        |
s	🎉x	,<1.6s	🎉x|
s	a	=	!ValueError: '=' alignment not allowed in string format specifier|
s	a	^1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	x>	héllo|
s	abc	*>0	abc|
s	héllo	=20	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	0<1	héllo|
s		€<.3s	|
s	abc	€<0	abc|
s		.6	|
s	héllo	#^20.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		12.12	            |
s	a	*^1.6	a|
s	日本語		日本語|
s	a	5	a    |
s	日本語	12	日本語         |
s	hello world	0^12.1	00000h000000|
s			|
s	a	é^.12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	🎉x	€<r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	0=0.6d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	*=20.12	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	0=03.	!ValueError: Format specifier missing precision|
s		*>5	*****|
s	héllo	>.	!ValueError: Format specifier missing precision|
s	abc	>.12	abc|
s	abc	_>.	!ValueError: Format specifier missing precision|
s	héllo	€<20.0s	€€€€€€€€€€€€€€€€€€€€|
s	🎉x	,<5s	🎉x,,,|
s	日本語	00	日本語|
s	a	0<8.3	a0000000|
s	a	*>12	***********a|
s	hello world	<	hello world|
s	hello world	é^8.1	éééhéééé|
s	héllo	<.20	héllo|
s	abc	1	abc|
s	hello world	0=.3s	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	12	héllo       |
s		€<12	€€€€€€€€€€€€|
s		*<03	***|
s	hello world	.0s	|
s	a	*<8.6	a*******|
s	héllo	<03	héllo|
s	日本語		日本語|
s	a	<020,	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	0<01	🎉x|
s	🎉x	x>12	xxxxxxxxxx🎉x|
s		*=0	!ValueError: '=' alignment not allowed in string format specifier|
s	abc		abc|
s	hello world	*<	hello world|
s	abc	>	abc|
s	hello world	^03s	hello world|
s	héllo	,<5	héllo|
s	abc	0<8.3	abc00000|
s	日本語	€<08	日本語€€€€€|
s	hello world	^ 12.1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	 01.1	!ValueError: Space not allowed in string format specifier|
s	🎉x	.20	🎉x|
s	a	0^20	000000000a0000000000|
s	hello world	 >.	!ValueError: Format specifier missing precision|
s	héllo	0	héllo|
s	hello world	0^8s	hello world|
s	hello world	>03.6	hello |
s	日本語	 >8	     日本語|
s	abc	12	abc         |
s	abc	*^8	**abc***|
s	héllo	s	héllo|
s	héllo	5	héllo|
s	🎉x	 >012.1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	z5.6	!ValueError: Negative zero coercion (z) not allowed in string format specifier|
s	🎉x	€<03	🎉x€|
s	hello world	=12	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	é^20.0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	^03.12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	8	日本語     |
s	héllo	^03	héllo|
s	日本語	.0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	03	a00|
s	🎉x	€<8r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	,< 08	!ValueError: Space not allowed in string format specifier|
s	hello world	=012.12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	*=12	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	5	abc  |
s		.1	|
s		>1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	x>03.1	xx🎉|
s	hello world	1.1	h|
s	héllo	>	héllo|
s	日本語	é^03	日本語|
s		^8.	!ValueError: Format specifier missing precision|
s	a	20.0	                    |
s	abc	é^	abc|
s	abc	0=01	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	^12	   héllo    |
s	héllo	_	!ValueError: Cannot specify '_' with 's'.|
s	日本語	*>20	*****************日本語|
s		8	        |
s		^.12	|
s	héllo	x>8	xxxhéllo|
s		 >.3	|
s	🎉x	*^03s	🎉x*|
s	🎉x	.3	🎉x|
s	🎉x	*>	🎉x|
s	日本語	 >.	!ValueError: Format specifier missing precision|
s	abc	_>1	abc|
s	hello world	^	hello world|
s	🎉x	=.	!ValueError: Format specifier missing precision|
s	héllo	é^	héllo|
s	abc	03.12	abc|
s		*>0	|
s	hello world	.6	hello |
s		.20d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	🎉x	0=	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	 >00	日本語|
s	🎉x	<	🎉x|
s	🎉x	0.6	🎉x|
s	héllo	*=.1	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	5d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	abc		abc|
s	🎉x	<0.20	🎉x|
s	🎉x	€<8.20	🎉x€€€€€€|
s	🎉x	x>	🎉x|
s	a	*=20.20	!ValueError: '=' alignment not allowed in string format specifier|
s		é^1s	é|
s		€<8.20d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	abc	0<.3	abc|
s	日本語	_>03.20	日本語|
s		0	|
s	日本語	=003	!ValueError: '=' alignment not allowed in string format specifier|
s	a	5	a    |
s	日本語	*=	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	*>-03	!ValueError: Sign not allowed in string format specifier|
s	héllo	0^0	héllo|
s	日本語	8	日本語     |
s	日本語	*^	日本語|
s	a	_>	a|
s	🎉x	<8.20	🎉x      |
s	hello world	.20	hello world|
s	🎉x	x>5	xxx🎉x|
s	héllo	1.0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	abc		abc|
s	日本語	 >.12	日本語|
s	日本語	=12	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	5	abc  |
s	a	12	a           |
s			|
s	abc	*<03	abc|
s	abc	#^	abc|
s	a	*=03	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	*>	héllo|
s	a	^5	  a  |
s	héllo	_>	héllo|
s	héllo	=8.3	!ValueError: '=' alignment not allowed in string format specifier|
s		 >5_	!ValueError: Cannot specify '_' with 's'.|
s	hello world	#^12	hello world#|
s	日本語	*=12_d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	abc	r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	abc	^12	    abc     |
s	日本語	0	日本語|
s	abc	03.0	000|
s	abc	.6	abc|
s		<	|
s	héllo	^+d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	<	a|
s		*>.12s	|
s	日本語	€<12.12	日本語€€€€€€€€€|
s		0^	|
s	héllo	03	héllo|
s	🎉x	€<12	🎉x€€€€€€€€€€|
s	hello world	1.1	h|
s	hello world	.3	hel|
s	日本語		日本語|
s	héllo	012r	!ValueError: Unknown format code 'r' for object of type 'str'|
s		0	|
s	héllo	^	héllo|
s	abc	>	abc|
s		12	            |
s	日本語	-.20	!ValueError: Sign not allowed in string format specifier|
s	🎉x	08	🎉x000000|
s	a	#^00	a|
s	abc	,<0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s		*<20s	********************|
s	🎉x	,<00	🎉x|
s	hello world	é^1	hello world|
s	hello world	*=0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	>0.1	日|
s	日本語	0	日本語|
s	a	x>,s	!ValueError: Cannot specify ',' with 's'.|
s	a	=#20.12	!ValueError: Alternate form (#) not allowed in string format specifier|
s	héllo	0<.	!ValueError: Format specifier missing precision|
s		5.3r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	*^1	hello world|
s	abc	8.12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	20	a                   |
s	hello world	1	hello world|
s	héllo	*=8.6	!ValueError: '=' alignment not allowed in string format specifier|
s	a	^03	0a0|
s	abc	x>	abc|
s			|
s	hello world	*<s	hello world|
s	hello world	01	hello world|
s	héllo	 >	héllo|
s	hello world	é^8r	!ValueError: Unknown format code 'r' for object of type 'str'|
s		é^1.1	é|
s	日本語	<0	日本語|
s	abc		abc|
s	日本語		日本語|
s	abc	*>z20	!ValueError: Negative zero coercion (z) not allowed in string format specifier|
s	hello world	0=12	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	0=	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	<8.12	hello world|
s	hello world	>8s	hello world|
s	a	*^	a|
s	日本語	,<8	日本語,,,,,|
s	abc	*^5.20	*abc*|
s	abc	,<-	!ValueError: Sign not allowed in string format specifier|
s	日本語	0<20.1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	12.20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	*>_	!ValueError: Cannot specify '_' with 's'.|
s	🎉x	5	🎉x   |
s	héllo	12.3	hél         |
s	a	20.12	a                   |
s	日本語	,<03.20	日本語|
s		*^12.1	************|
s	abc	 >20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	<.1	h|
s		=03.0	!ValueError: '=' alignment not allowed in string format specifier|
s		*>0_	!ValueError: Cannot specify '_' with 's'.|
s	abc	é^	abc|
s	abc	>8	     abc|
s	a	€<_.1	!ValueError: Cannot specify '_' with 's'.|
s		0^0	|
s		5.0s	     |
s	a	<20.12s	a                   |
s		0^12	000000000000|
s	日本語	20.3	日本語                 |
s	héllo	0<.20	héllo|
s	a	>0.3s	a|
s		 20	!ValueError: Space not allowed in string format specifier|
s		€<d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	0=012d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo	>	héllo|
s	a	1.20	a|
s	🎉x	0^	🎉x|
s	a	*<1	a|
s	a	*=	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	_>01	日本語|
s	abc	20.12	abc                 |
s		0s	|
s	a	=.	!ValueError: Format specifier missing precision|
s		€<003	€€€|
s	a	20.1	a                   |
s		*=r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	_>5.3	__日本語|
s	hello world	*<8r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	.20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	*>12	**********🎉x|
s	hello world	0.1	h|
s	héllo	€<8	héllo€€€|
s	abc	*=#20	!ValueError: Alternate form (#) not allowed in string format specifier|
s	日本語		日本語|
s	héllo	0=5r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	^	héllo|
s	abc	x>8.	!ValueError: Format specifier missing precision|
s		08.20	00000000|
s	日本語	0<05	日本語00|
s		>	|
s			|
s	a	12.20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	020	héllo000000000000000|
s	🎉x	 >.3r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	>20.1	                   日|
s	a	0^.0	|
s	日本語	#^12	####日本語#####|
s	a	€<020s	a€€€€€€€€€€€€€€€€€€€|
s	abc	>0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	*>0	hello world|
s	🎉x	^0	🎉x|
s	日本語	0<12.	!ValueError: Format specifier missing precision|
s	héllo	0^0	héllo|
s	abc		abc|
s	a	*<20.0	********************|
s	a	*<5.0	*****|
s	🎉x	5.	!ValueError: Format specifier missing precision|
s	a	=12.6	!ValueError: '=' alignment not allowed in string format specifier|
s	a		a|
s		03.3	000|
s	日本語	<1.6	日本語|
s	🎉x	<12.3s	🎉x          |
s	日本語	20.6	日本語                 |
s		*^03.	!ValueError: Format specifier missing precision|
s		_>03s	___|
s	🎉x	*>	🎉x|
s	🎉x	+5.3	!ValueError: Sign not allowed in string format specifier|
s		<.20	|
s		<20	                    |
s	日本語	x>5.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	*< 03	!ValueError: Space not allowed in string format specifier|
s	héllo	€<.0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world		hello world|
s	日本語	é^5	é日本語é|
s	hello world	€<1_.1r	!ValueError: Cannot specify '_' with 'r'.|
s	🎉x	12	🎉x          |
s	héllo	*^12.1	*****h******|
s	🎉x	^0	🎉x|
s	a	*<5.20	a****|
s	abc	,<12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	*>12	**********🎉x|
s	abc	 >5.12	  abc|
s	hello world		hello world|
s	abc	0=0.1	!ValueError: '=' alignment not allowed in string format specifier|
s	a	 >20	                   a|
s	🎉x	12	🎉x          |
s	🎉x	0	🎉x|
s	日本語	*^.	!ValueError: Format specifier missing precision|
s	日本語	0=12	!ValueError: '=' alignment not allowed in string format specifier|
s		*=0s	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	é^8.20	hello world|
s	abc		abc|
s	🎉x		🎉x|
s		<8.3	        |
s	🎉x	<	🎉x|
s	🎉x	*^12.20	*****🎉x*****|
s	abc	#^-0	!ValueError: Sign not allowed in string format specifier|
s			|
s	héllo	*>0	héllo|
s	日本語	<12	日本語         |
s	a	1	a|
s	a	 >	a|
s	hello world	#^03s	hello world|
s			|
s		0^5	00000|
s	héllo	012,	!ValueError: Cannot specify ',' with 's'.|
s	日本語	0^.6	日本語|
s	héllo	*>20_.12	!ValueError: Cannot specify '_' with 's'.|
s	🎉x	*<5	🎉x***|
s	héllo	,<8	héllo,,,|
s	日本語	r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	20	🎉x                  |
s	hello world	é^	hello world|
s	hello world	_>12s	_hello world|
s	abc	,<+5d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	é^03.3	hel|
s	a	12	a           |
s		^00.0	|
s		.20	|
s	🎉x	*<5	🎉x***|
s	a	8.3	a       |
s	日本語	x>,.20	!ValueError: Cannot specify ',' with 's'.|
s	🎉x		🎉x|
s	hello world	=.0	!ValueError: '=' alignment not allowed in string format specifier|
s	a	0=5	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	*<	héllo|
s	abc	€<12	abc€€€€€€€€€|
s	hello world	.6	hello |
s	héllo	8	héllo   |
s	abc	>003.6	abc|
s	日本語	x>.1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	é^z	!ValueError: Negative zero coercion (z) not allowed in string format specifier|
s	a	_>r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	abc	.6d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	,<.20	hello world|
s	hello world	x>5	hello world|
s	héllo	^d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	 >	日本語|
s	🎉x		🎉x|
s	abc	12	abc         |
s	héllo	*^0	héllo|
s		20	                    |
s	日本語	*^.0	|
s	abc	#^0.12s	abc|
s		,<20	,,,,,,,,,,,,,,,,,,,,|
s	日本語	*>	日本語|
s		*>,	!ValueError: Cannot specify ',' with 's'.|
s	héllo	^12	   héllo    |
s	héllo	é^1	héllo|
s	héllo	8.	!ValueError: Format specifier missing precision|
s	a	0<	a|
s	abc	=20	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	0	hello world|
s	🎉x	^s	🎉x|
s	🎉x	0s	🎉x|
s	héllo	0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	20.	!ValueError: Format specifier missing precision|
s	héllo	x>20,	!ValueError: Cannot specify ',' with 's'.|
s		_>0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	>12.12	          🎉x|
s	hello world	20	hello world         |
s	abc	=5.12	!ValueError: '=' alignment not allowed in string format specifier|
s	a	0^	a|
s	héllo	,<8	héllo,,,|
s	a	#^1	a|
s	abc	8	abc     |
s	hello world	#^	hello world|
s		*^03.20	***|
s	a	*^+20.20	!ValueError: Sign not allowed in string format specifier|
s	a	0<0	a|
s	a	_>12.	!ValueError: Format specifier missing precision|
s	a	0	a|
s	héllo	,<	héllo|
s	héllo	*^	héllo|
s	🎉x		🎉x|
s	abc	0^0	abc|
s	日本語	20.1s	日                   |
s	abc	0,.3	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	8.	!ValueError: Format specifier missing precision|
s	🎉x	0^8	000🎉x000|
s	a		a|
s	a	20	a                   |
s	abc	,<01	abc|
s	héllo	>.1	h|
s	hello world	.20	hello world|
s	a	03r	!ValueError: Unknown format code 'r' for object of type 'str'|
s		*=0.12	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	0=0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		0^8.3	00000000|
s	abc	x>20	xxxxxxxxxxxxxxxxxabc|
s	a	0<20	a0000000000000000000|
s	hello world	*<5	hello world|
s	héllo	=8	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	0=03.r	!ValueError: Format specifier missing precision|
s	abc	03	abc|
s	abc	>0	abc|
s	日本語	0=s	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	020.3	🎉x000000000000000000|
s	日本語	0<8.6r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	1	hello world|
s		,	!ValueError: Cannot specify ',' with 's'.|
s	a	,<5.6	a,,,,|
s	abc	03.12	abc|
s		0^	|
s	abc	1	abc|
s		<12	            |
s	hello world	=12	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	€<0	héllo|
s		*=12	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	03	héllo|
s	🎉x		🎉x|
s	a	#^03r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	0^5	héllo|
s		*>0	|
s	日本語	^.6	日本語|
s	日本語	*>8	*****日本語|
s	a	é^5.1	ééaéé|
s	🎉x	é^	🎉x|
s	héllo	1.	!ValueError: Format specifier missing precision|
s	abc	<.1	a|
s	abc	8d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	_>0.3	hel|
s	hello world	^1	hello world|
s	a	^12	     a      |
s	abc	12.20	abc         |
s	hello world	12.3	hel         |
s	a	12	a           |
s		x>0.20	|
s	héllo		héllo|
s	héllo	5	héllo|
s		*^5.6	*****|
s	hello world	<12_.3	!ValueError: Cannot specify '_' with 's'.|
s	日本語	*<12s	日本語*********|
s	héllo	0<03	héllo|
s	a	*<03	a**|
s	日本語	_>05.0d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	abc	03.1	a00|
s	hello world	*=03.20d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	5	a    |
s	héllo	#^.6	héllo|
s	abc	*^20	********abc*********|
s	🎉x	,<.6	🎉x|
s	日本語	*<12	日本語*********|
s		_>.6	|
s	a	*<03	a**|
s	🎉x	#^03.20	🎉x#|
s	hello world	*=+20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	0	日本語|
s	a	,<	a|
s	🎉x	^1	🎉x|
s		é^.	!ValueError: Format specifier missing precision|
s	a	_>0.0	|
s	héllo	€<012r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	0^5.20	héllo|
s	héllo	00.12	héllo|
s	🎉x	0	🎉x|
s	🎉x	08	🎉x000000|
s	日本語		日本語|
s	a	03	a00|
s	héllo	8	héllo   |
s	日本語	0.12	日本語|
s	hello world	^	hello world|
s	hello world	0<.6	hello |
s	日本語	^8.3	  日本語   |
s	héllo	€<8.6	héllo€€€|
s	héllo	*<12.20	héllo*******|
s		s	|
s	🎉x	é^	🎉x|
s	héllo	00.12	héllo|
s	a	00	a|
s	héllo	1s	héllo|
s	héllo	_> 03.6	!ValueError: Space not allowed in string format specifier|
s	hello world	0<03.6	hello |
s	hello world	#08.1	!ValueError: Alternate form (#) not allowed in string format specifier|
s	hello world	05	hello world|
s	🎉x	*=8.3	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	8.s	!ValueError: Format specifier missing precision|
s	abc	<	abc|
s	🎉x	*^	🎉x|
s	a	 >5	    a|
s	日本語	z8	!ValueError: Negative zero coercion (z) not allowed in string format specifier|
s		*<.6	|
s	abc	<03,	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	>0.20	🎉x|
s	🎉x	5	🎉x   |
s	🎉x	*=.20	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	_>12.20	_________日本語|
s	日本語	=03,s	!ValueError: Cannot specify ',' with 's'.|
s		20s	                    |
s		12.1	            |
s		*^z0.6	!ValueError: Negative zero coercion (z) not allowed in string format specifier|
s	héllo	x>+d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	,.3	!ValueError: Cannot specify ',' with 's'.|
s	hello world	é^5s	hello world|
s	abc	^5r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	,<+0	!ValueError: Sign not allowed in string format specifier|
s	🎉x	0^+.1	!ValueError: Sign not allowed in string format specifier|
s	héllo	,<8	héllo,,,|
s	日本語		日本語|
s	🎉x	0=1	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	*>5.20	hello world|
s		=8.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo	_> 1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	é^+	!ValueError: Sign not allowed in string format specifier|
s	日本語	.0	|
s	abc	,<5	abc,,|
s	日本語	€<.20	日本語|
s	日本語	_>0.12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	<5	a    |
s	日本語	5	日本語  |
s	a	.	!ValueError: Format specifier missing precision|
s		03	000|
s	abc	1.12	abc|
s	🎉x	,<0.6	🎉x|
s	日本語	0=0.0	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	 >8	     日本語|
s		*<1	*|
s	a	20	a                   |
s		>0	|
s	hello world	,<1	hello world|
s	日本語	*^20	********日本語*********|
s		 5r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	=0.	!ValueError: Format specifier missing precision|
s	🎉x	5d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	.	!ValueError: Format specifier missing precision|
s	hello world		hello world|
s	a	0<12.0	000000000000|
s		*>	|
s	日本語	€<12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo	03.1	h00|
s	abc	x>12.3s	xxxxxxxxxabc|
s	日本語	0^	日本語|
s	日本語	<0.12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		 >03	   |
s	hello world	03.3	hel|
s	🎉x	0<1	🎉x|
s	日本語	0^.6d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	héllo	^1.6	héllo|
s	日本語	x>8	xxxxx日本語|
s		*<5	*****|
s	a	x>20	xxxxxxxxxxxxxxxxxxxa|
s	🎉x	=12	!ValueError: '=' alignment not allowed in string format specifier|
s		0<	|
s	🎉x	0=-0.20	!ValueError: Sign not allowed in string format specifier|
s	hello world	0	hello world|
s	🎉x	0=0s	!ValueError: '=' alignment not allowed in string format specifier|
s		,<0	|
s	hello world	,<12	hello world,|
s	🎉x	0=0	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	0=0	!ValueError: '=' alignment not allowed in string format specifier|
s	a	>0s	a|
s	héllo	0^1	héllo|
s		=20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	<.12	a|
s		é^0	|
s	hello world	*>.6	hello |
s	hello world	x>	hello world|
s		8.12	        |
s	日本語	5	日本語  |
s	🎉x	20.6	🎉x                  |
s		*=20	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	1.1	h|
s	a	€<+	!ValueError: Sign not allowed in string format specifier|
s	hello world	<1.12	hello world|
s	héllo	=20	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	.1	日|
s	日本語		日本語|
s	a	12	a           |
s	🎉x	03	🎉x0|
s	日本語	*=	!ValueError: '=' alignment not allowed in string format specifier|
s	hello world	0=.20	!ValueError: '=' alignment not allowed in string format specifier|
s		0<0.1s	|
s	a	<12	a           |
s	日本語		日本語|
s	hello world	 >	hello world|
s	a	0.6	a|
s		€<03s	€€€|
s	a	*>1	a|
s	héllo	8.12	héllo   |
s	héllo	x>8	xxxhéllo|
s	日本語	0=020	!ValueError: '=' alignment not allowed in string format specifier|
s	a	 >0	a|
s	a	0<20	a0000000000000000000|
s	hello world	00.1	h|
s		0=,.1	!ValueError: Cannot specify ',' with 's'.|
s		_>	|
s	abc	_>8	_____abc|
s	hello world	<	hello world|
s	a	<0	a|
s	héllo	*^5s	héllo|
s		r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	é^	🎉x|
s	abc	*=8	!ValueError: '=' alignment not allowed in string format specifier|
s		20	                    |
s	abc		abc|
s	🎉x	0=12d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		_>5	_____|
s		€<.1	|
s	hello world	<.3	hel|
s	hello world	0s	hello world|
s	日本語	<03	日本語|
s	héllo	#1	!ValueError: Alternate form (#) not allowed in string format specifier|
s	a	03.3	a00|
s	hello world	0<12	hello world0|
s	héllo		héllo|
s	🎉x	0^s	🎉x|
s	🎉x	<5	🎉x   |
s	abc	*<0	abc|
s	日本語	x>	日本語|
s	hello world	*>03d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	012	日本語000000000|
s	héllo	03.20	héllo|
s	🎉x	0=20r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	é^	a|
s	hello world	>5	hello world|
s	🎉x	^03.0	000|
s	hello world	*<0.3	hel|
s	héllo	 >.6	héllo|
s	日本語	x>5s	xx日本語|
s	abc	 >	abc|
s	日本語	0<.1s	日|
s	hello world	.20	hello world|
s		€<05s	€€€€€|
s		^8	        |
s	日本語	#^5.1	##日##|
s	abc	€<03	abc|
s	abc	03.d	!ValueError: Format specifier missing precision|
s	hello world	^003.20	hello world|
s	abc	5	abc  |
s	hello world	é^03.	!ValueError: Format specifier missing precision|
s	🎉x	*^5	*🎉x**|
s		20d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	.12	日本語|
s	a	0=03	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	^08	00日本語000|
s	hello world	*<12.0	************|
s	hello world	x>r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	abc	_>5.6s	__abc|
s	hello world	 >r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a		a|
s	héllo	s	héllo|
s	a	=03	!ValueError: '=' alignment not allowed in string format specifier|
s	abc	>1.3d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	0^	日本語|
s	abc	€<0.3	abc|
s	日本語	12.1r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	<.6	héllo|
s	🎉x	12.	!ValueError: Format specifier missing precision|
s	abc	x>03	abc|
s		é^8.0	éééééééé|
s	a	0=.20	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	*=12.20	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	01	🎉x|
s	a		a|
s		#^	|
s	🎉x	=5.3	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	 08.6	!ValueError: Space not allowed in string format specifier|
s	🎉x	#^20.0r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	x>.6	日本語|
s	héllo	*=1.1	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	x>8.	!ValueError: Format specifier missing precision|
s	abc	é^8d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	hello world	s	hello world|
s	héllo	^20.1	         h          |
s	hello world	=	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	5	🎉x   |
s	abc	=	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	>03	日本語|
s	日本語	8.0	        |
s	hello world	8	hello world|
s	héllo	0	héllo|
s	héllo	é^8.r	!ValueError: Format specifier missing precision|
s	abc	*^12	****abc*****|
s	🎉x	12.	!ValueError: Format specifier missing precision|
s	a	03	a00|
s	abc	0	abc|
s	🎉x	>	🎉x|
s	hello world	<20.12	hello world         |
s	hello world	^	hello world|
s	héllo	12s	héllo       |
s	hello world	x>	hello world|
s	a	0	a|
s	日本語	0	日本語|
s	🎉x	_>5	___🎉x|
s	héllo		héllo|
s	日本語	é^20.	!ValueError: Format specifier missing precision|
s		*^03	***|
s	🎉x	20.12	🎉x                  |
s	abc	 20	!ValueError: Space not allowed in string format specifier|
s	🎉x	8d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	🎉x	^r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	.12	日本語|
s	abc	#^1	abc|
s	a	0.20	a|
s	héllo	20	héllo               |
s	🎉x	<r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	a	 >5	    a|
s	a	20d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	🎉x		🎉x|
s	héllo	03	héllo|
s	a	*^03	*a*|
s	🎉x	_>	🎉x|
s	abc	x>d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a		a|
s	héllo	x>1.6	héllo|
s	日本語	^20	        日本語         |
s	héllo	<	héllo|
s	a	*<z.20	!ValueError: Negative zero coercion (z) not allowed in string format specifier|
s		 >.20	|
s	abc	0^0	abc|
s	a	é^0.	!ValueError: Format specifier missing precision|
s	hello world	*^	hello world|
s	🎉x	é^	🎉x|
s	hello world	 >_.12r	!ValueError: Cannot specify '_' with 'r'.|
s	abc	03.20	abc|
s	a	0<1	a|
s	a	1	a|
s	日本語	 >20	                 日本語|
s	hello world	0=.0	!ValueError: '=' alignment not allowed in string format specifier|
s		0^8	00000000|
s		#^12	############|
s	héllo	.	!ValueError: Format specifier missing precision|
s	a	*=12.3r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	hello world	^01d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	日本語	0=03	!ValueError: '=' alignment not allowed in string format specifier|
s	a	>.12	a|
s	日本語	,<0	日本語|
s	hello world	*=12.	!ValueError: Format specifier missing precision|
s	🎉x	0=r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語	0^12	0000日本語00000|
s		_>20	____________________|
s	🎉x	.6	🎉x|
s	abc	x> 0.r	!ValueError: Format specifier missing precision|
s	a	0	a|
s	héllo	0=0	!ValueError: '=' alignment not allowed in string format specifier|
s		0^20.0	00000000000000000000|
s	hello world	,<03	hello world|
s	abc	,<5.0s	,,,,,|
s	abc	*^03.	!ValueError: Format specifier missing precision|
s		^0	|
s	🎉x	1.12	🎉x|
s	🎉x	>0.r	!ValueError: Format specifier missing precision|
s	🎉x		🎉x|
s	hello world	*^.3	hel|
s		05,.12	!ValueError: Cannot specify ',' with 's'.|
s		=20	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	03.1	日00|
s	a	0=0	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	=1	!ValueError: '=' alignment not allowed in string format specifier|
s		0^5	00000|
s	日本語	*^.20	日本語|
s	🎉x	*=+8	!ValueError: Sign not allowed in string format specifier|
s	abc	0<20	abc00000000000000000|
s	abc	*<.	!ValueError: Format specifier missing precision|
s	abc	0<	abc|
s	日本語	^0	日本語|
s	abc	*^003	abc|
s	héllo	12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	日本語		日本語|
s	héllo	*^ 01	!ValueError: Space not allowed in string format specifier|
s	a	*>.3	a|
s	🎉x	12	🎉x          |
s	abc	08	abc00000|
s	日本語	#^	日本語|
s	🎉x	5	🎉x   |
s	hello world	03	hello world|
s	abc	 >5.6	  abc|
s		*<	|
s		#^8	########|
s	hello world		hello world|
s	héllo	=0	!ValueError: '=' alignment not allowed in string format specifier|
s		*>0	|
s	héllo	*>5	héllo|
s	héllo	=0	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	0=.	!ValueError: Format specifier missing precision|
s	🎉x	0=0.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	🎉x	-.1d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	.6r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	héllo	é^	héllo|
s	hello world	>.0	|
s		*<5.20	*****|
s	hello world	 >.12	hello world|
s		0=20d	!ValueError: Unknown format code 'd' for object of type 'str'|
s	a	012	a00000000000|
s		12.	!ValueError: Format specifier missing precision|
s	🎉x	0=8.	!ValueError: Format specifier missing precision|
s	🎉x	=5	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	12	🎉x          |
s	hello world	>12.12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s		8,	!ValueError: Cannot specify ',' with 's'.|
s	hello world	1.1	h|
s	abc	*<1.20	abc|
s	a	*^5.20	**a**|
s	héllo	12	héllo       |
s	日本語	1	日本語|
s	hello world	12_	!ValueError: Cannot specify '_' with 's'.|
s	abc	€<5	abc€€|
s	a	_>03s	__a|
s		<	|
s	héllo	é^_.	!ValueError: Format specifier missing precision|
s	abc	_>8.6	_____abc|
s	🎉x	0.0	|
s	a	*=	!ValueError: '=' alignment not allowed in string format specifier|
s	héllo	.12	héllo|
s	abc	>.3	abc|
s	hello world	x>	hello world|
s	a	 8.6	!ValueError: Space not allowed in string format specifier|
s	héllo	^-0	!ValueError: Sign not allowed in string format specifier|
s			|
s	🎉x	5	🎉x   |
s	日本語	^12.0	            |
s		=20,	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	12r	!ValueError: Unknown format code 'r' for object of type 'str'|
s	🎉x	x>s	🎉x|
s	🎉x	03	🎉x0|
s	hello world	0=	!ValueError: '=' alignment not allowed in string format specifier|
s	日本語	*>1	日本語|
s	日本語	 08.	!ValueError: Format specifier missing precision|
s	日本語	=020	!ValueError: '=' alignment not allowed in string format specifier|
s	a	0=_	!ValueError: Cannot specify '_' with 's'.|
s	hello world	é^.12	hello world|
s	hello world	,<	hello world|
s		12,.	!ValueError: Format specifier missing precision|
s	abc	0.12	abc|
s	abc	#^20	########abc#########|
s	日本語	x>020,.6	!ValueError: Cannot specify ',' with 's'.|
s	hello world	#^d	!ValueError: Unknown format code 'd' for object of type 'str'|
s		0=	!ValueError: '=' alignment not allowed in string format specifier|
s	🎉x	é^5.12	é🎉xéé|
s	abc		abc|
s	🎉x	12	🎉x          |
s	héllo	20.3	hél                 |
s	日本語	5s	日本語  |
s	日本語	#^1.1s	日|
s	日本語	€<03	日本語|
s	a	0<8	a0000000|
s	日本語	8.0	        |
s	日本語	_>5.3	__日本語|
s	a	=.3	!ValueError: '=' alignment not allowed in string format specifier|
b	False	=-#.f	!ValueError: Format specifier missing precision|
b	True	^12y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	False	#^-0n	0|
b	False	0= 020g	 0000000000000000000|
b	False	=,r	!ValueError: Cannot specify ',' with 'r'.|
b	False	,<s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	False	€<z#0,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	#_x	0x0|
b	True	0<z0g	1|
b	True	_> z#0	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	^-z#012,f	001.00000000|
b	True	#03b	0b1|
b	False	0<+#0.3%	+0.000%|
b	False	*^-z05,g	**0**|
b	True	,<+#0,r	!ValueError: Cannot specify ',' with 'r'.|
b	True	=+#05G	+1.00000|
b	False	 >z#12c	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	0=,G	0|
b	False	,<+012%	+0.000000%,,|
b	False	_>#05,	____0|
b	True	^-#1_d	1|
b	False	€<z1,e	0.000000e+00|
b	False	<-n	0|
b	True	é^z#020d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	-s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	^+03.6g	+10|
b	False	 >8,.20r	!ValueError: Cannot specify ',' with 'r'.|
b	True	-01E	1.000000E+00|
b	True	*>-,c	!ValueError: Cannot specify ',' with 'c'.|
b	False	é^+8.20x	!ValueError: Precision not allowed in integer format specifier|
b	True	^#5y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	True	_>#n	1|
b	True	^+#012_o	0000+0o10000|
b	False	-z0%	0.000000%|
b	False	é^012x	ééééé0éééééé|
b	False	0<#0%	0.000000%|
b	True	0=-03,G	001|
b	False	x>+#0,E	+0.000000E+00|
b	True	é^0	1|
b	True	é^+#	+1|
b	False	_>-z1_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
b	False	é^ 00,c	!ValueError: Cannot specify ',' with 'c'.|
b	True	*> 8_E	 1.000000E+00|
b	False	0< z5	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	>-#05_e	0.000000e+00|
b	True	0e	1.000000e+00|
b	False	,<z05_o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	> #1r	!ValueError: Unknown format code 'r' for object of type 'bool'|
b	True	= 0	 1|
b	True	*>#5,n	!ValueError: Cannot specify ',' with 'n'.|
b	False	 >+20g	                  +0|
b	False	z03_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	0<-#05s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	,<+0E	+1.000000E+00|
b	True	=+z	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	x>z#8n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	+#0_c	!ValueError: Cannot specify '_' with 'c'.|
b	True	^-_G	1|
b	True	*<+#0_	+1|
b	False	*>+#05,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
b	True	x> #5,	xxx 1|
b	True	#03_X	0X1|
b	False	é^-12,F	éé0.000000éé|
b	True	é^03_.12e	1.000000000000e+00|
b	True	<-z8E	1.000000E+00|
b	False	z#05,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
b	False	+1,y	!ValueError: Cannot specify ',' with 'y'.|
b	True	0^#03,F	1.000000|
b	False	> #01.0F	 0.|
b	True	<1o	1|
b	True	é^ z5	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	_d	1|
b	False	*> 8,%	 0.000000%|
b	True	^-1\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	True	*= r	!ValueError: Unknown format code 'r' for object of type 'bool'|
b	False	 >12%	   0.000000%|
b	True	> #0.12y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	True	*<z_\u{1}	!ValueError: Cannot specify '_' with '\\x1'.|
b	False	z_g	0|
b	True	*<+z03,r	!ValueError: Cannot specify ',' with 'r'.|
b	False	=012x	000000000000|
b	True	_>8,	_______1|
b	True	 >012c	           \u{1}|
b	False	0^-z0F	0.000000|
b	False	_>+00_b	+0|
b	True	*^ #0	 1|
b	True	*>#5,x	!ValueError: Cannot specify ',' with 'x'.|
b	True	*= E	 1.000000E+00|
b	False	<20,e	0.000000e+00        |
b	False	< #03_c	!ValueError: Cannot specify '_' with 'c'.|
b	False	#0_n	!ValueError: Cannot specify '_' with 'n'.|
b	False	x> z08s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	 >+#\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	True	z5	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	 >+.0	!ValueError: Precision not allowed in integer format specifier|
b	True	#^z0E	1.000000E+00|
b	True	*<+12,o	!ValueError: Cannot specify ',' with 'o'.|
b	True	z#03_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	0<-03o	000|
b	True	 z#0_%	 100.000000%|
b	False	*>00_%	0.000000%|
b	True	,<+#0f	+1.000000|
b	False	*^-#020d	*********0**********|
b	False	> z#,%	 0.000000%|
b	False	*^+03F	+0.000000|
b	False	-5f	0.000000|
b	False	003%	0.000000%|
b	False	#^1x	0|
b	True	z#,c	!ValueError: Cannot specify ',' with 'c'.|
b	True	*^-z,G	1|
b	True	*=e	1.000000e+00|
b	True	0= z#20s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	*> 1,d	 1|
b	False	0^0_.1b	!ValueError: Precision not allowed in integer format specifier|
b	True	0<#012	100000000000|
b	False	€<0d	0|
b	False	>-020	00000000000000000000|
b	False	<-5_f	0.000000|
b	False	<8g	0       |
b	True	x> #01b	 0b1|
b	False	x>y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	True	€<20f	1.000000€€€€€€€€€€€€|
b	False	é^-12	ééééé0éééééé|
b	False	x>+#5c	!ValueError: Sign not allowed with integer format specifier 'c'|
b	True	#^ 0,%	 100.000000%|
b	True	_> z01_e	 1.000000e+00|
b	True	>z00_	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	<+00,n	!ValueError: Cannot specify ',' with 'n'.|
b	False	<5	0    |
b	True	_>#5y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	True	*<_x	1|
b	False	0^#0X	0X0|
b	True	*>z#	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	+0,\u{1}	!ValueError: Cannot specify ',' with '\\x1'.|
b	True	=	1|
b	True	*^#_n	!ValueError: Cannot specify '_' with 'n'.|
b	True	=-12_d	           1|
b	True	*^-0x	1|
b	False	<+#03o	+0o0|
b	False	 >z5,d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	=+0,d	+0|
b	True	+z0g	+1|
b	False	+z,d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	= z12,f	    1.000000|
b	False	+z12_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	é^08%	0.000000%|
b	True	 #03,n	!ValueError: Cannot specify ',' with 'n'.|
b	True	^+#1_	+1|
b	True	0^x	1|
b	True	0^12_E	1.000000E+00|
b	False	^-5,E	0.000000E+00|
b	False	z05.1x	!ValueError: Precision not allowed in integer format specifier|
b	False	,< 5_	 0,,,|
b	True	x> 0o	 1|
b	True	=+20x	+                  1|
b	True	0<-#_d	1|
b	True	0= 012,x	!ValueError: Cannot specify ',' with 'x'.|
b	True	_> 0o	 1|
b	True	*>#8_d	*******1|
b	False	*<-5	0****|
b	True	é^1r	!ValueError: Unknown format code 'r' for object of type 'bool'|
b	False	*^20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	False	>#5b	  0b0|
b	True	 >+z5d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	<#0.d	!ValueError: Format specifier missing precision|
b	False	=0,c	!ValueError: Cannot specify ',' with 'c'.|
b	False	0,r	!ValueError: Cannot specify ',' with 'r'.|
b	True	=#0_s	!ValueError: Cannot specify '_' with 's'.|
b	False	-z03F	0.000000|
b	True	> 020F	00000000000 1.000000|
b	True	<z12,g	1           |
b	True	_>z1F	1.000000|
b	True	#^-1f	1.000000|
b	False	+5_c	!ValueError: Cannot specify '_' with 'c'.|
b	False	^ #00\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	True	0=-0f	1.000000|
b	True	<z1X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	é^ #05s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	<+12y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	True	x>+8r	!ValueError: Unknown format code 'r' for object of type 'bool'|
b	True	<+#1b	+0b1|
b	False	<#0	0|
b	True	_>z0,f	1.000000|
b	True	<-00,%	100.000000%|
b	True	0=+0	+1|
b	True	z00,c	!ValueError: Cannot specify ',' with 'c'.|
b	False	0<8,	00000000|
b	True	-z20,x	!ValueError: Cannot specify ',' with 'x'.|
b	True	0=+0F	+1.000000|
b	False	>-05E	0.000000E+00|
b	False	 >#1,	0|
b	False	x>+#20s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	*^+020,F	*****+1.000000******|
b	False	+0,y	!ValueError: Cannot specify ',' with 'y'.|
b	False	*=#0s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	€<-0b	1|
b	True	*^-#5	**1**|
b	False	€< ,%	 0.000000%|
b	True	,<-z#05,F	1.000000|
b	True	_>-z8_d	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	00,.1s	!ValueError: Cannot specify ',' with 's'.|
b	True	>20G	                   1|
b	False	+z03,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	0<+0,s	!ValueError: Cannot specify ',' with 's'.|
b	False	*<#003%	0.000000%|
b	False	é^-#20o	éééééééé0o0ééééééééé|
b	False	x>#20,F	xxxxxxxxxxxx0.000000|
b	False	#^+#20_d	#########+0#########|
b	False	,<-0.12	!ValueError: Precision not allowed in integer format specifier|
b	True	^+G	+1|
b	False	0<z01,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	*=-#012d	***********0|
b	False	*<-#8n	0*******|
b	False	é^#01r	!ValueError: Unknown format code 'r' for object of type 'bool'|
b	True	_>-1_F	1.000000|
b	False	0=03_	000|
b	True	>z20,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	-03,.20s	!ValueError: Cannot specify ',' with 's'.|
b	False	*>+#01X	+0X0|
b	True	<+z#1f	+1.000000|
b	False	12d	           0|
b	True	*<z#n	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	_>-20,r	!ValueError: Cannot specify ',' with 'r'.|
b	False	12,c	!ValueError: Cannot specify ',' with 'c'.|
b	False	*<03d	0**|
b	False	 >+z20x	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	 >+z#03o	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	*<012b	0***********|
b	True	0< #12_n	!ValueError: Cannot specify '_' with 'n'.|
b	False	0^zo	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	> z#08,F	 0.000000|
b	False	x>+0,	+0|
b	False	^#5_f	0.000000|
b	False	^ zd	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	*> 01_f	 1.000000|
b	False	-0,r	!ValueError: Cannot specify ',' with 'r'.|
b	False	x>-#f	0.000000|
b	False	*>5,.f	!ValueError: Format specifier missing precision|
b	False	x>#_F	0.000000|
b	False	*=z20b	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	*< z#8\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	False	0<-#00_r	!ValueError: Cannot specify '_' with 'r'.|
b	True	_> 0E	 1.000000E+00|
b	False	,<-z003	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	0<z#05.20c	!ValueError: Precision not allowed in integer format specifier|
b	False	^z012,.c	!ValueError: Format specifier missing precision|
b	True	>#12_	           1|
b	True	=+zy	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	False	é^#12,%	é0.000000%éé|
b	True	_> o	 1|
b	True	=z#12,r	!ValueError: Cannot specify ',' with 'r'.|
b	True	é^ 0E	 1.000000E+00|
b	True	 z#8,X	!ValueError: Cannot specify ',' with 'X'.|
b	False	*< 00X	 0|
b	False	0<+z#_E	+0.000000E+00|
b	True	0<20F	1.000000000000000000|
b	False	> #5,F	 0.000000|
b	True	*=+#0%	+100.000000%|
b	True	#^+#8s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	=z#03_F	1.000000|
b	False	^-#00y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	False	0^z5,	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	z#20X	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	True	*=03n	**1|
b	True	*> 0r	!ValueError: Unknown format code 'r' for object of type 'bool'|
b	True	€<05n	1€€€€|
b	False	^03.0\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	True	0^z#03.1	!ValueError: Precision not allowed in integer format specifier|
b	False	0=-z#012G	000000.00000|
b	False	0<#8\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	True	*=12.20\u{1}	!ValueError: Unknown format code '\\x1' for object of type 'bool'|
b	True	0<+003,G	+10|
b	True	#^ #00,s	!ValueError: Cannot specify ',' with 's'.|
b	True	^-#012y	!ValueError: Unknown format code 'y' for object of type 'bool'|
b	True	_>+003_G	_+1|
b	False	_>,y	!ValueError: Cannot specify ',' with 'y'.|
b	True	> 003,.0n	!ValueError: Cannot specify ',' with 'n'.|
b	False	 z#0s	!ValueError: Unknown format code 's' for object of type 'bool'|
b	True	*^+	+1|
b	False	+#_b	+0b0|
b	True	+003_%	+100.000000%|
b	True	 >+03,G	 +1|
b	False	*^+5.0%	*+0%*|
b	False	^+20d	         +0         |
b	True	*>zo	!ValueError: Negative zero coercion (z) not allowed in integer format specifier|
b	False	*> 8	****** 0|
b	True	 z00_n	!ValueError: Cannot specify '_' with 'n'.|
b	True	,<0.6x	!ValueError: Precision not allowed in integer format specifier|
b	True	 > #5_y	!ValueError: Cannot specify '_' with 'y'.|
b	True	_>00,y	!ValueError: Cannot specify ',' with 'y'.|
b	True	_> 8_g	______ 1|
b	False	_> 03,g	_ 0|
b	True	^1b	1|
b	False	*>0,	0|
b	False	é^-020_g	ééééééééé0éééééééééé|
b	True	*>0_.G	!ValueError: Format specifier missing precision|
b	True	= #12,n	!ValueError: Cannot specify ',' with 'n'.|
b	False	_>-8g	_______0|
b	False	 #12F	    0.000000|
b	True	0=-8E	1.000000E+00|
i	0		0|
i	1		1|
i	-1		-1|
i	7		7|
i	-42		-42|
i	255		255|
i	1234		1234|
i	-1234567		-1234567|
i	65		65|
i	128512		128512|
i	123456789012		123456789012|
i	9223372036854775807		9223372036854775807|
i	-9223372036854775808		-9223372036854775808|
i	1000000000000000		1000000000000000|
i	-1000000000000000000		-1000000000000000000|
i	1114112		1114112|
i	233		233|
i	33		33|
f	0000000000000000		0.0|
f	8000000000000000		-0.0|
f	3ff0000000000000		1.0|
f	bff8000000000000		-1.5|
f	400921f9f01b866e		3.14159|
f	40934a456d5cfaad		1234.5678|
f	c132d687e4189375		-1234567.891|
f	4341c37937e08000		1e+16|
f	3ee4f8b588e368f1		1e-05|
f	3e8421f5f40d8376		1.5e-07|
f	419d6f3454000000		123456789.0|
f	3f202e7ef70994dd		0.000123456|
f	4023fffeb074a772		9.99999|
f	3fe0000000000000		0.5|
f	4004000000000000		2.5|
f	7ff0000000000000		inf|
f	fff0000000000000		-inf|
f	7ff8000000000000		nan|
f	7e37e43c8800759c		1e+300|
f	0000000000000001		5e-324|
f	4480f0cf064dd592		1e+22|
f	3fb999999999999a		0.1|
f	4058ffae147ae148		99.995|
f	7fefffffffffffff		1.7976931348623157e+308|
f	bf1a36e2eb1c432d		-0.0001|
f	3fc0000000000000		0.125|
f	430c6bf526340000		1000000000000000.0|
f	40fe240000000000		123456.0|
f	3f1a36e2eb1c432d		0.0001|
f	bee4f8b588e368f1		-1e-05|
f	43e56a95319d63e1		1.2345678901234567e+19|
f	3fa999999999999a		0.05|
f	3f40624dd2f1a9fc		0.0005|
f	4005666666666666		2.675|
s			|
s	a		a|
s	abc		abc|
s	hello world		hello world|
s	héllo		héllo|
s	日本語		日本語|
s	🎉x		🎉x|
b	True		True|
b	False		False|
i	0	10	         0|
i	1	10	         1|
i	-1	10	        -1|
i	7	10	         7|
i	-42	10	       -42|
i	255	10	       255|
i	1234	10	      1234|
i	-1234567	10	  -1234567|
i	65	10	        65|
i	128512	10	    128512|
i	123456789012	10	123456789012|
i	9223372036854775807	10	9223372036854775807|
i	-9223372036854775808	10	-9223372036854775808|
i	1000000000000000	10	1000000000000000|
i	-1000000000000000000	10	-1000000000000000000|
i	1114112	10	   1114112|
i	233	10	       233|
i	33	10	        33|
f	0000000000000000	10	       0.0|
f	8000000000000000	10	      -0.0|
f	3ff0000000000000	10	       1.0|
f	bff8000000000000	10	      -1.5|
f	400921f9f01b866e	10	   3.14159|
f	40934a456d5cfaad	10	 1234.5678|
f	c132d687e4189375	10	-1234567.891|
f	4341c37937e08000	10	     1e+16|
f	3ee4f8b588e368f1	10	     1e-05|
f	3e8421f5f40d8376	10	   1.5e-07|
f	419d6f3454000000	10	123456789.0|
f	3f202e7ef70994dd	10	0.000123456|
f	4023fffeb074a772	10	   9.99999|
f	3fe0000000000000	10	       0.5|
f	4004000000000000	10	       2.5|
f	7ff0000000000000	10	       inf|
f	fff0000000000000	10	      -inf|
f	7ff8000000000000	10	       nan|
f	7e37e43c8800759c	10	    1e+300|
f	0000000000000001	10	    5e-324|
f	4480f0cf064dd592	10	     1e+22|
f	3fb999999999999a	10	       0.1|
f	4058ffae147ae148	10	    99.995|
f	7fefffffffffffff	10	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	10	   -0.0001|
f	3fc0000000000000	10	     0.125|
f	430c6bf526340000	10	1000000000000000.0|
f	40fe240000000000	10	  123456.0|
f	3f1a36e2eb1c432d	10	    0.0001|
f	bee4f8b588e368f1	10	    -1e-05|
f	43e56a95319d63e1	10	1.2345678901234567e+19|
f	3fa999999999999a	10	      0.05|
f	3f40624dd2f1a9fc	10	    0.0005|
f	4005666666666666	10	     2.675|
s		10	          |
s	a	10	a         |
s	abc	10	abc       |
s	hello world	10	hello world|
s	héllo	10	héllo     |
s	日本語	10	日本語       |
s	🎉x	10	🎉x        |
b	True	10	         1|
b	False	10	         0|
i	0	<10	0         |
i	1	<10	1         |
i	-1	<10	-1        |
i	7	<10	7         |
i	-42	<10	-42       |
i	255	<10	255       |
i	1234	<10	1234      |
i	-1234567	<10	-1234567  |
i	65	<10	65        |
i	128512	<10	128512    |
i	123456789012	<10	123456789012|
i	9223372036854775807	<10	9223372036854775807|
i	-9223372036854775808	<10	-9223372036854775808|
i	1000000000000000	<10	1000000000000000|
i	-1000000000000000000	<10	-1000000000000000000|
i	1114112	<10	1114112   |
i	233	<10	233       |
i	33	<10	33        |
f	0000000000000000	<10	0.0       |
f	8000000000000000	<10	-0.0      |
f	3ff0000000000000	<10	1.0       |
f	bff8000000000000	<10	-1.5      |
f	400921f9f01b866e	<10	3.14159   |
f	40934a456d5cfaad	<10	1234.5678 |
f	c132d687e4189375	<10	-1234567.891|
f	4341c37937e08000	<10	1e+16     |
f	3ee4f8b588e368f1	<10	1e-05     |
f	3e8421f5f40d8376	<10	1.5e-07   |
f	419d6f3454000000	<10	123456789.0|
f	3f202e7ef70994dd	<10	0.000123456|
f	4023fffeb074a772	<10	9.99999   |
f	3fe0000000000000	<10	0.5       |
f	4004000000000000	<10	2.5       |
f	7ff0000000000000	<10	inf       |
f	fff0000000000000	<10	-inf      |
f	7ff8000000000000	<10	nan       |
f	7e37e43c8800759c	<10	1e+300    |
f	0000000000000001	<10	5e-324    |
f	4480f0cf064dd592	<10	1e+22     |
f	3fb999999999999a	<10	0.1       |
f	4058ffae147ae148	<10	99.995    |
f	7fefffffffffffff	<10	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	<10	-0.0001   |
f	3fc0000000000000	<10	0.125     |
f	430c6bf526340000	<10	1000000000000000.0|
f	40fe240000000000	<10	123456.0  |
f	3f1a36e2eb1c432d	<10	0.0001    |
f	bee4f8b588e368f1	<10	-1e-05    |
f	43e56a95319d63e1	<10	1.2345678901234567e+19|
f	3fa999999999999a	<10	0.05      |
f	3f40624dd2f1a9fc	<10	0.0005    |
f	4005666666666666	<10	2.675     |
s		<10	          |
s	a	<10	a         |
s	abc	<10	abc       |
s	hello world	<10	hello world|
s	héllo	<10	héllo     |
s	日本語	<10	日本語       |
s	🎉x	<10	🎉x        |
b	True	<10	1         |
b	False	<10	0         |
i	0	^11	     0     |
i	1	^11	     1     |
i	-1	^11	    -1     |
i	7	^11	     7     |
i	-42	^11	    -42    |
i	255	^11	    255    |
i	1234	^11	   1234    |
i	-1234567	^11	 -1234567  |
i	65	^11	    65     |
i	128512	^11	  128512   |
i	123456789012	^11	123456789012|
i	9223372036854775807	^11	9223372036854775807|
i	-9223372036854775808	^11	-9223372036854775808|
i	1000000000000000	^11	1000000000000000|
i	-1000000000000000000	^11	-1000000000000000000|
i	1114112	^11	  1114112  |
i	233	^11	    233    |
i	33	^11	    33     |
f	0000000000000000	^11	    0.0    |
f	8000000000000000	^11	   -0.0    |
f	3ff0000000000000	^11	    1.0    |
f	bff8000000000000	^11	   -1.5    |
f	400921f9f01b866e	^11	  3.14159  |
f	40934a456d5cfaad	^11	 1234.5678 |
f	c132d687e4189375	^11	-1234567.891|
f	4341c37937e08000	^11	   1e+16   |
f	3ee4f8b588e368f1	^11	   1e-05   |
f	3e8421f5f40d8376	^11	  1.5e-07  |
f	419d6f3454000000	^11	123456789.0|
f	3f202e7ef70994dd	^11	0.000123456|
f	4023fffeb074a772	^11	  9.99999  |
f	3fe0000000000000	^11	    0.5    |
f	4004000000000000	^11	    2.5    |
f	7ff0000000000000	^11	    inf    |
f	fff0000000000000	^11	   -inf    |
f	7ff8000000000000	^11	    nan    |
f	7e37e43c8800759c	^11	  1e+300   |
f	0000000000000001	^11	  5e-324   |
f	4480f0cf064dd592	^11	   1e+22   |
f	3fb999999999999a	^11	    0.1    |
f	4058ffae147ae148	^11	  99.995   |
f	7fefffffffffffff	^11	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	^11	  -0.0001  |
f	3fc0000000000000	^11	   0.125   |
f	430c6bf526340000	^11	1000000000000000.0|
f	40fe240000000000	^11	 123456.0  |
f	3f1a36e2eb1c432d	^11	  0.0001   |
f	bee4f8b588e368f1	^11	  -1e-05   |
f	43e56a95319d63e1	^11	1.2345678901234567e+19|
f	3fa999999999999a	^11	   0.05    |
f	3f40624dd2f1a9fc	^11	  0.0005   |
f	4005666666666666	^11	   2.675   |
s		^11	           |
s	a	^11	     a     |
s	abc	^11	    abc    |
s	hello world	^11	hello world|
s	héllo	^11	   héllo   |
s	日本語	^11	    日本語    |
s	🎉x	^11	    🎉x     |
b	True	^11	     1     |
b	False	^11	     0     |
i	0	010	0000000000|
i	1	010	0000000001|
i	-1	010	-000000001|
i	7	010	0000000007|
i	-42	010	-000000042|
i	255	010	0000000255|
i	1234	010	0000001234|
i	-1234567	010	-001234567|
i	65	010	0000000065|
i	128512	010	0000128512|
i	123456789012	010	123456789012|
i	9223372036854775807	010	9223372036854775807|
i	-9223372036854775808	010	-9223372036854775808|
i	1000000000000000	010	1000000000000000|
i	-1000000000000000000	010	-1000000000000000000|
i	1114112	010	0001114112|
i	233	010	0000000233|
i	33	010	0000000033|
f	0000000000000000	010	00000000.0|
f	8000000000000000	010	-0000000.0|
f	3ff0000000000000	010	00000001.0|
f	bff8000000000000	010	-0000001.5|
f	400921f9f01b866e	010	0003.14159|
f	40934a456d5cfaad	010	01234.5678|
f	c132d687e4189375	010	-1234567.891|
f	4341c37937e08000	010	000001e+16|
f	3ee4f8b588e368f1	010	000001e-05|
f	3e8421f5f40d8376	010	0001.5e-07|
f	419d6f3454000000	010	123456789.0|
f	3f202e7ef70994dd	010	0.000123456|
f	4023fffeb074a772	010	0009.99999|
f	3fe0000000000000	010	00000000.5|
f	4004000000000000	010	00000002.5|
f	7ff0000000000000	010	0000000inf|
f	fff0000000000000	010	-000000inf|
f	7ff8000000000000	010	0000000nan|
f	7e37e43c8800759c	010	00001e+300|
f	0000000000000001	010	00005e-324|
f	4480f0cf064dd592	010	000001e+22|
f	3fb999999999999a	010	00000000.1|
f	4058ffae147ae148	010	000099.995|
f	7fefffffffffffff	010	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	010	-0000.0001|
f	3fc0000000000000	010	000000.125|
f	430c6bf526340000	010	1000000000000000.0|
f	40fe240000000000	010	00123456.0|
f	3f1a36e2eb1c432d	010	00000.0001|
f	bee4f8b588e368f1	010	-00001e-05|
f	43e56a95319d63e1	010	1.2345678901234567e+19|
f	3fa999999999999a	010	0000000.05|
f	3f40624dd2f1a9fc	010	00000.0005|
f	4005666666666666	010	000002.675|
s		010	0000000000|
s	a	010	a000000000|
s	abc	010	abc0000000|
s	hello world	010	hello world|
s	héllo	010	héllo00000|
s	日本語	010	日本語0000000|
s	🎉x	010	🎉x00000000|
b	True	010	0000000001|
b	False	010	0000000000|
i	0	+	+0|
i	1	+	+1|
i	-1	+	-1|
i	7	+	+7|
i	-42	+	-42|
i	255	+	+255|
i	1234	+	+1234|
i	-1234567	+	-1234567|
i	65	+	+65|
i	128512	+	+128512|
i	123456789012	+	+123456789012|
i	9223372036854775807	+	+9223372036854775807|
i	-9223372036854775808	+	-9223372036854775808|
i	1000000000000000	+	+1000000000000000|
i	-1000000000000000000	+	-1000000000000000000|
i	1114112	+	+1114112|
i	233	+	+233|
i	33	+	+33|
f	0000000000000000	+	+0.0|
f	8000000000000000	+	-0.0|
f	3ff0000000000000	+	+1.0|
f	bff8000000000000	+	-1.5|
f	400921f9f01b866e	+	+3.14159|
f	40934a456d5cfaad	+	+1234.5678|
f	c132d687e4189375	+	-1234567.891|
f	4341c37937e08000	+	+1e+16|
f	3ee4f8b588e368f1	+	+1e-05|
f	3e8421f5f40d8376	+	+1.5e-07|
f	419d6f3454000000	+	+123456789.0|
f	3f202e7ef70994dd	+	+0.000123456|
f	4023fffeb074a772	+	+9.99999|
f	3fe0000000000000	+	+0.5|
f	4004000000000000	+	+2.5|
f	7ff0000000000000	+	+inf|
f	fff0000000000000	+	-inf|
f	7ff8000000000000	+	+nan|
f	7e37e43c8800759c	+	+1e+300|
f	0000000000000001	+	+5e-324|
f	4480f0cf064dd592	+	+1e+22|
f	3fb999999999999a	+	+0.1|
f	4058ffae147ae148	+	+99.995|
f	7fefffffffffffff	+	+1.7976931348623157e+308|
f	bf1a36e2eb1c432d	+	-0.0001|
f	3fc0000000000000	+	+0.125|
f	430c6bf526340000	+	+1000000000000000.0|
f	40fe240000000000	+	+123456.0|
f	3f1a36e2eb1c432d	+	+0.0001|
f	bee4f8b588e368f1	+	-1e-05|
f	43e56a95319d63e1	+	+1.2345678901234567e+19|
f	3fa999999999999a	+	+0.05|
f	3f40624dd2f1a9fc	+	+0.0005|
f	4005666666666666	+	+2.675|
s		+	!ValueError: Sign not allowed in string format specifier|
s	a	+	!ValueError: Sign not allowed in string format specifier|
s	abc	+	!ValueError: Sign not allowed in string format specifier|
s	hello world	+	!ValueError: Sign not allowed in string format specifier|
s	héllo	+	!ValueError: Sign not allowed in string format specifier|
s	日本語	+	!ValueError: Sign not allowed in string format specifier|
s	🎉x	+	!ValueError: Sign not allowed in string format specifier|
b	True	+	+1|
b	False	+	+0|
i	0	 	 0|
i	1	 	 1|
i	-1	 	-1|
i	7	 	 7|
i	-42	 	-42|
i	255	 	 255|
i	1234	 	 1234|
i	-1234567	 	-1234567|
i	65	 	 65|
i	128512	 	 128512|
i	123456789012	 	 123456789012|
i	9223372036854775807	 	 9223372036854775807|
i	-9223372036854775808	 	-9223372036854775808|
i	1000000000000000	 	 1000000000000000|
i	-1000000000000000000	 	-1000000000000000000|
i	1114112	 	 1114112|
i	233	 	 233|
i	33	 	 33|
f	0000000000000000	 	 0.0|
f	8000000000000000	 	-0.0|
f	3ff0000000000000	 	 1.0|
f	bff8000000000000	 	-1.5|
f	400921f9f01b866e	 	 3.14159|
f	40934a456d5cfaad	 	 1234.5678|
f	c132d687e4189375	 	-1234567.891|
f	4341c37937e08000	 	 1e+16|
f	3ee4f8b588e368f1	 	 1e-05|
f	3e8421f5f40d8376	 	 1.5e-07|
f	419d6f3454000000	 	 123456789.0|
f	3f202e7ef70994dd	 	 0.000123456|
f	4023fffeb074a772	 	 9.99999|
f	3fe0000000000000	 	 0.5|
f	4004000000000000	 	 2.5|
f	7ff0000000000000	 	 inf|
f	fff0000000000000	 	-inf|
f	7ff8000000000000	 	 nan|
f	7e37e43c8800759c	 	 1e+300|
f	0000000000000001	 	 5e-324|
f	4480f0cf064dd592	 	 1e+22|
f	3fb999999999999a	 	 0.1|
f	4058ffae147ae148	 	 99.995|
f	7fefffffffffffff	 	 1.7976931348623157e+308|
f	bf1a36e2eb1c432d	 	-0.0001|
f	3fc0000000000000	 	 0.125|
f	430c6bf526340000	 	 1000000000000000.0|
f	40fe240000000000	 	 123456.0|
f	3f1a36e2eb1c432d	 	 0.0001|
f	bee4f8b588e368f1	 	-1e-05|
f	43e56a95319d63e1	 	 1.2345678901234567e+19|
f	3fa999999999999a	 	 0.05|
f	3f40624dd2f1a9fc	 	 0.0005|
f	4005666666666666	 	 2.675|
s		 	!ValueError: Space not allowed in string format specifier|
s	a	 	!ValueError: Space not allowed in string format specifier|
s	abc	 	!ValueError: Space not allowed in string format specifier|
s	hello world	 	!ValueError: Space not allowed in string format specifier|
s	héllo	 	!ValueError: Space not allowed in string format specifier|
s	日本語	 	!ValueError: Space not allowed in string format specifier|
s	🎉x	 	!ValueError: Space not allowed in string format specifier|
b	True	 	 1|
b	False	 	 0|
i	0	,	0|
i	1	,	1|
i	-1	,	-1|
i	7	,	7|
i	-42	,	-42|
i	255	,	255|
i	1234	,	1,234|
i	-1234567	,	-1,234,567|
i	65	,	65|
i	128512	,	128,512|
i	123456789012	,	123,456,789,012|
i	9223372036854775807	,	9,223,372,036,854,775,807|
i	-9223372036854775808	,	-9,223,372,036,854,775,808|
i	1000000000000000	,	1,000,000,000,000,000|
i	-1000000000000000000	,	-1,000,000,000,000,000,000|
i	1114112	,	1,114,112|
i	233	,	233|
i	33	,	33|
f	0000000000000000	,	0.0|
f	8000000000000000	,	-0.0|
f	3ff0000000000000	,	1.0|
f	bff8000000000000	,	-1.5|
f	400921f9f01b866e	,	3.14159|
f	40934a456d5cfaad	,	1,234.5678|
f	c132d687e4189375	,	-1,234,567.891|
f	4341c37937e08000	,	1e+16|
f	3ee4f8b588e368f1	,	1e-05|
f	3e8421f5f40d8376	,	1.5e-07|
f	419d6f3454000000	,	123,456,789.0|
f	3f202e7ef70994dd	,	0.000123456|
f	4023fffeb074a772	,	9.99999|
f	3fe0000000000000	,	0.5|
f	4004000000000000	,	2.5|
f	7ff0000000000000	,	inf|
f	fff0000000000000	,	-inf|
f	7ff8000000000000	,	nan|
f	7e37e43c8800759c	,	1e+300|
f	0000000000000001	,	5e-324|
f	4480f0cf064dd592	,	1e+22|
f	3fb999999999999a	,	0.1|
f	4058ffae147ae148	,	99.995|
f	7fefffffffffffff	,	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	,	-0.0001|
f	3fc0000000000000	,	0.125|
f	430c6bf526340000	,	1,000,000,000,000,000.0|
f	40fe240000000000	,	123,456.0|
f	3f1a36e2eb1c432d	,	0.0001|
f	bee4f8b588e368f1	,	-1e-05|
f	43e56a95319d63e1	,	1.2345678901234567e+19|
f	3fa999999999999a	,	0.05|
f	3f40624dd2f1a9fc	,	0.0005|
f	4005666666666666	,	2.675|
s		,	!ValueError: Cannot specify ',' with 's'.|
s	a	,	!ValueError: Cannot specify ',' with 's'.|
s	abc	,	!ValueError: Cannot specify ',' with 's'.|
s	hello world	,	!ValueError: Cannot specify ',' with 's'.|
s	héllo	,	!ValueError: Cannot specify ',' with 's'.|
s	日本語	,	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	,	!ValueError: Cannot specify ',' with 's'.|
b	True	,	1|
b	False	,	0|
i	0	_	0|
i	1	_	1|
i	-1	_	-1|
i	7	_	7|
i	-42	_	-42|
i	255	_	255|
i	1234	_	1_234|
i	-1234567	_	-1_234_567|
i	65	_	65|
i	128512	_	128_512|
i	123456789012	_	123_456_789_012|
i	9223372036854775807	_	9_223_372_036_854_775_807|
i	-9223372036854775808	_	-9_223_372_036_854_775_808|
i	1000000000000000	_	1_000_000_000_000_000|
i	-1000000000000000000	_	-1_000_000_000_000_000_000|
i	1114112	_	1_114_112|
i	233	_	233|
i	33	_	33|
f	0000000000000000	_	0.0|
f	8000000000000000	_	-0.0|
f	3ff0000000000000	_	1.0|
f	bff8000000000000	_	-1.5|
f	400921f9f01b866e	_	3.14159|
f	40934a456d5cfaad	_	1_234.5678|
f	c132d687e4189375	_	-1_234_567.891|
f	4341c37937e08000	_	1e+16|
f	3ee4f8b588e368f1	_	1e-05|
f	3e8421f5f40d8376	_	1.5e-07|
f	419d6f3454000000	_	123_456_789.0|
f	3f202e7ef70994dd	_	0.000123456|
f	4023fffeb074a772	_	9.99999|
f	3fe0000000000000	_	0.5|
f	4004000000000000	_	2.5|
f	7ff0000000000000	_	inf|
f	fff0000000000000	_	-inf|
f	7ff8000000000000	_	nan|
f	7e37e43c8800759c	_	1e+300|
f	0000000000000001	_	5e-324|
f	4480f0cf064dd592	_	1e+22|
f	3fb999999999999a	_	0.1|
f	4058ffae147ae148	_	99.995|
f	7fefffffffffffff	_	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	_	-0.0001|
f	3fc0000000000000	_	0.125|
f	430c6bf526340000	_	1_000_000_000_000_000.0|
f	40fe240000000000	_	123_456.0|
f	3f1a36e2eb1c432d	_	0.0001|
f	bee4f8b588e368f1	_	-1e-05|
f	43e56a95319d63e1	_	1.2345678901234567e+19|
f	3fa999999999999a	_	0.05|
f	3f40624dd2f1a9fc	_	0.0005|
f	4005666666666666	_	2.675|
s		_	!ValueError: Cannot specify '_' with 's'.|
s	a	_	!ValueError: Cannot specify '_' with 's'.|
s	abc	_	!ValueError: Cannot specify '_' with 's'.|
s	hello world	_	!ValueError: Cannot specify '_' with 's'.|
s	héllo	_	!ValueError: Cannot specify '_' with 's'.|
s	日本語	_	!ValueError: Cannot specify '_' with 's'.|
s	🎉x	_	!ValueError: Cannot specify '_' with 's'.|
b	True	_	1|
b	False	_	0|
i	0	010,	00,000,000|
i	1	010,	00,000,001|
i	-1	010,	-0,000,001|
i	7	010,	00,000,007|
i	-42	010,	-0,000,042|
i	255	010,	00,000,255|
i	1234	010,	00,001,234|
i	-1234567	010,	-1,234,567|
i	65	010,	00,000,065|
i	128512	010,	00,128,512|
i	123456789012	010,	123,456,789,012|
i	9223372036854775807	010,	9,223,372,036,854,775,807|
i	-9223372036854775808	010,	-9,223,372,036,854,775,808|
i	1000000000000000	010,	1,000,000,000,000,000|
i	-1000000000000000000	010,	-1,000,000,000,000,000,000|
i	1114112	010,	01,114,112|
i	233	010,	00,000,233|
i	33	010,	00,000,033|
f	0000000000000000	010,	0,000,000.0|
f	8000000000000000	010,	-000,000.0|
f	3ff0000000000000	010,	0,000,001.0|
f	bff8000000000000	010,	-000,001.5|
f	400921f9f01b866e	010,	0,003.14159|
f	40934a456d5cfaad	010,	1,234.5678|
f	c132d687e4189375	010,	-1,234,567.891|
f	4341c37937e08000	010,	00,001e+16|
f	3ee4f8b588e368f1	010,	00,001e-05|
f	3e8421f5f40d8376	010,	0,001.5e-07|
f	419d6f3454000000	010,	123,456,789.0|
f	3f202e7ef70994dd	010,	0.000123456|
f	4023fffeb074a772	010,	0,009.99999|
f	3fe0000000000000	010,	0,000,000.5|
f	4004000000000000	010,	0,000,002.5|
f	7ff0000000000000	010,	0000000inf|
f	fff0000000000000	010,	-000000inf|
f	7ff8000000000000	010,	0000000nan|
f	7e37e43c8800759c	010,	0,001e+300|
f	0000000000000001	010,	0,005e-324|
f	4480f0cf064dd592	010,	00,001e+22|
f	3fb999999999999a	010,	0,000,000.1|
f	4058ffae147ae148	010,	00,099.995|
f	7fefffffffffffff	010,	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	010,	-0,000.0001|
f	3fc0000000000000	010,	00,000.125|
f	430c6bf526340000	010,	1,000,000,000,000,000.0|
f	40fe240000000000	010,	0,123,456.0|
f	3f1a36e2eb1c432d	010,	0,000.0001|
f	bee4f8b588e368f1	010,	-0,001e-05|
f	43e56a95319d63e1	010,	1.2345678901234567e+19|
f	3fa999999999999a	010,	000,000.05|
f	3f40624dd2f1a9fc	010,	0,000.0005|
f	4005666666666666	010,	00,002.675|
s		010,	!ValueError: Cannot specify ',' with 's'.|
s	a	010,	!ValueError: Cannot specify ',' with 's'.|
s	abc	010,	!ValueError: Cannot specify ',' with 's'.|
s	hello world	010,	!ValueError: Cannot specify ',' with 's'.|
s	héllo	010,	!ValueError: Cannot specify ',' with 's'.|
s	日本語	010,	!ValueError: Cannot specify ',' with 's'.|
s	🎉x	010,	!ValueError: Cannot specify ',' with 's'.|
b	True	010,	00,000,001|
b	False	010,	00,000,000|
i	0	012_	0_000_000_000|
i	1	012_	0_000_000_001|
i	-1	012_	-000_000_001|
i	7	012_	0_000_000_007|
i	-42	012_	-000_000_042|
i	255	012_	0_000_000_255|
i	1234	012_	0_000_001_234|
i	-1234567	012_	-001_234_567|
i	65	012_	0_000_000_065|
i	128512	012_	0_000_128_512|
i	123456789012	012_	123_456_789_012|
i	9223372036854775807	012_	9_223_372_036_854_775_807|
i	-9223372036854775808	012_	-9_223_372_036_854_775_808|
i	1000000000000000	012_	1_000_000_000_000_000|
i	-1000000000000000000	012_	-1_000_000_000_000_000_000|
i	1114112	012_	0_001_114_112|
i	233	012_	0_000_000_233|
i	33	012_	0_000_000_033|
f	0000000000000000	012_	00_000_000.0|
f	8000000000000000	012_	-0_000_000.0|
f	3ff0000000000000	012_	00_000_001.0|
f	bff8000000000000	012_	-0_000_001.5|
f	400921f9f01b866e	012_	00_003.14159|
f	40934a456d5cfaad	012_	001_234.5678|
f	c132d687e4189375	012_	-1_234_567.891|
f	4341c37937e08000	012_	0_000_001e+16|
f	3ee4f8b588e368f1	012_	0_000_001e-05|
f	3e8421f5f40d8376	012_	00_001.5e-07|
f	419d6f3454000000	012_	123_456_789.0|
f	3f202e7ef70994dd	012_	00.000123456|
f	4023fffeb074a772	012_	00_009.99999|
f	3fe0000000000000	012_	00_000_000.5|
f	4004000000000000	012_	00_000_002.5|
f	7ff0000000000000	012_	000000000inf|
f	fff0000000000000	012_	-00000000inf|
f	7ff8000000000000	012_	000000000nan|
f	7e37e43c8800759c	012_	000_001e+300|
f	0000000000000001	012_	000_005e-324|
f	4480f0cf064dd592	012_	0_000_001e+22|
f	3fb999999999999a	012_	00_000_000.1|
f	4058ffae147ae148	012_	0_000_099.995|
f	7fefffffffffffff	012_	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	012_	-00_000.0001|
f	3fc0000000000000	012_	0_000_000.125|
f	430c6bf526340000	012_	1_000_000_000_000_000.0|
f	40fe240000000000	012_	00_123_456.0|
f	3f1a36e2eb1c432d	012_	000_000.0001|
f	bee4f8b588e368f1	012_	-000_001e-05|
f	43e56a95319d63e1	012_	1.2345678901234567e+19|
f	3fa999999999999a	012_	0_000_000.05|
f	3f40624dd2f1a9fc	012_	000_000.0005|
f	4005666666666666	012_	0_000_002.675|
s		012_	!ValueError: Cannot specify '_' with 's'.|
s	a	012_	!ValueError: Cannot specify '_' with 's'.|
s	abc	012_	!ValueError: Cannot specify '_' with 's'.|
s	hello world	012_	!ValueError: Cannot specify '_' with 's'.|
s	héllo	012_	!ValueError: Cannot specify '_' with 's'.|
s	日本語	012_	!ValueError: Cannot specify '_' with 's'.|
s	🎉x	012_	!ValueError: Cannot specify '_' with 's'.|
b	True	012_	0_000_000_001|
b	False	012_	0_000_000_000|
i	0	#x	0x0|
i	1	#x	0x1|
i	-1	#x	-0x1|
i	7	#x	0x7|
i	-42	#x	-0x2a|
i	255	#x	0xff|
i	1234	#x	0x4d2|
i	-1234567	#x	-0x12d687|
i	65	#x	0x41|
i	128512	#x	0x1f600|
i	123456789012	#x	0x1cbe991a14|
i	9223372036854775807	#x	0x7fffffffffffffff|
i	-9223372036854775808	#x	-0x8000000000000000|
i	1000000000000000	#x	0x38d7ea4c68000|
i	-1000000000000000000	#x	-0xde0b6b3a7640000|
i	1114112	#x	0x110000|
i	233	#x	0xe9|
i	33	#x	0x21|
f	0000000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7fefffffffffffff	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f40624dd2f1a9fc	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	#x	!ValueError: Unknown format code 'x' for object of type 'float'|
s		#x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	a	#x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	abc	#x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	hello world	#x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	héllo	#x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	日本語	#x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	🎉x	#x	!ValueError: Unknown format code 'x' for object of type 'str'|
b	True	#x	0x1|
b	False	#x	0x0|
i	0	#08b	0b000000|
i	1	#08b	0b000001|
i	-1	#08b	-0b00001|
i	7	#08b	0b000111|
i	-42	#08b	-0b101010|
i	255	#08b	0b11111111|
i	1234	#08b	0b10011010010|
i	-1234567	#08b	-0b100101101011010000111|
i	65	#08b	0b1000001|
i	128512	#08b	0b11111011000000000|
i	123456789012	#08b	0b1110010111110100110010001101000010100|
i	9223372036854775807	#08b	0b111111111111111111111111111111111111111111111111111111111111111|
i	-9223372036854775808	#08b	-0b1000000000000000000000000000000000000000000000000000000000000000|
i	1000000000000000	#08b	0b11100011010111111010100100110001101000000000000000|
i	-1000000000000000000	#08b	-0b110111100000101101101011001110100111011001000000000000000000|
i	1114112	#08b	0b100010000000000000000|
i	233	#08b	0b11101001|
i	33	#08b	0b100001|
f	0000000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	8000000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3ff0000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	bff8000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	400921f9f01b866e	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	40934a456d5cfaad	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	c132d687e4189375	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4341c37937e08000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3ee4f8b588e368f1	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3e8421f5f40d8376	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	419d6f3454000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3f202e7ef70994dd	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4023fffeb074a772	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fe0000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4004000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7ff0000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	fff0000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7ff8000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7e37e43c8800759c	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	0000000000000001	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4480f0cf064dd592	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fb999999999999a	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4058ffae147ae148	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7fefffffffffffff	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	bf1a36e2eb1c432d	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fc0000000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	430c6bf526340000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	40fe240000000000	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3f1a36e2eb1c432d	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	bee4f8b588e368f1	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	43e56a95319d63e1	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fa999999999999a	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3f40624dd2f1a9fc	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4005666666666666	#08b	!ValueError: Unknown format code 'b' for object of type 'float'|
s		#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	a	#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	abc	#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	hello world	#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	héllo	#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	日本語	#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	🎉x	#08b	!ValueError: Unknown format code 'b' for object of type 'str'|
b	True	#08b	0b000001|
b	False	#08b	0b000000|
i	0	.2f	0.00|
i	1	.2f	1.00|
i	-1	.2f	-1.00|
i	7	.2f	7.00|
i	-42	.2f	-42.00|
i	255	.2f	255.00|
i	1234	.2f	1234.00|
i	-1234567	.2f	-1234567.00|
i	65	.2f	65.00|
i	128512	.2f	128512.00|
i	123456789012	.2f	123456789012.00|
i	9223372036854775807	.2f	9223372036854775808.00|
i	-9223372036854775808	.2f	-9223372036854775808.00|
i	1000000000000000	.2f	1000000000000000.00|
i	-1000000000000000000	.2f	-1000000000000000000.00|
i	1114112	.2f	1114112.00|
i	233	.2f	233.00|
i	33	.2f	33.00|
f	0000000000000000	.2f	0.00|
f	8000000000000000	.2f	-0.00|
f	3ff0000000000000	.2f	1.00|
f	bff8000000000000	.2f	-1.50|
f	400921f9f01b866e	.2f	3.14|
f	40934a456d5cfaad	.2f	1234.57|
f	c132d687e4189375	.2f	-1234567.89|
f	4341c37937e08000	.2f	10000000000000000.00|
f	3ee4f8b588e368f1	.2f	0.00|
f	3e8421f5f40d8376	.2f	0.00|
f	419d6f3454000000	.2f	123456789.00|
f	3f202e7ef70994dd	.2f	0.00|
f	4023fffeb074a772	.2f	10.00|
f	3fe0000000000000	.2f	0.50|
f	4004000000000000	.2f	2.50|
f	7ff0000000000000	.2f	inf|
f	fff0000000000000	.2f	-inf|
f	7ff8000000000000	.2f	nan|
f	7e37e43c8800759c	.2f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00|
f	0000000000000001	.2f	0.00|
f	4480f0cf064dd592	.2f	10000000000000000000000.00|
f	3fb999999999999a	.2f	0.10|
f	4058ffae147ae148	.2f	100.00|
f	7fefffffffffffff	.2f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00|
f	bf1a36e2eb1c432d	.2f	-0.00|
f	3fc0000000000000	.2f	0.12|
f	430c6bf526340000	.2f	1000000000000000.00|
f	40fe240000000000	.2f	123456.00|
f	3f1a36e2eb1c432d	.2f	0.00|
f	bee4f8b588e368f1	.2f	-0.00|
f	43e56a95319d63e1	.2f	12345678901234567168.00|
f	3fa999999999999a	.2f	0.05|
f	3f40624dd2f1a9fc	.2f	0.00|
f	4005666666666666	.2f	2.67|
s		.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	a	.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	abc	.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	hello world	.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	héllo	.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	日本語	.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	🎉x	.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
b	True	.2f	1.00|
b	False	.2f	0.00|
i	0	.3e	0.000e+00|
i	1	.3e	1.000e+00|
i	-1	.3e	-1.000e+00|
i	7	.3e	7.000e+00|
i	-42	.3e	-4.200e+01|
i	255	.3e	2.550e+02|
i	1234	.3e	1.234e+03|
i	-1234567	.3e	-1.235e+06|
i	65	.3e	6.500e+01|
i	128512	.3e	1.285e+05|
i	123456789012	.3e	1.235e+11|
i	9223372036854775807	.3e	9.223e+18|
i	-9223372036854775808	.3e	-9.223e+18|
i	1000000000000000	.3e	1.000e+15|
i	-1000000000000000000	.3e	-1.000e+18|
i	1114112	.3e	1.114e+06|
i	233	.3e	2.330e+02|
i	33	.3e	3.300e+01|
f	0000000000000000	.3e	0.000e+00|
f	8000000000000000	.3e	-0.000e+00|
f	3ff0000000000000	.3e	1.000e+00|
f	bff8000000000000	.3e	-1.500e+00|
f	400921f9f01b866e	.3e	3.142e+00|
f	40934a456d5cfaad	.3e	1.235e+03|
f	c132d687e4189375	.3e	-1.235e+06|
f	4341c37937e08000	.3e	1.000e+16|
f	3ee4f8b588e368f1	.3e	1.000e-05|
f	3e8421f5f40d8376	.3e	1.500e-07|
f	419d6f3454000000	.3e	1.235e+08|
f	3f202e7ef70994dd	.3e	1.235e-04|
f	4023fffeb074a772	.3e	1.000e+01|
f	3fe0000000000000	.3e	5.000e-01|
f	4004000000000000	.3e	2.500e+00|
f	7ff0000000000000	.3e	inf|
f	fff0000000000000	.3e	-inf|
f	7ff8000000000000	.3e	nan|
f	7e37e43c8800759c	.3e	1.000e+300|
f	0000000000000001	.3e	4.941e-324|
f	4480f0cf064dd592	.3e	1.000e+22|
f	3fb999999999999a	.3e	1.000e-01|
f	4058ffae147ae148	.3e	1.000e+02|
f	7fefffffffffffff	.3e	1.798e+308|
f	bf1a36e2eb1c432d	.3e	-1.000e-04|
f	3fc0000000000000	.3e	1.250e-01|
f	430c6bf526340000	.3e	1.000e+15|
f	40fe240000000000	.3e	1.235e+05|
f	3f1a36e2eb1c432d	.3e	1.000e-04|
f	bee4f8b588e368f1	.3e	-1.000e-05|
f	43e56a95319d63e1	.3e	1.235e+19|
f	3fa999999999999a	.3e	5.000e-02|
f	3f40624dd2f1a9fc	.3e	5.000e-04|
f	4005666666666666	.3e	2.675e+00|
s		.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	a	.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	abc	.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	hello world	.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	héllo	.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	日本語	.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	🎉x	.3e	!ValueError: Unknown format code 'e' for object of type 'str'|
b	True	.3e	1.000e+00|
b	False	.3e	0.000e+00|
i	0	.4g	0|
i	1	.4g	1|
i	-1	.4g	-1|
i	7	.4g	7|
i	-42	.4g	-42|
i	255	.4g	255|
i	1234	.4g	1234|
i	-1234567	.4g	-1.235e+06|
i	65	.4g	65|
i	128512	.4g	1.285e+05|
i	123456789012	.4g	1.235e+11|
i	9223372036854775807	.4g	9.223e+18|
i	-9223372036854775808	.4g	-9.223e+18|
i	1000000000000000	.4g	1e+15|
i	-1000000000000000000	.4g	-1e+18|
i	1114112	.4g	1.114e+06|
i	233	.4g	233|
i	33	.4g	33|
f	0000000000000000	.4g	0|
f	8000000000000000	.4g	-0|
f	3ff0000000000000	.4g	1|
f	bff8000000000000	.4g	-1.5|
f	400921f9f01b866e	.4g	3.142|
f	40934a456d5cfaad	.4g	1235|
f	c132d687e4189375	.4g	-1.235e+06|
f	4341c37937e08000	.4g	1e+16|
f	3ee4f8b588e368f1	.4g	1e-05|
f	3e8421f5f40d8376	.4g	1.5e-07|
f	419d6f3454000000	.4g	1.235e+08|
f	3f202e7ef70994dd	.4g	0.0001235|
f	4023fffeb074a772	.4g	10|
f	3fe0000000000000	.4g	0.5|
f	4004000000000000	.4g	2.5|
f	7ff0000000000000	.4g	inf|
f	fff0000000000000	.4g	-inf|
f	7ff8000000000000	.4g	nan|
f	7e37e43c8800759c	.4g	1e+300|
f	0000000000000001	.4g	4.941e-324|
f	4480f0cf064dd592	.4g	1e+22|
f	3fb999999999999a	.4g	0.1|
f	4058ffae147ae148	.4g	100|
f	7fefffffffffffff	.4g	1.798e+308|
f	bf1a36e2eb1c432d	.4g	-0.0001|
f	3fc0000000000000	.4g	0.125|
f	430c6bf526340000	.4g	1e+15|
f	40fe240000000000	.4g	1.235e+05|
f	3f1a36e2eb1c432d	.4g	0.0001|
f	bee4f8b588e368f1	.4g	-1e-05|
f	43e56a95319d63e1	.4g	1.235e+19|
f	3fa999999999999a	.4g	0.05|
f	3f40624dd2f1a9fc	.4g	0.0005|
f	4005666666666666	.4g	2.675|
s		.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	a	.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	abc	.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	hello world	.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	héllo	.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	日本語	.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	🎉x	.4g	!ValueError: Unknown format code 'g' for object of type 'str'|
b	True	.4g	1|
b	False	.4g	0|
i	0	#.3g	0.00|
i	1	#.3g	1.00|
i	-1	#.3g	-1.00|
i	7	#.3g	7.00|
i	-42	#.3g	-42.0|
i	255	#.3g	255.|
i	1234	#.3g	1.23e+03|
i	-1234567	#.3g	-1.23e+06|
i	65	#.3g	65.0|
i	128512	#.3g	1.29e+05|
i	123456789012	#.3g	1.23e+11|
i	9223372036854775807	#.3g	9.22e+18|
i	-9223372036854775808	#.3g	-9.22e+18|
i	1000000000000000	#.3g	1.00e+15|
i	-1000000000000000000	#.3g	-1.00e+18|
i	1114112	#.3g	1.11e+06|
i	233	#.3g	233.|
i	33	#.3g	33.0|
f	0000000000000000	#.3g	0.00|
f	8000000000000000	#.3g	-0.00|
f	3ff0000000000000	#.3g	1.00|
f	bff8000000000000	#.3g	-1.50|
f	400921f9f01b866e	#.3g	3.14|
f	40934a456d5cfaad	#.3g	1.23e+03|
f	c132d687e4189375	#.3g	-1.23e+06|
f	4341c37937e08000	#.3g	1.00e+16|
f	3ee4f8b588e368f1	#.3g	1.00e-05|
f	3e8421f5f40d8376	#.3g	1.50e-07|
f	419d6f3454000000	#.3g	1.23e+08|
f	3f202e7ef70994dd	#.3g	0.000123|
f	4023fffeb074a772	#.3g	10.0|
f	3fe0000000000000	#.3g	0.500|
f	4004000000000000	#.3g	2.50|
f	7ff0000000000000	#.3g	inf|
f	fff0000000000000	#.3g	-inf|
f	7ff8000000000000	#.3g	nan|
f	7e37e43c8800759c	#.3g	1.00e+300|
f	0000000000000001	#.3g	4.94e-324|
f	4480f0cf064dd592	#.3g	1.00e+22|
f	3fb999999999999a	#.3g	0.100|
f	4058ffae147ae148	#.3g	100.|
f	7fefffffffffffff	#.3g	1.80e+308|
f	bf1a36e2eb1c432d	#.3g	-0.000100|
f	3fc0000000000000	#.3g	0.125|
f	430c6bf526340000	#.3g	1.00e+15|
f	40fe240000000000	#.3g	1.23e+05|
f	3f1a36e2eb1c432d	#.3g	0.000100|
f	bee4f8b588e368f1	#.3g	-1.00e-05|
f	43e56a95319d63e1	#.3g	1.23e+19|
f	3fa999999999999a	#.3g	0.0500|
f	3f40624dd2f1a9fc	#.3g	0.000500|
f	4005666666666666	#.3g	2.67|
s		#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	a	#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	abc	#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	hello world	#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	héllo	#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	日本語	#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
s	🎉x	#.3g	!ValueError: Unknown format code 'g' for object of type 'str'|
b	True	#.3g	1.00|
b	False	#.3g	0.00|
i	0	.0%	0%|
i	1	.0%	100%|
i	-1	.0%	-100%|
i	7	.0%	700%|
i	-42	.0%	-4200%|
i	255	.0%	25500%|
i	1234	.0%	123400%|
i	-1234567	.0%	-123456700%|
i	65	.0%	6500%|
i	128512	.0%	12851200%|
i	123456789012	.0%	12345678901200%|
i	9223372036854775807	.0%	922337203685477580800%|
i	-9223372036854775808	.0%	-922337203685477580800%|
i	1000000000000000	.0%	100000000000000000%|
i	-1000000000000000000	.0%	-100000000000000000000%|
i	1114112	.0%	111411200%|
i	233	.0%	23300%|
i	33	.0%	3300%|
f	0000000000000000	.0%	0%|
f	8000000000000000	.0%	-0%|
f	3ff0000000000000	.0%	100%|
f	bff8000000000000	.0%	-150%|
f	400921f9f01b866e	.0%	314%|
f	40934a456d5cfaad	.0%	123457%|
f	c132d687e4189375	.0%	-123456789%|
f	4341c37937e08000	.0%	1000000000000000000%|
f	3ee4f8b588e368f1	.0%	0%|
f	3e8421f5f40d8376	.0%	0%|
f	419d6f3454000000	.0%	12345678900%|
f	3f202e7ef70994dd	.0%	0%|
f	4023fffeb074a772	.0%	1000%|
f	3fe0000000000000	.0%	50%|
f	4004000000000000	.0%	250%|
f	7ff0000000000000	.0%	inf%|
f	fff0000000000000	.0%	-inf%|
f	7ff8000000000000	.0%	nan%|
f	7e37e43c8800759c	.0%	100000000000000007629703079084894925347346855150656811701601734206211380288125794484142188964691784076639747577138548761372210387844799938291815611350519830750167649856488981626536368095414607314235151058373458986890825155659063617715863205282622390509284183439858617103083735673849899204570498157510656%|
f	0000000000000001	.0%	0%|
f	4480f0cf064dd592	.0%	999999999999999983222784%|
f	3fb999999999999a	.0%	10%|
f	4058ffae147ae148	.0%	10000%|
f	7fefffffffffffff	.0%	inf%|
f	bf1a36e2eb1c432d	.0%	-0%|
f	3fc0000000000000	.0%	12%|
f	430c6bf526340000	.0%	100000000000000000%|
f	40fe240000000000	.0%	12345600%|
f	3f1a36e2eb1c432d	.0%	0%|
f	bee4f8b588e368f1	.0%	-0%|
f	43e56a95319d63e1	.0%	1234567890123456774144%|
f	3fa999999999999a	.0%	5%|
f	3f40624dd2f1a9fc	.0%	0%|
f	4005666666666666	.0%	268%|
s		.0%	!ValueError: Unknown format code '%' for object of type 'str'|
s	a	.0%	!ValueError: Unknown format code '%' for object of type 'str'|
s	abc	.0%	!ValueError: Unknown format code '%' for object of type 'str'|
s	hello world	.0%	!ValueError: Unknown format code '%' for object of type 'str'|
s	héllo	.0%	!ValueError: Unknown format code '%' for object of type 'str'|
s	日本語	.0%	!ValueError: Unknown format code '%' for object of type 'str'|
s	🎉x	.0%	!ValueError: Unknown format code '%' for object of type 'str'|
b	True	.0%	100%|
b	False	.0%	0%|
i	0	z.1f	0.0|
i	1	z.1f	1.0|
i	-1	z.1f	-1.0|
i	7	z.1f	7.0|
i	-42	z.1f	-42.0|
i	255	z.1f	255.0|
i	1234	z.1f	1234.0|
i	-1234567	z.1f	-1234567.0|
i	65	z.1f	65.0|
i	128512	z.1f	128512.0|
i	123456789012	z.1f	123456789012.0|
i	9223372036854775807	z.1f	9223372036854775808.0|
i	-9223372036854775808	z.1f	-9223372036854775808.0|
i	1000000000000000	z.1f	1000000000000000.0|
i	-1000000000000000000	z.1f	-1000000000000000000.0|
i	1114112	z.1f	1114112.0|
i	233	z.1f	233.0|
i	33	z.1f	33.0|
f	0000000000000000	z.1f	0.0|
f	8000000000000000	z.1f	0.0|
f	3ff0000000000000	z.1f	1.0|
f	bff8000000000000	z.1f	-1.5|
f	400921f9f01b866e	z.1f	3.1|
f	40934a456d5cfaad	z.1f	1234.6|
f	c132d687e4189375	z.1f	-1234567.9|
f	4341c37937e08000	z.1f	10000000000000000.0|
f	3ee4f8b588e368f1	z.1f	0.0|
f	3e8421f5f40d8376	z.1f	0.0|
f	419d6f3454000000	z.1f	123456789.0|
f	3f202e7ef70994dd	z.1f	0.0|
f	4023fffeb074a772	z.1f	10.0|
f	3fe0000000000000	z.1f	0.5|
f	4004000000000000	z.1f	2.5|
f	7ff0000000000000	z.1f	inf|
f	fff0000000000000	z.1f	-inf|
f	7ff8000000000000	z.1f	nan|
f	7e37e43c8800759c	z.1f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0|
f	0000000000000001	z.1f	0.0|
f	4480f0cf064dd592	z.1f	10000000000000000000000.0|
f	3fb999999999999a	z.1f	0.1|
f	4058ffae147ae148	z.1f	100.0|
f	7fefffffffffffff	z.1f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0|
f	bf1a36e2eb1c432d	z.1f	0.0|
f	3fc0000000000000	z.1f	0.1|
f	430c6bf526340000	z.1f	1000000000000000.0|
f	40fe240000000000	z.1f	123456.0|
f	3f1a36e2eb1c432d	z.1f	0.0|
f	bee4f8b588e368f1	z.1f	0.0|
f	43e56a95319d63e1	z.1f	12345678901234567168.0|
f	3fa999999999999a	z.1f	0.1|
f	3f40624dd2f1a9fc	z.1f	0.0|
f	4005666666666666	z.1f	2.7|
s		z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	a	z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	abc	z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	hello world	z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	héllo	z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	日本語	z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	🎉x	z.1f	!ValueError: Unknown format code 'f' for object of type 'str'|
b	True	z.1f	1.0|
b	False	z.1f	0.0|
i	0	=+12.3f	+      0.000|
i	1	=+12.3f	+      1.000|
i	-1	=+12.3f	-      1.000|
i	7	=+12.3f	+      7.000|
i	-42	=+12.3f	-     42.000|
i	255	=+12.3f	+    255.000|
i	1234	=+12.3f	+   1234.000|
i	-1234567	=+12.3f	-1234567.000|
i	65	=+12.3f	+     65.000|
i	128512	=+12.3f	+ 128512.000|
i	123456789012	=+12.3f	+123456789012.000|
i	9223372036854775807	=+12.3f	+9223372036854775808.000|
i	-9223372036854775808	=+12.3f	-9223372036854775808.000|
i	1000000000000000	=+12.3f	+1000000000000000.000|
i	-1000000000000000000	=+12.3f	-1000000000000000000.000|
i	1114112	=+12.3f	+1114112.000|
i	233	=+12.3f	+    233.000|
i	33	=+12.3f	+     33.000|
f	0000000000000000	=+12.3f	+      0.000|
f	8000000000000000	=+12.3f	-      0.000|
f	3ff0000000000000	=+12.3f	+      1.000|
f	bff8000000000000	=+12.3f	-      1.500|
f	400921f9f01b866e	=+12.3f	+      3.142|
f	40934a456d5cfaad	=+12.3f	+   1234.568|
f	c132d687e4189375	=+12.3f	-1234567.891|
f	4341c37937e08000	=+12.3f	+10000000000000000.000|
f	3ee4f8b588e368f1	=+12.3f	+      0.000|
f	3e8421f5f40d8376	=+12.3f	+      0.000|
f	419d6f3454000000	=+12.3f	+123456789.000|
f	3f202e7ef70994dd	=+12.3f	+      0.000|
f	4023fffeb074a772	=+12.3f	+     10.000|
f	3fe0000000000000	=+12.3f	+      0.500|
f	4004000000000000	=+12.3f	+      2.500|
f	7ff0000000000000	=+12.3f	+        inf|
f	fff0000000000000	=+12.3f	-        inf|
f	7ff8000000000000	=+12.3f	+        nan|
f	7e37e43c8800759c	=+12.3f	+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000|
f	0000000000000001	=+12.3f	+      0.000|
f	4480f0cf064dd592	=+12.3f	+10000000000000000000000.000|
f	3fb999999999999a	=+12.3f	+      0.100|
f	4058ffae147ae148	=+12.3f	+     99.995|
f	7fefffffffffffff	=+12.3f	+179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000|
f	bf1a36e2eb1c432d	=+12.3f	-      0.000|
f	3fc0000000000000	=+12.3f	+      0.125|
f	430c6bf526340000	=+12.3f	+1000000000000000.000|
f	40fe240000000000	=+12.3f	+ 123456.000|
f	3f1a36e2eb1c432d	=+12.3f	+      0.000|
f	bee4f8b588e368f1	=+12.3f	-      0.000|
f	43e56a95319d63e1	=+12.3f	+12345678901234567168.000|
f	3fa999999999999a	=+12.3f	+      0.050|
f	3f40624dd2f1a9fc	=+12.3f	+      0.001|
f	4005666666666666	=+12.3f	+      2.675|
s		=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	a	=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	abc	=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	hello world	=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	héllo	=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	日本語	=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	🎉x	=+12.3f	!ValueError: Unknown format code 'f' for object of type 'str'|
b	True	=+12.3f	+      1.000|
b	False	=+12.3f	+      0.000|
i	0	*^15,.2f	*****0.00******|
i	1	*^15,.2f	*****1.00******|
i	-1	*^15,.2f	*****-1.00*****|
i	7	*^15,.2f	*****7.00******|
i	-42	*^15,.2f	****-42.00*****|
i	255	*^15,.2f	****255.00*****|
i	1234	*^15,.2f	***1,234.00****|
i	-1234567	*^15,.2f	*-1,234,567.00*|
i	65	*^15,.2f	*****65.00*****|
i	128512	*^15,.2f	**128,512.00***|
i	123456789012	*^15,.2f	123,456,789,012.00|
i	9223372036854775807	*^15,.2f	9,223,372,036,854,775,808.00|
i	-9223372036854775808	*^15,.2f	-9,223,372,036,854,775,808.00|
i	1000000000000000	*^15,.2f	1,000,000,000,000,000.00|
i	-1000000000000000000	*^15,.2f	-1,000,000,000,000,000,000.00|
i	1114112	*^15,.2f	*1,114,112.00**|
i	233	*^15,.2f	****233.00*****|
i	33	*^15,.2f	*****33.00*****|
f	0000000000000000	*^15,.2f	*****0.00******|
f	8000000000000000	*^15,.2f	*****-0.00*****|
f	3ff0000000000000	*^15,.2f	*****1.00******|
f	bff8000000000000	*^15,.2f	*****-1.50*****|
f	400921f9f01b866e	*^15,.2f	*****3.14******|
f	40934a456d5cfaad	*^15,.2f	***1,234.57****|
f	c132d687e4189375	*^15,.2f	*-1,234,567.89*|
f	4341c37937e08000	*^15,.2f	10,000,000,000,000,000.00|
f	3ee4f8b588e368f1	*^15,.2f	*****0.00******|
f	3e8421f5f40d8376	*^15,.2f	*****0.00******|
f	419d6f3454000000	*^15,.2f	123,456,789.00*|
f	3f202e7ef70994dd	*^15,.2f	*****0.00******|
f	4023fffeb074a772	*^15,.2f	*****10.00*****|
f	3fe0000000000000	*^15,.2f	*****0.50******|
f	4004000000000000	*^15,.2f	*****2.50******|
f	7ff0000000000000	*^15,.2f	******inf******|
f	fff0000000000000	*^15,.2f	*****-inf******|
f	7ff8000000000000	*^15,.2f	******nan******|
f	7e37e43c8800759c	*^15,.2f	1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00|
f	0000000000000001	*^15,.2f	*****0.00******|
f	4480f0cf064dd592	*^15,.2f	10,000,000,000,000,000,000,000.00|
f	3fb999999999999a	*^15,.2f	*****0.10******|
f	4058ffae147ae148	*^15,.2f	****100.00*****|
f	7fefffffffffffff	*^15,.2f	179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00|
f	bf1a36e2eb1c432d	*^15,.2f	*****-0.00*****|
f	3fc0000000000000	*^15,.2f	*****0.12******|
f	430c6bf526340000	*^15,.2f	1,000,000,000,000,000.00|
f	40fe240000000000	*^15,.2f	**123,456.00***|
f	3f1a36e2eb1c432d	*^15,.2f	*****0.00******|
f	bee4f8b588e368f1	*^15,.2f	*****-0.00*****|
f	43e56a95319d63e1	*^15,.2f	12,345,678,901,234,567,168.00|
f	3fa999999999999a	*^15,.2f	*****0.05******|
f	3f40624dd2f1a9fc	*^15,.2f	*****0.00******|
f	4005666666666666	*^15,.2f	*****2.67******|
s		*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	a	*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	abc	*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	hello world	*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	héllo	*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	日本語	*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	🎉x	*^15,.2f	!ValueError: Unknown format code 'f' for object of type 'str'|
b	True	*^15,.2f	*****1.00******|
b	False	*^15,.2f	*****0.00******|
i	0	#X	0X0|
i	1	#X	0X1|
i	-1	#X	-0X1|
i	7	#X	0X7|
i	-42	#X	-0X2A|
i	255	#X	0XFF|
i	1234	#X	0X4D2|
i	-1234567	#X	-0X12D687|
i	65	#X	0X41|
i	128512	#X	0X1F600|
i	123456789012	#X	0X1CBE991A14|
i	9223372036854775807	#X	0X7FFFFFFFFFFFFFFF|
i	-9223372036854775808	#X	-0X8000000000000000|
i	1000000000000000	#X	0X38D7EA4C68000|
i	-1000000000000000000	#X	-0XDE0B6B3A7640000|
i	1114112	#X	0X110000|
i	233	#X	0XE9|
i	33	#X	0X21|
f	0000000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	8000000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3ff0000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	bff8000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	400921f9f01b866e	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	40934a456d5cfaad	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	c132d687e4189375	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	4341c37937e08000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3ee4f8b588e368f1	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3e8421f5f40d8376	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	419d6f3454000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3f202e7ef70994dd	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	4023fffeb074a772	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3fe0000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	4004000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	7ff0000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	fff0000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	7ff8000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	7e37e43c8800759c	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	0000000000000001	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	4480f0cf064dd592	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3fb999999999999a	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	4058ffae147ae148	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	7fefffffffffffff	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	bf1a36e2eb1c432d	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3fc0000000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	430c6bf526340000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	40fe240000000000	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3f1a36e2eb1c432d	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	bee4f8b588e368f1	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	43e56a95319d63e1	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3fa999999999999a	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	3f40624dd2f1a9fc	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
f	4005666666666666	#X	!ValueError: Unknown format code 'X' for object of type 'float'|
s		#X	!ValueError: Unknown format code 'X' for object of type 'str'|
s	a	#X	!ValueError: Unknown format code 'X' for object of type 'str'|
s	abc	#X	!ValueError: Unknown format code 'X' for object of type 'str'|
s	hello world	#X	!ValueError: Unknown format code 'X' for object of type 'str'|
s	héllo	#X	!ValueError: Unknown format code 'X' for object of type 'str'|
s	日本語	#X	!ValueError: Unknown format code 'X' for object of type 'str'|
s	🎉x	#X	!ValueError: Unknown format code 'X' for object of type 'str'|
b	True	#X	0X1|
b	False	#X	0X0|
i	0	_x	0|
i	1	_x	1|
i	-1	_x	-1|
i	7	_x	7|
i	-42	_x	-2a|
i	255	_x	ff|
i	1234	_x	4d2|
i	-1234567	_x	-12_d687|
i	65	_x	41|
i	128512	_x	1_f600|
i	123456789012	_x	1c_be99_1a14|
i	9223372036854775807	_x	7fff_ffff_ffff_ffff|
i	-9223372036854775808	_x	-8000_0000_0000_0000|
i	1000000000000000	_x	3_8d7e_a4c6_8000|
i	-1000000000000000000	_x	-de0_b6b3_a764_0000|
i	1114112	_x	11_0000|
i	233	_x	e9|
i	33	_x	21|
f	0000000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	8000000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ff0000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bff8000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	400921f9f01b866e	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40934a456d5cfaad	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	c132d687e4189375	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4341c37937e08000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3ee4f8b588e368f1	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3e8421f5f40d8376	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	419d6f3454000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f202e7ef70994dd	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4023fffeb074a772	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fe0000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4004000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff0000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	fff0000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7ff8000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7e37e43c8800759c	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	0000000000000001	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4480f0cf064dd592	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fb999999999999a	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4058ffae147ae148	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	7fefffffffffffff	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bf1a36e2eb1c432d	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fc0000000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	430c6bf526340000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	40fe240000000000	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f1a36e2eb1c432d	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	bee4f8b588e368f1	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	43e56a95319d63e1	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3fa999999999999a	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	3f40624dd2f1a9fc	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
f	4005666666666666	_x	!ValueError: Unknown format code 'x' for object of type 'float'|
s		_x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	a	_x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	abc	_x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	hello world	_x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	héllo	_x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	日本語	_x	!ValueError: Unknown format code 'x' for object of type 'str'|
s	🎉x	_x	!ValueError: Unknown format code 'x' for object of type 'str'|
b	True	_x	1|
b	False	_x	0|
i	0	_b	0|
i	1	_b	1|
i	-1	_b	-1|
i	7	_b	111|
i	-42	_b	-10_1010|
i	255	_b	1111_1111|
i	1234	_b	100_1101_0010|
i	-1234567	_b	-1_0010_1101_0110_1000_0111|
i	65	_b	100_0001|
i	128512	_b	1_1111_0110_0000_0000|
i	123456789012	_b	1_1100_1011_1110_1001_1001_0001_1010_0001_0100|
i	9223372036854775807	_b	111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111_1111|
i	-9223372036854775808	_b	-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000|
i	1000000000000000	_b	11_1000_1101_0111_1110_1010_0100_1100_0110_1000_0000_0000_0000|
i	-1000000000000000000	_b	-1101_1110_0000_1011_0110_1011_0011_1010_0111_0110_0100_0000_0000_0000_0000|
i	1114112	_b	1_0001_0000_0000_0000_0000|
i	233	_b	1110_1001|
i	33	_b	10_0001|
f	0000000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	8000000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3ff0000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	bff8000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	400921f9f01b866e	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	40934a456d5cfaad	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	c132d687e4189375	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4341c37937e08000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3ee4f8b588e368f1	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3e8421f5f40d8376	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	419d6f3454000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3f202e7ef70994dd	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4023fffeb074a772	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fe0000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4004000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7ff0000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	fff0000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7ff8000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7e37e43c8800759c	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	0000000000000001	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4480f0cf064dd592	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fb999999999999a	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4058ffae147ae148	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	7fefffffffffffff	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	bf1a36e2eb1c432d	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fc0000000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	430c6bf526340000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	40fe240000000000	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3f1a36e2eb1c432d	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	bee4f8b588e368f1	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	43e56a95319d63e1	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3fa999999999999a	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	3f40624dd2f1a9fc	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
f	4005666666666666	_b	!ValueError: Unknown format code 'b' for object of type 'float'|
s		_b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	a	_b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	abc	_b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	hello world	_b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	héllo	_b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	日本語	_b	!ValueError: Unknown format code 'b' for object of type 'str'|
s	🎉x	_b	!ValueError: Unknown format code 'b' for object of type 'str'|
b	True	_b	1|
b	False	_b	0|
i	0	c	\u{0}|
i	1	c	\u{1}|
i	-1	c	!OverflowError: %c arg not in range(0x110000)|
i	7	c	\u{7}|
i	-42	c	!OverflowError: %c arg not in range(0x110000)|
i	255	c	ÿ|
i	1234	c	Ӓ|
i	-1234567	c	!OverflowError: %c arg not in range(0x110000)|
i	65	c	A|
i	128512	c	😀|
i	123456789012	c	!OverflowError: %c arg not in range(0x110000)|
i	9223372036854775807	c	!OverflowError: %c arg not in range(0x110000)|
i	-9223372036854775808	c	!OverflowError: %c arg not in range(0x110000)|
i	1000000000000000	c	!OverflowError: %c arg not in range(0x110000)|
i	-1000000000000000000	c	!OverflowError: %c arg not in range(0x110000)|
i	1114112	c	!OverflowError: %c arg not in range(0x110000)|
i	233	c	é|
i	33	c	!|
f	0000000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	8000000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3ff0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	bff8000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	400921f9f01b866e	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	40934a456d5cfaad	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	c132d687e4189375	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	4341c37937e08000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3ee4f8b588e368f1	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3e8421f5f40d8376	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	419d6f3454000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3f202e7ef70994dd	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	4023fffeb074a772	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3fe0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	4004000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	7ff0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	fff0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	7ff8000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	7e37e43c8800759c	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	0000000000000001	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	4480f0cf064dd592	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3fb999999999999a	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	4058ffae147ae148	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	7fefffffffffffff	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	bf1a36e2eb1c432d	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3fc0000000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	430c6bf526340000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	40fe240000000000	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3f1a36e2eb1c432d	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	bee4f8b588e368f1	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	43e56a95319d63e1	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3fa999999999999a	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	3f40624dd2f1a9fc	c	!ValueError: Unknown format code 'c' for object of type 'float'|
f	4005666666666666	c	!ValueError: Unknown format code 'c' for object of type 'float'|
s		c	!ValueError: Unknown format code 'c' for object of type 'str'|
s	a	c	!ValueError: Unknown format code 'c' for object of type 'str'|
s	abc	c	!ValueError: Unknown format code 'c' for object of type 'str'|
s	hello world	c	!ValueError: Unknown format code 'c' for object of type 'str'|
s	héllo	c	!ValueError: Unknown format code 'c' for object of type 'str'|
s	日本語	c	!ValueError: Unknown format code 'c' for object of type 'str'|
s	🎉x	c	!ValueError: Unknown format code 'c' for object of type 'str'|
b	True	c	\u{1}|
b	False	c	\u{0}|
i	0	.2	!ValueError: Precision not allowed in integer format specifier|
i	1	.2	!ValueError: Precision not allowed in integer format specifier|
i	-1	.2	!ValueError: Precision not allowed in integer format specifier|
i	7	.2	!ValueError: Precision not allowed in integer format specifier|
i	-42	.2	!ValueError: Precision not allowed in integer format specifier|
i	255	.2	!ValueError: Precision not allowed in integer format specifier|
i	1234	.2	!ValueError: Precision not allowed in integer format specifier|
i	-1234567	.2	!ValueError: Precision not allowed in integer format specifier|
i	65	.2	!ValueError: Precision not allowed in integer format specifier|
i	128512	.2	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	.2	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	.2	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	.2	!ValueError: Precision not allowed in integer format specifier|
i	1000000000000000	.2	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	.2	!ValueError: Precision not allowed in integer format specifier|
i	1114112	.2	!ValueError: Precision not allowed in integer format specifier|
i	233	.2	!ValueError: Precision not allowed in integer format specifier|
i	33	.2	!ValueError: Precision not allowed in integer format specifier|
f	0000000000000000	.2	0.0|
f	8000000000000000	.2	-0.0|
f	3ff0000000000000	.2	1.0|
f	bff8000000000000	.2	-1.5|
f	400921f9f01b866e	.2	3.1|
f	40934a456d5cfaad	.2	1.2e+03|
f	c132d687e4189375	.2	-1.2e+06|
f	4341c37937e08000	.2	1e+16|
f	3ee4f8b588e368f1	.2	1e-05|
f	3e8421f5f40d8376	.2	1.5e-07|
f	419d6f3454000000	.2	1.2e+08|
f	3f202e7ef70994dd	.2	0.00012|
f	4023fffeb074a772	.2	1e+01|
f	3fe0000000000000	.2	0.5|
f	4004000000000000	.2	2.5|
f	7ff0000000000000	.2	inf|
f	fff0000000000000	.2	-inf|
f	7ff8000000000000	.2	nan|
f	7e37e43c8800759c	.2	1e+300|
f	0000000000000001	.2	4.9e-324|
f	4480f0cf064dd592	.2	1e+22|
f	3fb999999999999a	.2	0.1|
f	4058ffae147ae148	.2	1e+02|
f	7fefffffffffffff	.2	1.8e+308|
f	bf1a36e2eb1c432d	.2	-0.0001|
f	3fc0000000000000	.2	0.12|
f	430c6bf526340000	.2	1e+15|
f	40fe240000000000	.2	1.2e+05|
f	3f1a36e2eb1c432d	.2	0.0001|
f	bee4f8b588e368f1	.2	-1e-05|
f	43e56a95319d63e1	.2	1.2e+19|
f	3fa999999999999a	.2	0.05|
f	3f40624dd2f1a9fc	.2	0.0005|
f	4005666666666666	.2	2.7|
s		.2	|
s	a	.2	a|
s	abc	.2	ab|
s	hello world	.2	he|
s	héllo	.2	hé|
s	日本語	.2	日本|
s	🎉x	.2	🎉x|
b	True	.2	!ValueError: Precision not allowed in integer format specifier|
b	False	.2	!ValueError: Precision not allowed in integer format specifier|
i	0	#	0|
i	1	#	1|
i	-1	#	-1|
i	7	#	7|
i	-42	#	-42|
i	255	#	255|
i	1234	#	1234|
i	-1234567	#	-1234567|
i	65	#	65|
i	128512	#	128512|
i	123456789012	#	123456789012|
i	9223372036854775807	#	9223372036854775807|
i	-9223372036854775808	#	-9223372036854775808|
i	1000000000000000	#	1000000000000000|
i	-1000000000000000000	#	-1000000000000000000|
i	1114112	#	1114112|
i	233	#	233|
i	33	#	33|
f	0000000000000000	#	0.0|
f	8000000000000000	#	-0.0|
f	3ff0000000000000	#	1.0|
f	bff8000000000000	#	-1.5|
f	400921f9f01b866e	#	3.14159|
f	40934a456d5cfaad	#	1234.5678|
f	c132d687e4189375	#	-1234567.891|
f	4341c37937e08000	#	1.e+16|
f	3ee4f8b588e368f1	#	1.e-05|
f	3e8421f5f40d8376	#	1.5e-07|
f	419d6f3454000000	#	123456789.0|
f	3f202e7ef70994dd	#	0.000123456|
f	4023fffeb074a772	#	9.99999|
f	3fe0000000000000	#	0.5|
f	4004000000000000	#	2.5|
f	7ff0000000000000	#	inf|
f	fff0000000000000	#	-inf|
f	7ff8000000000000	#	nan|
f	7e37e43c8800759c	#	1.e+300|
f	0000000000000001	#	5.e-324|
f	4480f0cf064dd592	#	1.e+22|
f	3fb999999999999a	#	0.1|
f	4058ffae147ae148	#	99.995|
f	7fefffffffffffff	#	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	#	-0.0001|
f	3fc0000000000000	#	0.125|
f	430c6bf526340000	#	1000000000000000.0|
f	40fe240000000000	#	123456.0|
f	3f1a36e2eb1c432d	#	0.0001|
f	bee4f8b588e368f1	#	-1.e-05|
f	43e56a95319d63e1	#	1.2345678901234567e+19|
f	3fa999999999999a	#	0.05|
f	3f40624dd2f1a9fc	#	0.0005|
f	4005666666666666	#	2.675|
s		#	!ValueError: Alternate form (#) not allowed in string format specifier|
s	a	#	!ValueError: Alternate form (#) not allowed in string format specifier|
s	abc	#	!ValueError: Alternate form (#) not allowed in string format specifier|
s	hello world	#	!ValueError: Alternate form (#) not allowed in string format specifier|
s	héllo	#	!ValueError: Alternate form (#) not allowed in string format specifier|
s	日本語	#	!ValueError: Alternate form (#) not allowed in string format specifier|
s	🎉x	#	!ValueError: Alternate form (#) not allowed in string format specifier|
b	True	#	1|
b	False	#	0|
i	0	.5	!ValueError: Precision not allowed in integer format specifier|
i	1	.5	!ValueError: Precision not allowed in integer format specifier|
i	-1	.5	!ValueError: Precision not allowed in integer format specifier|
i	7	.5	!ValueError: Precision not allowed in integer format specifier|
i	-42	.5	!ValueError: Precision not allowed in integer format specifier|
i	255	.5	!ValueError: Precision not allowed in integer format specifier|
i	1234	.5	!ValueError: Precision not allowed in integer format specifier|
i	-1234567	.5	!ValueError: Precision not allowed in integer format specifier|
i	65	.5	!ValueError: Precision not allowed in integer format specifier|
i	128512	.5	!ValueError: Precision not allowed in integer format specifier|
i	123456789012	.5	!ValueError: Precision not allowed in integer format specifier|
i	9223372036854775807	.5	!ValueError: Precision not allowed in integer format specifier|
i	-9223372036854775808	.5	!ValueError: Precision not allowed in integer format specifier|
i	1000000000000000	.5	!ValueError: Precision not allowed in integer format specifier|
i	-1000000000000000000	.5	!ValueError: Precision not allowed in integer format specifier|
i	1114112	.5	!ValueError: Precision not allowed in integer format specifier|
i	233	.5	!ValueError: Precision not allowed in integer format specifier|
i	33	.5	!ValueError: Precision not allowed in integer format specifier|
f	0000000000000000	.5	0.0|
f	8000000000000000	.5	-0.0|
f	3ff0000000000000	.5	1.0|
f	bff8000000000000	.5	-1.5|
f	400921f9f01b866e	.5	3.1416|
f	40934a456d5cfaad	.5	1234.6|
f	c132d687e4189375	.5	-1.2346e+06|
f	4341c37937e08000	.5	1e+16|
f	3ee4f8b588e368f1	.5	1e-05|
f	3e8421f5f40d8376	.5	1.5e-07|
f	419d6f3454000000	.5	1.2346e+08|
f	3f202e7ef70994dd	.5	0.00012346|
f	4023fffeb074a772	.5	10.0|
f	3fe0000000000000	.5	0.5|
f	4004000000000000	.5	2.5|
f	7ff0000000000000	.5	inf|
f	fff0000000000000	.5	-inf|
f	7ff8000000000000	.5	nan|
f	7e37e43c8800759c	.5	1e+300|
f	0000000000000001	.5	4.9407e-324|
f	4480f0cf064dd592	.5	1e+22|
f	3fb999999999999a	.5	0.1|
f	4058ffae147ae148	.5	99.995|
f	7fefffffffffffff	.5	1.7977e+308|
f	bf1a36e2eb1c432d	.5	-0.0001|
f	3fc0000000000000	.5	0.125|
f	430c6bf526340000	.5	1e+15|
f	40fe240000000000	.5	1.2346e+05|
f	3f1a36e2eb1c432d	.5	0.0001|
f	bee4f8b588e368f1	.5	-1e-05|
f	43e56a95319d63e1	.5	1.2346e+19|
f	3fa999999999999a	.5	0.05|
f	3f40624dd2f1a9fc	.5	0.0005|
f	4005666666666666	.5	2.675|
s		.5	|
s	a	.5	a|
s	abc	.5	abc|
s	hello world	.5	hello|
s	héllo	.5	héllo|
s	日本語	.5	日本語|
s	🎉x	.5	🎉x|
b	True	.5	!ValueError: Precision not allowed in integer format specifier|
b	False	.5	!ValueError: Precision not allowed in integer format specifier|
i	0	n	0|
i	1	n	1|
i	-1	n	-1|
i	7	n	7|
i	-42	n	-42|
i	255	n	255|
i	1234	n	1234|
i	-1234567	n	-1234567|
i	65	n	65|
i	128512	n	128512|
i	123456789012	n	123456789012|
i	9223372036854775807	n	9223372036854775807|
i	-9223372036854775808	n	-9223372036854775808|
i	1000000000000000	n	1000000000000000|
i	-1000000000000000000	n	-1000000000000000000|
i	1114112	n	1114112|
i	233	n	233|
i	33	n	33|
f	0000000000000000	n	0|
f	8000000000000000	n	-0|
f	3ff0000000000000	n	1|
f	bff8000000000000	n	-1.5|
f	400921f9f01b866e	n	3.14159|
f	40934a456d5cfaad	n	1234.57|
f	c132d687e4189375	n	-1.23457e+06|
f	4341c37937e08000	n	1e+16|
f	3ee4f8b588e368f1	n	1e-05|
f	3e8421f5f40d8376	n	1.5e-07|
f	419d6f3454000000	n	1.23457e+08|
f	3f202e7ef70994dd	n	0.000123456|
f	4023fffeb074a772	n	9.99999|
f	3fe0000000000000	n	0.5|
f	4004000000000000	n	2.5|
f	7ff0000000000000	n	inf|
f	fff0000000000000	n	-inf|
f	7ff8000000000000	n	nan|
f	7e37e43c8800759c	n	1e+300|
f	0000000000000001	n	4.94066e-324|
f	4480f0cf064dd592	n	1e+22|
f	3fb999999999999a	n	0.1|
f	4058ffae147ae148	n	99.995|
f	7fefffffffffffff	n	1.79769e+308|
f	bf1a36e2eb1c432d	n	-0.0001|
f	3fc0000000000000	n	0.125|
f	430c6bf526340000	n	1e+15|
f	40fe240000000000	n	123456|
f	3f1a36e2eb1c432d	n	0.0001|
f	bee4f8b588e368f1	n	-1e-05|
f	43e56a95319d63e1	n	1.23457e+19|
f	3fa999999999999a	n	0.05|
f	3f40624dd2f1a9fc	n	0.0005|
f	4005666666666666	n	2.675|
s		n	!ValueError: Unknown format code 'n' for object of type 'str'|
s	a	n	!ValueError: Unknown format code 'n' for object of type 'str'|
s	abc	n	!ValueError: Unknown format code 'n' for object of type 'str'|
s	hello world	n	!ValueError: Unknown format code 'n' for object of type 'str'|
s	héllo	n	!ValueError: Unknown format code 'n' for object of type 'str'|
s	日本語	n	!ValueError: Unknown format code 'n' for object of type 'str'|
s	🎉x	n	!ValueError: Unknown format code 'n' for object of type 'str'|
b	True	n	1|
b	False	n	0|
i	0	20	                   0|
i	1	20	                   1|
i	-1	20	                  -1|
i	7	20	                   7|
i	-42	20	                 -42|
i	255	20	                 255|
i	1234	20	                1234|
i	-1234567	20	            -1234567|
i	65	20	                  65|
i	128512	20	              128512|
i	123456789012	20	        123456789012|
i	9223372036854775807	20	 9223372036854775807|
i	-9223372036854775808	20	-9223372036854775808|
i	1000000000000000	20	    1000000000000000|
i	-1000000000000000000	20	-1000000000000000000|
i	1114112	20	             1114112|
i	233	20	                 233|
i	33	20	                  33|
f	0000000000000000	20	                 0.0|
f	8000000000000000	20	                -0.0|
f	3ff0000000000000	20	                 1.0|
f	bff8000000000000	20	                -1.5|
f	400921f9f01b866e	20	             3.14159|
f	40934a456d5cfaad	20	           1234.5678|
f	c132d687e4189375	20	        -1234567.891|
f	4341c37937e08000	20	               1e+16|
f	3ee4f8b588e368f1	20	               1e-05|
f	3e8421f5f40d8376	20	             1.5e-07|
f	419d6f3454000000	20	         123456789.0|
f	3f202e7ef70994dd	20	         0.000123456|
f	4023fffeb074a772	20	             9.99999|
f	3fe0000000000000	20	                 0.5|
f	4004000000000000	20	                 2.5|
f	7ff0000000000000	20	                 inf|
f	fff0000000000000	20	                -inf|
f	7ff8000000000000	20	                 nan|
f	7e37e43c8800759c	20	              1e+300|
f	0000000000000001	20	              5e-324|
f	4480f0cf064dd592	20	               1e+22|
f	3fb999999999999a	20	                 0.1|
f	4058ffae147ae148	20	              99.995|
f	7fefffffffffffff	20	1.7976931348623157e+308|
f	bf1a36e2eb1c432d	20	             -0.0001|
f	3fc0000000000000	20	               0.125|
f	430c6bf526340000	20	  1000000000000000.0|
f	40fe240000000000	20	            123456.0|
f	3f1a36e2eb1c432d	20	              0.0001|
f	bee4f8b588e368f1	20	              -1e-05|
f	43e56a95319d63e1	20	1.2345678901234567e+19|
f	3fa999999999999a	20	                0.05|
f	3f40624dd2f1a9fc	20	              0.0005|
f	4005666666666666	20	               2.675|
s		20	                    |
s	a	20	a                   |
s	abc	20	abc                 |
s	hello world	20	hello world         |
s	héllo	20	héllo               |
s	日本語	20	日本語                 |
s	🎉x	20	🎉x                  |
b	True	20	                   1|
b	False	20	                   0|
i	0	.0e	0e+00|
i	1	.0e	1e+00|
i	-1	.0e	-1e+00|
i	7	.0e	7e+00|
i	-42	.0e	-4e+01|
i	255	.0e	3e+02|
i	1234	.0e	1e+03|
i	-1234567	.0e	-1e+06|
i	65	.0e	6e+01|
i	128512	.0e	1e+05|
i	123456789012	.0e	1e+11|
i	9223372036854775807	.0e	9e+18|
i	-9223372036854775808	.0e	-9e+18|
i	1000000000000000	.0e	1e+15|
i	-1000000000000000000	.0e	-1e+18|
i	1114112	.0e	1e+06|
i	233	.0e	2e+02|
i	33	.0e	3e+01|
f	0000000000000000	.0e	0e+00|
f	8000000000000000	.0e	-0e+00|
f	3ff0000000000000	.0e	1e+00|
f	bff8000000000000	.0e	-2e+00|
f	400921f9f01b866e	.0e	3e+00|
f	40934a456d5cfaad	.0e	1e+03|
f	c132d687e4189375	.0e	-1e+06|
f	4341c37937e08000	.0e	1e+16|
f	3ee4f8b588e368f1	.0e	1e-05|
f	3e8421f5f40d8376	.0e	1e-07|
f	419d6f3454000000	.0e	1e+08|
f	3f202e7ef70994dd	.0e	1e-04|
f	4023fffeb074a772	.0e	1e+01|
f	3fe0000000000000	.0e	5e-01|
f	4004000000000000	.0e	2e+00|
f	7ff0000000000000	.0e	inf|
f	fff0000000000000	.0e	-inf|
f	7ff8000000000000	.0e	nan|
f	7e37e43c8800759c	.0e	1e+300|
f	0000000000000001	.0e	5e-324|
f	4480f0cf064dd592	.0e	1e+22|
f	3fb999999999999a	.0e	1e-01|
f	4058ffae147ae148	.0e	1e+02|
f	7fefffffffffffff	.0e	2e+308|
f	bf1a36e2eb1c432d	.0e	-1e-04|
f	3fc0000000000000	.0e	1e-01|
f	430c6bf526340000	.0e	1e+15|
f	40fe240000000000	.0e	1e+05|
f	3f1a36e2eb1c432d	.0e	1e-04|
f	bee4f8b588e368f1	.0e	-1e-05|
f	43e56a95319d63e1	.0e	1e+19|
f	3fa999999999999a	.0e	5e-02|
f	3f40624dd2f1a9fc	.0e	5e-04|
f	4005666666666666	.0e	3e+00|
s		.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	a	.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	abc	.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	hello world	.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	héllo	.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	日本語	.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	🎉x	.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
b	True	.0e	1e+00|
b	False	.0e	0e+00|
i	0	#.0e	0.e+00|
i	1	#.0e	1.e+00|
i	-1	#.0e	-1.e+00|
i	7	#.0e	7.e+00|
i	-42	#.0e	-4.e+01|
i	255	#.0e	3.e+02|
i	1234	#.0e	1.e+03|
i	-1234567	#.0e	-1.e+06|
i	65	#.0e	6.e+01|
i	128512	#.0e	1.e+05|
i	123456789012	#.0e	1.e+11|
i	9223372036854775807	#.0e	9.e+18|
i	-9223372036854775808	#.0e	-9.e+18|
i	1000000000000000	#.0e	1.e+15|
i	-1000000000000000000	#.0e	-1.e+18|
i	1114112	#.0e	1.e+06|
i	233	#.0e	2.e+02|
i	33	#.0e	3.e+01|
f	0000000000000000	#.0e	0.e+00|
f	8000000000000000	#.0e	-0.e+00|
f	3ff0000000000000	#.0e	1.e+00|
f	bff8000000000000	#.0e	-2.e+00|
f	400921f9f01b866e	#.0e	3.e+00|
f	40934a456d5cfaad	#.0e	1.e+03|
f	c132d687e4189375	#.0e	-1.e+06|
f	4341c37937e08000	#.0e	1.e+16|
f	3ee4f8b588e368f1	#.0e	1.e-05|
f	3e8421f5f40d8376	#.0e	1.e-07|
f	419d6f3454000000	#.0e	1.e+08|
f	3f202e7ef70994dd	#.0e	1.e-04|
f	4023fffeb074a772	#.0e	1.e+01|
f	3fe0000000000000	#.0e	5.e-01|
f	4004000000000000	#.0e	2.e+00|
f	7ff0000000000000	#.0e	inf|
f	fff0000000000000	#.0e	-inf|
f	7ff8000000000000	#.0e	nan|
f	7e37e43c8800759c	#.0e	1.e+300|
f	0000000000000001	#.0e	5.e-324|
f	4480f0cf064dd592	#.0e	1.e+22|
f	3fb999999999999a	#.0e	1.e-01|
f	4058ffae147ae148	#.0e	1.e+02|
f	7fefffffffffffff	#.0e	2.e+308|
f	bf1a36e2eb1c432d	#.0e	-1.e-04|
f	3fc0000000000000	#.0e	1.e-01|
f	430c6bf526340000	#.0e	1.e+15|
f	40fe240000000000	#.0e	1.e+05|
f	3f1a36e2eb1c432d	#.0e	1.e-04|
f	bee4f8b588e368f1	#.0e	-1.e-05|
f	43e56a95319d63e1	#.0e	1.e+19|
f	3fa999999999999a	#.0e	5.e-02|
f	3f40624dd2f1a9fc	#.0e	5.e-04|
f	4005666666666666	#.0e	3.e+00|
s		#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	a	#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	abc	#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	hello world	#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	héllo	#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	日本語	#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
s	🎉x	#.0e	!ValueError: Unknown format code 'e' for object of type 'str'|
b	True	#.0e	1.e+00|
b	False	#.0e	0.e+00|
i	0	#.0f	0.|
i	1	#.0f	1.|
i	-1	#.0f	-1.|
i	7	#.0f	7.|
i	-42	#.0f	-42.|
i	255	#.0f	255.|
i	1234	#.0f	1234.|
i	-1234567	#.0f	-1234567.|
i	65	#.0f	65.|
i	128512	#.0f	128512.|
i	123456789012	#.0f	123456789012.|
i	9223372036854775807	#.0f	9223372036854775808.|
i	-9223372036854775808	#.0f	-9223372036854775808.|
i	1000000000000000	#.0f	1000000000000000.|
i	-1000000000000000000	#.0f	-1000000000000000000.|
i	1114112	#.0f	1114112.|
i	233	#.0f	233.|
i	33	#.0f	33.|
f	0000000000000000	#.0f	0.|
f	8000000000000000	#.0f	-0.|
f	3ff0000000000000	#.0f	1.|
f	bff8000000000000	#.0f	-2.|
f	400921f9f01b866e	#.0f	3.|
f	40934a456d5cfaad	#.0f	1235.|
f	c132d687e4189375	#.0f	-1234568.|
f	4341c37937e08000	#.0f	10000000000000000.|
f	3ee4f8b588e368f1	#.0f	0.|
f	3e8421f5f40d8376	#.0f	0.|
f	419d6f3454000000	#.0f	123456789.|
f	3f202e7ef70994dd	#.0f	0.|
f	4023fffeb074a772	#.0f	10.|
f	3fe0000000000000	#.0f	0.|
f	4004000000000000	#.0f	2.|
f	7ff0000000000000	#.0f	inf|
f	fff0000000000000	#.0f	-inf|
f	7ff8000000000000	#.0f	nan|
f	7e37e43c8800759c	#.0f	1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.|
f	0000000000000001	#.0f	0.|
f	4480f0cf064dd592	#.0f	10000000000000000000000.|
f	3fb999999999999a	#.0f	0.|
f	4058ffae147ae148	#.0f	100.|
f	7fefffffffffffff	#.0f	179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.|
f	bf1a36e2eb1c432d	#.0f	-0.|
f	3fc0000000000000	#.0f	0.|
f	430c6bf526340000	#.0f	1000000000000000.|
f	40fe240000000000	#.0f	123456.|
f	3f1a36e2eb1c432d	#.0f	0.|
f	bee4f8b588e368f1	#.0f	-0.|
f	43e56a95319d63e1	#.0f	12345678901234567168.|
f	3fa999999999999a	#.0f	0.|
f	3f40624dd2f1a9fc	#.0f	0.|
f	4005666666666666	#.0f	3.|
s		#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	a	#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	abc	#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	hello world	#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	héllo	#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	日本語	#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
s	🎉x	#.0f	!ValueError: Unknown format code 'f' for object of type 'str'|
b	True	#.0f	1.|
b	False	#.0f	0.|
"""
