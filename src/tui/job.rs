//! Where the process stands in job control: whether it has the terminal,
//! and stopping the whole job as a shell expects on Ctrl-Z.

use signal_hook::consts::signal::SIGSTOP;
use signal_hook::low_level;

/// Stops the process until it is continued (`fg`, SIGCONT), and with it
/// the rest of its job, as the terminal does on Ctrl-Z when not in raw
/// mode: a shell gives its prompt back only once the whole job has stopped,
/// and a job may be more than rolemap (`cargo run`, a script that runs it).
pub fn stop() {
    if !stop_group() {
        let _ = low_level::raise(SIGSTOP);
    }
}

/// Stops every process of the process group, this one too; says whether
/// the signal went.
fn stop_group() -> bool {
    // SAFETY: kill takes plain integers and touches no memory of ours.
    unsafe { libc::kill(0, SIGSTOP) == 0 }
}

/// Whether the process group is the terminal's foreground: the one whose
/// keys and output the terminal carries. When that cannot be told (the
/// terminal has gone), as good as in the foreground.
pub fn in_foreground() -> bool {
    // SAFETY: these calls take and return plain integers.
    let (foreground, group) = unsafe { (libc::tcgetpgrp(0), libc::getpgrp()) };
    foreground < 0 || foreground == group
}

/// Whether the process group is its session's leading one, which no shell
/// in the session can continue once stopped.
pub fn orphaned() -> bool {
    // SAFETY: these calls take and return plain integers.
    unsafe { libc::getpgrp() == libc::getsid(0) }
}
