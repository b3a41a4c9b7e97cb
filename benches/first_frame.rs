//! Exec to first complete frame in a pseudo-terminal: rolemap against a
//! bare ratatui program (init, draw one paragraph, wait for `q`), run
//! alternately in one process so both see the same machine load.
//!
//! `cargo bench --bench first_frame` prints the medians and their ratio.
//! The bare program is this bench binary itself, run with
//! `ROLEMAP_BARE_FRAME=1`. `FF_NO_COLOR=1` runs rolemap with `NO_COLOR`;
//! `FF_ROLEMAP=path` times another rolemap binary (an earlier build, say).
//! rolemap opens a saved profile (Ana, of the first format) from a temp
//! `ROLEMAP_HOME`, as on every launch after the first.
//!
//! Every run after the first finds the first frame the one before kept
//! (a plain start shows it at once, then draws its own over it);
//! `FF_NO_KEPT=1` removes it before each run, to time a start without it.
//!
//! `FF_DATA=PATH` opens that pack with `--data` (a generated large pack,
//! say) and reports, besides the explorer's first frame, when anything was
//! first drawn (the loading screen, when the pack takes a while);
//! `FF_FIRST_LOAD=1` removes the compiled packs kept before each run, so
//! every run parses the pack; `FF_RUNS=N` sets the runs (100).

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BARE: &str = "ROLEMAP_BARE_FRAME";
const RUNS: usize = 100;

/// What rolemap's loading screen always shows.
const LOADING: &str = "Loading the pack";

fn main() {
    if std::env::var_os(BARE).is_some() {
        bare_program();
        return;
    }
    // `cargo bench` passes `--bench`; a filter that excludes us means skip.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if !args.is_empty() && !args.iter().any(|a| "first_frame".contains(a.as_str())) {
        return;
    }
    let me = std::env::current_exe().unwrap();
    let other = std::env::var("FF_ROLEMAP").ok();
    let rolemap = other.as_deref().unwrap_or(env!("CARGO_BIN_EXE_rolemap"));
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("profiles")).unwrap();
    std::fs::write(
        home.path().join("profiles/ana.ron"),
        include_str!("../tests/fixtures/profiles/v1.ron"),
    )
    .unwrap();
    std::fs::write(home.path().join("last-profile"), "ana\n").unwrap();
    // SAFETY: set before any thread of this bench is started.
    unsafe { std::env::set_var("ROLEMAP_HOME", home.path()) };
    let runs = std::env::var("FF_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RUNS);
    let first_load = std::env::var_os("FF_FIRST_LOAD").is_some();
    let no_kept = std::env::var_os("FF_NO_KEPT").is_some();
    let forget = || {
        if first_load {
            let _ = std::fs::remove_dir_all(home.path().join("cache"));
        }
        if no_kept {
            let _ = std::fs::remove_file(home.path().join("cache/first-frame"));
        }
    };
    let mut bare = Vec::new();
    let mut ours = Vec::new();
    let mut drawn = Vec::new();
    // One warm-up each, so both start from a warm page cache.
    first_frame(me.to_str().unwrap(), true, "bare frame ready");
    // The explorer's hints, or with another pack its trail: the profile
    // may name what the pack lacks, which a notice over the hints says.
    let explorer = if std::env::var_os("FF_DATA").is_some() {
        "rolemap │"
    } else {
        "q quit"
    };
    forget();
    first_frame(rolemap, false, explorer);
    for _ in 0..runs {
        bare.push(first_frame(me.to_str().unwrap(), true, "bare frame ready").0);
        forget();
        let (explorer, first) = first_frame(rolemap, false, explorer);
        ours.push(explorer);
        drawn.push(first);
    }
    let spread = |times: &mut [Duration]| {
        times.sort();
        (ms(times[0]), ms(times[times.len() - 1]))
    };
    let (bare_range, ours_range, drawn_range) =
        (spread(&mut bare), spread(&mut ours), spread(&mut drawn));
    let (bare, ours, drawn) = (median(&mut bare), median(&mut ours), median(&mut drawn));
    match std::env::var("FF_DATA") {
        Ok(pack) => {
            println!("first frame in a pty on --data {pack}, median (min-max) of {runs} runs each:")
        }
        Err(_) => println!("first frame in a pty, median (min-max) of {runs} runs each:"),
    }
    println!(
        "  bare ratatui program  {:>8.2} ms ({:.2}-{:.2})",
        ms(bare),
        bare_range.0,
        bare_range.1
    );
    println!(
        "  rolemap, first drawn  {:>8.2} ms ({:.2}-{:.2})",
        ms(drawn),
        drawn_range.0,
        drawn_range.1
    );
    println!(
        "  rolemap (explore)     {:>8.2} ms ({:.2}-{:.2})",
        ms(ours),
        ours_range.0,
        ours_range.1
    );
    println!(
        "  ratio                 {:>8.2}x",
        ours.as_secs_f64() / bare.as_secs_f64()
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Time from spawning `program` until `marker` shows on its screen, and
/// until it first showed anything of its own (`marker` or the loading
/// screen); then it is asked to quit with `q`.
fn first_frame(program: &str, bare: bool, marker: &str) -> (Duration, Duration) {
    let size = PtySize {
        rows: 24,
        cols: 80,
        pixel_width: 0,
        pixel_height: 0,
    };
    let pty = native_pty_system().openpty(size).unwrap();
    let mut command = CommandBuilder::new(program);
    command.env("TERM", "xterm-256color");
    if bare {
        command.env(BARE, "1");
    }
    if std::env::var_os("FF_NO_COLOR").is_some() {
        command.env("NO_COLOR", "1");
    }
    if let (false, Ok(pack)) = (bare, std::env::var("FF_DATA")) {
        command.args(["--data", &pack]);
    }
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut writer = pty.master.take_writer().unwrap();
    let (send, receive) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 16384];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let start = Instant::now();
    let mut child = pty.slave.spawn_command(command).unwrap();
    let mut parser = vt100::Parser::new(
        std::num::NonZeroU16::new(24).unwrap(),
        std::num::NonZeroU16::new(80).unwrap(),
        0,
    );
    let mut first = None;
    let elapsed = loop {
        let bytes = receive
            .recv_timeout(Duration::from_secs(60))
            .expect("the program draws");
        parser.process(&bytes);
        let shown = parser.screen().contents();
        if first.is_none() && shown.contains(LOADING) {
            first = Some(start.elapsed());
        }
        if shown.contains(marker) {
            break start.elapsed();
        }
    };
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    child.wait().unwrap();
    drop(pty.slave);
    (elapsed, first.unwrap_or(elapsed))
}

/// The reference: as little as a ratatui program can do to show a frame.
fn bare_program() {
    use ratatui::crossterm::event::{self, Event, KeyCode};
    use ratatui::widgets::Paragraph;
    let mut terminal = ratatui::init();
    terminal
        .draw(|frame| frame.render_widget(Paragraph::new("bare frame ready"), frame.area()))
        .unwrap();
    loop {
        if let Ok(Event::Key(key)) = event::read()
            && key.code == KeyCode::Char('q')
        {
            break;
        }
    }
    ratatui::restore();
}
