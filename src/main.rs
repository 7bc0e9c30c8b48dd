//! `gowgc`: compile Go programs to WebAssembly, two ways.
//!
//! ```text
//! gowgc build --backend gc|linear [-o out.wasm] prog.go...
//! gowgc run   --backend gc|linear prog.go... [-- args]
//! gowgc check prog.go...
//! ```
//!
//! The driver is the only part that touches files, processes and wasmtime:
//! it reads sources, calls the frontend and a backend, validates every module
//! with wasmparser before writing or running it, and maps the program's exit
//! status to its own.

mod driver;

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

/// Go to WebAssembly: linear memory or WasmGC.
#[derive(Parser)]
#[command(name = "gowgc", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

/// Which backend to use.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Backend {
    /// WasmGC: Go objects are WasmGC structs and arrays (the default).
    Gc,
    /// Linear memory with gowgc's own mark-sweep collector.
    Linear,
}

/// What `--emit` prints instead of producing a module.
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// The IR text form.
    Ir,
    /// The module as WebAssembly text.
    Wat,
}

/// Options shared by `build` and `run`.
#[derive(clap::Args, Clone)]
pub struct CompileOpts {
    /// Backend.
    #[arg(long, value_enum, default_value = "gc")]
    backend: Backend,
    /// Print the IR or the WAT instead of building.
    #[arg(long, value_enum)]
    emit: Option<Emit>,
    /// Linear backend: stress the collector (collect at every allocation
    /// while the live heap is tiny, every 1/64 of it beyond).
    #[arg(long)]
    gc_stress: bool,
    /// Gc backend: make every pointer a fat pointer (research variant).
    #[arg(long)]
    all_fat: bool,
    /// Turn an optimization pass off (repeatable), to measure its gain.
    #[arg(long, value_name = "PASS", value_parser = clap::builder::PossibleValuesParser::new(gowgc::Passes::NAMES))]
    disable: Vec<String>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile Go files to a WASI command module.
    Build {
        #[command(flatten)]
        opts: CompileOpts,
        /// Output file (default: the first file's name with .wasm).
        #[arg(short = 'o')]
        output: Option<std::path::PathBuf>,
        /// Also print where the module's bytes go (per package, largest
        /// functions), from its name section.
        #[arg(long)]
        size_report: bool,
        /// Go source files of package main.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
    },
    /// Compile and run with the embedded wasmtime.
    Run {
        #[command(flatten)]
        opts: CompileOpts,
        /// Stop the program after this many seconds (exit status 124).
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<f64>,
        /// Stop the program when its linear memory plus GC heap would pass
        /// this many MiB (exit status 125).
        #[arg(long, value_name = "MIB")]
        max_memory: Option<u64>,
        /// Go source files, then `--` and the program's arguments.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Arguments passed to the program.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Type-check only.
    Check {
        /// Go source files.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.cmd {
        Cmd::Check { files } => driver::check(&files),
        Cmd::Build {
            opts,
            output,
            size_report,
            files,
        } => driver::build(&opts, &files, output, size_report),
        Cmd::Run {
            opts,
            files,
            args,
            timeout,
            max_memory,
        } => {
            let limits = gowgc::engine::Limits {
                time: timeout.map(|s| std::time::Duration::from_secs_f64(s.max(0.0))),
                memory: max_memory.map(|m| m << 20),
            };
            driver::run(&opts, &files, &args, limits)
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}
