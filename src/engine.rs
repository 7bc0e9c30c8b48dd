//! Running a WASI preview 1 command module on the embedded wasmtime.
//!
//! `proc_exit(n)` becomes the exit status; a trap (which a correct module
//! only hits on a compiler bug, since Go's runtime errors are reported by the
//! module itself) is reported as a fatal error with status 2, like a crash.

use std::time::{Duration, Instant};
use wasmtime::{Collector, Config, Engine, Linker, Module, ResourceLimiter, Store};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

/// Where the program's output goes.
pub enum Output {
    /// The host's own stdout and stderr.
    Inherit,
    /// Captured in memory (for tests), up to this many bytes per stream.
    Capture(usize),
}

/// Wasm stack limit, and the native stack of the thread that runs wasm.
const WASM_STACK: usize = 256 << 20;
const NATIVE_STACK: usize = WASM_STACK + (64 << 20);

/// What Go prints when a goroutine's stack overflows (the stack is
/// wasm's, `WASM_STACK` bytes; Go's limit is 1 GB on 64-bit machines).
const GO_STACK_OVERFLOW: &str = "runtime: goroutine stack exceeds 1000000000-byte limit\n\
runtime: sp=0x0 stack=[0x0, 0x0]\n\
fatal error: stack overflow\n\n\
runtime stack:\n\n\
goroutine 1 [running]:\n";

/// What Go prints when the system refuses it memory.
const GO_OUT_OF_MEMORY: &str = "fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n";

/// What a run produced.
#[derive(Debug, Default)]
pub struct RunResult {
    /// Exit status.
    pub code: i32,
    /// Captured stdout (empty when inherited).
    pub stdout: Vec<u8>,
    /// Captured stderr (empty when inherited).
    pub stderr: Vec<u8>,
    /// Largest size the module's linear memories and GC heap reached
    /// together, in bytes (they never shrink).
    pub peak_memory: u64,
    /// Instantiation plus `_start`, without compiling the module.
    pub run_time: Duration,
}

/// Limits on one run (`gowgc run --timeout`, `--max-memory`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Limits {
    /// Wall-clock time, checked every 10 ms (epoch interruption).
    pub time: Option<Duration>,
    /// Bytes of linear memory plus GC heap.
    pub memory: Option<u64>,
}

/// Exit status of a run stopped by its time limit (as `timeout(1)`).
pub const EXIT_TIMEOUT: i32 = 124;
/// Exit status of a run stopped by its memory limit.
pub const EXIT_MEMORY: i32 = 125;

/// Counts the bytes of every linear memory and GC heap the store grows
/// (wasmtime asks the limiter before each growth, including the first),
/// and refuses growth past the limit.
#[derive(Default)]
struct MemoryMeter {
    bytes: u64,
    limit: Option<u64>,
    /// Whether a growth was refused.
    exceeded: bool,
}

impl ResourceLimiter for MemoryMeter {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let grown = self.bytes + desired.saturating_sub(current) as u64;
        if self.limit.is_some_and(|l| grown > l) {
            self.exceeded = true;
            return Ok(false);
        }
        self.bytes = grown;
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        _desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(true)
    }
}

/// What a store holds: WASI state and the memory meter.
struct Host {
    wasi: WasiP1Ctx,
    meter: MemoryMeter,
}

/// An engine configured for gowgc's modules (GC and exceptions on), with
/// wasmtime's default collector.
pub fn engine() -> Result<Engine, String> {
    engine_with(Collector::Auto)
}

/// Like [`engine`], with the given GC collector.
pub fn engine_with(collector: Collector) -> Result<Engine, String> {
    let mut config = Config::new();
    config.collector(collector);
    config
        .wasm_gc(true)
        .wasm_function_references(true)
        .wasm_exceptions(true);
    config.epoch_interruption(true);
    // Go's goroutine stacks grow to 1 GB; give wasm a deep stack too (runs
    // happen on a thread whose native stack is larger, see `run_wasi_limited`).
    config.async_stack_size(WASM_STACK + (1 << 20));
    config.max_wasm_stack(WASM_STACK);
    // `GOWGC_PERFMAP=1 perf record gowgc run ...` names compiled wasm
    // functions in `perf report` (how the profiles in bench/ were taken).
    if std::env::var_os("GOWGC_PERFMAP").is_some() {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    Engine::new(&config).map_err(|e| e.to_string())
}

/// Instantiates `bytes` and runs `_start` with `argv`, with no time limit.
pub fn run_wasi(
    engine: &Engine,
    bytes: &[u8],
    argv: &[String],
    out: Output,
) -> Result<RunResult, String> {
    run_wasi_limited(engine, bytes, argv, out, None)
}

/// Like [`run_wasi`], but a run longer than `limit` is interrupted
/// (epoch interruption) and reported as an error.
pub fn run_wasi_limited(
    engine: &Engine,
    bytes: &[u8],
    argv: &[String],
    out: Output,
    limit: Option<Duration>,
) -> Result<RunResult, String> {
    let module = compile_module(engine, bytes)?;
    let limits = Limits {
        time: limit,
        memory: None,
    };
    run_module(engine, &module, argv, out, limits)
}

/// Compiles a module for `engine` (wasmtime's own compilation, which the
/// benchmarks time apart from running).
pub fn compile_module(engine: &Engine, bytes: &[u8]) -> Result<Module, String> {
    Module::new(engine, bytes).map_err(|e| format!("wasmtime: {e:#}"))
}

/// Instantiates a compiled module and runs `_start` with `argv`, within
/// `limits`: a run that passes one ends with a message on stderr and
/// [`EXIT_TIMEOUT`] or [`EXIT_MEMORY`].
pub fn run_module(
    engine: &Engine,
    module: &Module,
    argv: &[String],
    out: Output,
    limits: Limits,
) -> Result<RunResult, String> {
    let (engine, module, argv) = (engine.clone(), module.clone(), argv.to_vec());
    std::thread::Builder::new()
        .stack_size(NATIVE_STACK)
        .spawn(move || run_on_this_thread(&engine, &module, &argv, out, limits))
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "wasm thread panicked".to_string())?
}

fn run_on_this_thread(
    engine: &Engine,
    module: &Module,
    argv: &[String],
    out: Output,
    limits: Limits,
) -> Result<RunResult, String> {
    let limit = limits.time;
    let mut linker: Linker<Host> = Linker::new(engine);
    wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h: &mut Host| &mut h.wasi)
        .map_err(|e| e.to_string())?;
    let mut builder = WasiCtxBuilder::new();
    builder.args(argv);
    let pipes = match out {
        Output::Inherit => {
            builder.inherit_stdio();
            for (k, v) in std::env::vars() {
                builder.env(&k, &v);
            }
            None
        }
        Output::Capture(cap) => {
            let (o, e) = (MemoryOutputPipe::new(cap), MemoryOutputPipe::new(cap));
            builder.stdout(o.clone()).stderr(e.clone());
            Some((o, e))
        }
    };
    let host = Host {
        wasi: builder.build_p1(),
        meter: MemoryMeter {
            limit: limits.memory,
            ..Default::default()
        },
    };
    let mut store = Store::new(engine, host);
    store.limiter(|h| &mut h.meter);
    // Ticks every 10 ms; the deadline counts ticks.
    store.set_epoch_deadline(limit.map_or(u64::MAX, |d| (d.as_millis() / 10).max(1) as u64));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    if limit.is_some() {
        let (engine, done) = (engine.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(std::time::Duration::from_millis(10));
                engine.increment_epoch();
            }
        });
    }
    let began = Instant::now();
    let started = match linker.instantiate(&mut store, module) {
        Ok(instance) => call_start(&mut store, &instance, limit),
        // The initial memory is already past the limit.
        Err(_) if store.data().meter.exceeded => Ok((EXIT_MEMORY, None)),
        Err(e) => Err(format!("wasmtime: {e:#}")),
    };
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let (code, trap) = started?;
    let run_time = began.elapsed();
    let peak_memory = store.data().meter.bytes;
    // However the program reacted to the refused growth (a trap, or its
    // own out-of-memory exit), the limit is what stopped it.
    let (code, trap) = if store.data().meter.exceeded && code != 0 {
        let mib = limits.memory.unwrap_or(0) as f64 / (1 << 20) as f64;
        let msg = format!(
            "gowgc: program stopped: it needed more memory than the limit ({mib} MiB of linear memory and GC heap)\n"
        );
        (EXIT_MEMORY, Some(trap.unwrap_or_default() + &msg))
    } else {
        (code, trap)
    };
    drop(store);
    let (stdout, mut stderr) = pipes_out(&pipes);
    if let Some(msg) = trap {
        match pipes {
            None => eprint!("{msg}"),
            Some(_) => stderr.extend_from_slice(msg.as_bytes()),
        }
    }
    Ok(RunResult {
        code,
        stdout,
        stderr,
        peak_memory,
        run_time,
    })
}

/// Runs `_start`: the exit status, and what to print after the program's
/// own output when it did not exit by itself.
fn call_start(
    store: &mut Store<Host>,
    instance: &wasmtime::Instance,
    limit: Option<Duration>,
) -> Result<(i32, Option<String>), String> {
    let start = instance
        .get_typed_func::<(), ()>(&mut *store, "_start")
        .map_err(|e| e.to_string())?;
    let Err(e) = start.call(&mut *store, ()) else {
        return Ok((0, None));
    };
    if let Some(exit) = e.downcast_ref::<I32Exit>() {
        return Ok((exit.0, None));
    }
    // What the program had written comes before the message.
    store.set_epoch_deadline(100);
    if let Ok(flush) = instance.get_typed_func::<(), ()>(&mut *store, "gowgc.flush") {
        let _ = flush.call(&mut *store, ());
    }
    Ok(match e.downcast_ref::<wasmtime::Trap>() {
        // Go's fatal error for a goroutine stack past its limit.
        Some(wasmtime::Trap::StackOverflow) => (2, Some(GO_STACK_OVERFLOW.to_string())),
        Some(wasmtime::Trap::Interrupt) => {
            let secs = limit.map_or(0.0, |d| d.as_secs_f64());
            let msg =
                format!("gowgc: program stopped: it ran longer than the time limit ({secs}s)\n");
            (EXIT_TIMEOUT, Some(msg))
        }
        // The GC heap could not grow: Go's fatal error for memory the
        // system refuses (linear's runtime prints the same itself).
        _ if e
            .downcast_ref::<wasmtime::GcHeapOutOfMemory<()>>()
            .is_some() =>
        {
            (2, Some(GO_OUT_OF_MEMORY.to_string()))
        }
        _ => (2, Some(format!("fatal error: {e:#}\n"))),
    })
}

fn pipes_out(p: &Option<(MemoryOutputPipe, MemoryOutputPipe)>) -> (Vec<u8>, Vec<u8>) {
    match p {
        Some((o, e)) => (o.contents().to_vec(), e.contents().to_vec()),
        None => (vec![], vec![]),
    }
}

/// A crash's stderr holds a goroutine trace with addresses; like
/// `tests/regen.sh`, keep what precedes the first blank line, minus the
/// `[signal ...]` and `runtime: sp=...` lines. Other stderr is unchanged.
pub fn normalize_stderr(s: &str) -> String {
    if !s.lines().any(|l| l.starts_with("goroutine ")) {
        return s.to_string();
    }
    let mut out = String::new();
    for l in s.lines() {
        if l.is_empty() {
            break;
        }
        if l.starts_with("[signal ") || l.starts_with("runtime: sp=") {
            continue;
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}
