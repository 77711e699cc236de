/// A moment as calendar fields in UTC (proleptic Gregorian), the nine items of
/// `time.struct_time`: converted from and to whole seconds since 1970-01-01.
struct BrokenDownTime {
    var year, month, day, hour, minute, second: Int
    /// Monday is 0.
    var weekday: Int
    /// 1 for January 1st.
    var yearDay: Int
    var isDST = 0

    static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    init(seconds: Int) {
        let days = Arithmetic.floorDiv(seconds, 86_400)
        let rest = seconds - days * 86_400
        (year, month, day) = BrokenDownTime.civil(days)
        hour = rest / 3600
        minute = rest / 60 % 60
        second = rest % 60
        weekday = Arithmetic.floorMod(days + 3, 7)
        yearDay = days - BrokenDownTime.days(year: year, month: 1, day: 1) + 1
    }

    /// From the nine items of a struct_time or a tuple (weekday and year day as given).
    init(items: [Int]) {
        (year, month, day, hour, minute, second) = (items[0], items[1], items[2], items[3], items[4], items[5])
        (weekday, yearDay, isDST) = (items[6], items[7], items[8])
    }

    var items: [Int] { [year, month, day, hour, minute, second, weekday, yearDay, isDST] }

    /// Seconds since 1970 of these fields, which may be out of range (`mday=32` is the next month's 1st).
    var epochSeconds: Int {
        let months = year * 12 + (month - 1)
        let year = Arithmetic.floorDiv(months, 12), month = Arithmetic.floorMod(months, 12) + 1
        let first = BrokenDownTime.days(year: year, month: month, day: 1)
        let days = first + day - 1
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// Days from 1970-01-01 to a date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = Arithmetic.floorDiv(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = Arithmetic.floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The ISO 8601 year and week (`%G`, `%V`).
    var isoWeek: (year: Int, week: Int) {
        let week = (yearDay - (weekday + 1) + 10) / 7
        if week < 1 { return (year - 1, BrokenDownTime.isoWeeks(year - 1)) }
        if week > BrokenDownTime.isoWeeks(year) { return (year + 1, 1) }
        return (year, week)
    }

    private static func isoWeeks(_ year: Int) -> Int {
        func p(_ y: Int) -> Int {
            let leaps = Arithmetic.floorDiv(y, 4) - Arithmetic.floorDiv(y, 100) + Arithmetic.floorDiv(y, 400)
            return Arithmetic.floorMod(y + leaps, 7)
        }
        return p(year) == 4 || p(year - 1) == 3 ? 53 : 52
    }
}
