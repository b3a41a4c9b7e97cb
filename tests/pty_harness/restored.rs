//! Whether the terminal was given back as rolemap found it, or is in
//! rolemap's raw mode.

use super::Session;

impl Session {
    /// The alternate screen was entered, then left.
    pub fn left_alternate_screen(&self) -> bool {
        let raw = String::from_utf8_lossy(&self.raw);
        let entered = raw
            .find("\x1b[?1049h")
            .expect("entered the alternate screen");
        raw[entered..].contains("\x1b[?1049l")
    }

    /// Checks the terminal is as rolemap found it: every mode it switched on
    /// switched off again, in what it wrote and in what the emulator makes of
    /// it, and the line discipline back in the modes it had before (cooked:
    /// echo, lines, signals from keys).
    pub fn assert_restored(&self) {
        let raw = String::from_utf8_lossy(&self.raw);
        let what = |code: &str| match code {
            "1049" => "the alternate screen",
            "25" => "the cursor",
            "2004" => "bracketed paste",
            _ => "mouse reporting",
        };
        assert!(raw.contains("\x1b[?1049h"), "the alternate screen was used");
        for code in ["1049", "1000", "1002", "1003", "1006", "1015", "2004"] {
            let on = format!("\x1b[?{code}h");
            let off = format!("\x1b[?{code}l");
            if let Some(at) = raw.rfind(&on) {
                assert!(
                    raw[at..].contains(&off),
                    "{} was left on (ESC[?{code}h never undone)",
                    what(code)
                );
            }
        }
        // The cursor: shown after it was last hidden.
        if let Some(at) = raw.rfind("\x1b[?25l") {
            assert!(
                raw[at..].contains("\x1b[?25h"),
                "the cursor was left hidden"
            );
        }
        let screen = self.screen.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "the cursor is hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste is on");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting is on"
        );
        self.assert_modes_as_before();
    }

    /// The line discipline is in the modes it had before rolemap started.
    pub fn assert_modes_as_before(&self) {
        let now = self.termios();
        let cooked = libc::ICANON | libc::ECHO | libc::ISIG;
        assert_eq!(
            now.c_lflag & cooked,
            self.before.c_lflag & cooked,
            "line editing, echo and signal keys are back"
        );
        assert_eq!(now.c_lflag, self.before.c_lflag, "local modes");
        assert_eq!(now.c_iflag, self.before.c_iflag, "input modes");
        assert_eq!(now.c_oflag, self.before.c_oflag, "output modes");
        assert_eq!(now.c_cflag, self.before.c_cflag, "control modes");
    }

    /// The line discipline is raw: no echo, no line editing, keys such as
    /// Ctrl-C and Ctrl-Z come to rolemap as keys.
    pub fn assert_raw(&self) {
        let now = self.termios();
        assert_eq!(
            now.c_lflag & (libc::ICANON | libc::ECHO | libc::ISIG),
            0,
            "raw mode"
        );
    }
}
