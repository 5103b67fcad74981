#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// What signal handlers share with the consoles. A handler may only touch plain values and call
// async-signal-safe functions (tcsetattr, write, sigaction, raise), so this state lives in globals.

/// The terminal's settings from before raw mode, restored on every way out.
nonisolated(unsafe) private var savedSettings = termios()
/// The raw-mode settings, put back when the process resumes after a stop.
nonisolated(unsafe) private var rawSettings = termios()
/// 1 while the terminal is in raw mode on the alternate screen.
nonisolated(unsafe) private var terminalTaken: Int32 = 0
/// 1 while the session wants the terminal (not while an editor has it): a resumed process takes it back.
nonisolated(unsafe) private var terminalWanted: Int32 = 0
/// The SIGINT, SIGTERM or SIGHUP received and not yet acted on; 0 when none.
nonisolated(unsafe) private var pendingInterrupt: Int32 = 0
/// 1 when the screen must be drawn again (SIGWINCH, SIGCONT).
nonisolated(unsafe) private var pendingRedraw: Int32 = 0
/// The handlers that were there before, by signal number, called after the terminal is restored on a crash.
nonisolated(unsafe) private var previousActions: [sigaction] = Array(repeating: sigaction(), count: 65)

/// Signals, and the terminal's modes as signals must be able to restore them.
enum TerminalSignals {
    static let interrupts: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let crashes: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// SIGINT, SIGTERM and SIGHUP make the next read answer `Key.interrupt` (a blocked read returns at once);
    /// a second one, while the first is still pending, ends the process the default way.
    static func catchInterrupts() {
        for signal in interrupts { install(signal, interruptHandler) }
    }

    /// Takes the pending interrupt, if any.
    static func takeInterrupt() -> Bool {
        let pending = pendingInterrupt != 0
        pendingInterrupt = 0
        return pending
    }

    static func takeRedraw() -> Bool {
        let pending = pendingRedraw != 0
        pendingRedraw = 0
        return pending
    }

    /// Puts the terminal on standard input in raw mode (no echo, no line editing, Ctrl-C and Ctrl-Z as bytes,
    /// output processing kept) and standard output on the alternate screen with the cursor hidden, and makes
    /// sure every exit path puts them back: `leaveRawMode`, the interrupts, a stop (Ctrl-Z) and a crash.
    static func enterRawMode() -> Bool {
        guard tcgetattr(STDIN_FILENO, &savedSettings) == 0 else { return false }
        rawSettings = savedSettings
        rawSettings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        rawSettings.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | BRKINT | ISTRIP)
        setControlCharacter(&rawSettings, VMIN, 1)
        setControlCharacter(&rawSettings, VTIME, 0)
        catchInterrupts()
        for signal in crashes { install(signal, crashHandler, keepingPrevious: true) }
        install(SIGTSTP, stopHandler)
        install(SIGCONT, continueHandler)
        install(SIGWINCH, resizeHandler)
        terminalWanted = 1
        takeTerminal()
        return true
    }

    /// Restores the terminal as it was before `enterRawMode`.
    static func leaveRawMode() {
        terminalWanted = 0
        restoreTerminal()
        for signal in crashes { sigaction(signal, &previousActions[Int(signal)], nil) }
        for signal in [SIGTSTP, SIGCONT, SIGWINCH] { install(signal, nil) }
    }

    /// Back to the shell's terminal for a while (to run an editor), then raw again.
    static func withTerminalRestored<T>(_ body: () throws -> T) rethrows -> T {
        terminalWanted = 0
        restoreTerminal()
        defer {
            terminalWanted = 1
            takeTerminal()
        }
        return try body()
    }

    // MARK: - Async-signal-safe

    fileprivate static func takeTerminal() {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &rawSettings)
        write(sequence: "\u{1B}[?1049h\u{1B}[?25l")
        terminalTaken = 1
    }

    fileprivate static func restoreTerminal() {
        guard terminalTaken != 0 else { return }
        terminalTaken = 0
        write(sequence: "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedSettings)
    }

    private static func write(sequence: StaticString) {
        _ = sequence.withUTF8Buffer { buffer in
            #if canImport(Glibc)
            Glibc.write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
            #else
            Darwin.write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
            #endif
        }
    }

    private static func install(
        _ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?,
        keepingPrevious: Bool = false
    ) {
        var action = sigaction()
        #if canImport(Glibc)
        if let handler { action.__sigaction_handler.sa_handler = handler } else { action.__sigaction_handler.sa_handler = SIG_DFL }
        #else
        if let handler { action.__sigaction_u.__sa_handler = handler } else { action.__sigaction_u.__sa_handler = SIG_DFL }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a read waiting for a key returns, so the session sees the signal
        if keepingPrevious {
            sigaction(signal, &action, &previousActions[Int(signal)])
        } else {
            sigaction(signal, &action, nil)
        }
    }

    private static func setControlCharacter(_ settings: inout termios, _ index: Int32, _ value: UInt8) {
        withUnsafeMutableBytes(of: &settings.c_cc) { bytes in bytes[Int(index)] = value }
    }

    private static let interruptHandler: @convention(c) (Int32) -> Void = { signal in
        if pendingInterrupt != 0 {
            // Asked twice: the session is not getting to it; leave now, the terminal restored.
            TerminalSignals.restoreTerminal()
            TerminalSignals.install(signal, nil)
            raise(signal)
            return
        }
        pendingInterrupt = signal
    }

    private static let crashHandler: @convention(c) (Int32) -> Void = { signal in
        TerminalSignals.restoreTerminal()
        sigaction(signal, &previousActions[Int(signal)], nil)
        raise(signal)
    }

    private static let stopHandler: @convention(c) (Int32) -> Void = { _ in
        TerminalSignals.restoreTerminal()
        TerminalSignals.install(SIGTSTP, nil)
        raise(SIGTSTP)  // delivered, and the process stopped, once this handler returns
    }

    private static let continueHandler: @convention(c) (Int32) -> Void = { _ in
        TerminalSignals.install(SIGTSTP, TerminalSignals.stopHandler)
        if terminalWanted != 0 { TerminalSignals.takeTerminal() }
        pendingRedraw = 1
    }

    private static let resizeHandler: @convention(c) (Int32) -> Void = { _ in
        pendingRedraw = 1
    }
}
