/// Where each panel goes for a terminal size: status bar, workers, event loop
/// and coroutines side by side, source and events side by side, output, hints.
struct ScreenLayout: Equatable {
    static let minimumWidth = 80, minimumHeight = 24

    var status, workers, eventLoop, coroutines, source, events, output, hints: Rect

    init?(width: Int, height: Int, lanes: Int) {
        guard width >= ScreenLayout.minimumWidth, height >= ScreenLayout.minimumHeight else { return nil }
        status = Rect(x: 0, y: 0, width: width, height: 1)
        hints = Rect(x: 0, y: height - 1, width: width, height: 1)
        let workersHeight = min(2 + max(1, lanes), max(6, (height - 2) / (lanes > 8 ? 2 : 3)))
        workers = Rect(x: 0, y: 1, width: width, height: workersHeight)
        let outputHeight = max(4, (height - 2 - workersHeight) / 5)
        let middle = height - 2 - workersHeight - outputHeight
        let upper = (middle + 1) / 2, lower = middle - upper
        let left = width / 2
        let top = 1 + workersHeight
        eventLoop = Rect(x: 0, y: top, width: left, height: upper)
        coroutines = Rect(x: left, y: top, width: width - left, height: upper)
        source = Rect(x: 0, y: top + upper, width: left, height: lower)
        events = Rect(x: left, y: top + upper, width: width - left, height: lower)
        output = Rect(x: 0, y: top + upper + lower, width: width, height: outputHeight)
    }
}
