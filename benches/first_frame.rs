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

use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const BARE: &str = "ROLEMAP_BARE_FRAME";
const RUNS: usize = 100;

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
    let mut bare = Vec::new();
    let mut ours = Vec::new();
    // One warm-up each, so both start from a warm page cache.
    first_frame(me.to_str().unwrap(), true, "bare frame ready");
    first_frame(rolemap, false, "q quit");
    for _ in 0..RUNS {
        bare.push(first_frame(me.to_str().unwrap(), true, "bare frame ready"));
        ours.push(first_frame(rolemap, false, "q quit"));
    }
    let (bare, ours) = (median(&mut bare), median(&mut ours));
    println!("first frame in a pty, median of {RUNS} runs each:");
    println!("  bare ratatui program  {:>8.2} ms", ms(bare));
    println!("  rolemap (explore)     {:>8.2} ms", ms(ours));
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

/// Time from spawning `program` until `marker` shows on its screen; then
/// it is asked to quit with `q`.
fn first_frame(program: &str, bare: bool, marker: &str) -> Duration {
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
    let elapsed = loop {
        let bytes = receive
            .recv_timeout(Duration::from_secs(10))
            .expect("the program draws");
        parser.process(&bytes);
        if parser.screen().contents().contains(marker) {
            break start.elapsed();
        }
    };
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    child.wait().unwrap();
    drop(pty.slave);
    elapsed
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
