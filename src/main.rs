//! `gowgc`: compile Go programs to WebAssembly, two ways.
//!
//! ```text
//! gowgc build --backend gc|linear [-o out.wasm] prog.go...
//! gowgc run   --backend gc|linear prog.go... [args]
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
        /// Go source files, then the program's arguments, as `go run`
        /// takes them: the arguments start at the first one that does not
        /// end in `.go` (a `--` there is dropped).
        #[arg(
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "FILES_THEN_ARGS"
        )]
        files_and_args: Vec<String>,
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
            files_and_args,
            timeout,
            max_memory,
        } => {
            let (files, args) = split_run_args(files_and_args);
            let limits = gowgc::engine::Limits {
                time: timeout.map(|s| std::time::Duration::from_secs_f64(s.max(0.0))),
                memory: max_memory.map(|m| m << 20),
            };
            driver::run(&opts, &files, &args, limits)
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// Splits `gowgc run`'s positional arguments as `go run` does: the
/// leading `.go` files, then the program's arguments. A `--` right after
/// the files is dropped, so `gowgc run prog.go -- -n 5` works as before.
fn split_run_args(all: Vec<String>) -> (Vec<std::path::PathBuf>, Vec<String>) {
    let n = all.iter().take_while(|a| a.ends_with(".go")).count().max(1);
    let mut files = all;
    let mut args = files.split_off(n.min(files.len()));
    if args.first().is_some_and(|a| a == "--") {
        args.remove(0);
    }
    (files.into_iter().map(Into::into).collect(), args)
}

#[cfg(test)]
mod tests {
    use super::split_run_args;

    fn split(xs: &[&str]) -> (Vec<String>, Vec<String>) {
        let (f, a) = split_run_args(xs.iter().map(|s| s.to_string()).collect());
        (f.iter().map(|p| p.display().to_string()).collect(), a)
    }

    #[test]
    fn run_arguments_split_as_go_run_splits_them() {
        assert_eq!(split(&["a.go"]), (vec!["a.go".into()], vec![]));
        assert_eq!(
            split(&["a.go", "b.go", "-n", "5", "c.go"]),
            (
                vec!["a.go".into(), "b.go".into()],
                vec!["-n".into(), "5".into(), "c.go".into()]
            )
        );
        assert_eq!(
            split(&["a.go", "--", "-x"]),
            (vec!["a.go".into()], vec!["-x".into()])
        );
        assert_eq!(
            split(&["a.go", "x", "--"]),
            (vec!["a.go".into()], vec!["x".into(), "--".into()])
        );
        // A first argument that is not a .go file is still the program.
        assert_eq!(
            split(&["prog", "x"]),
            (vec!["prog".into()], vec!["x".into()])
        );
    }
}
