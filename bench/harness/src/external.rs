//! The tools outside the workspace: a `go` for native and `GOOS=wasip1`
//! builds, and a `node` (22 or later, for WasmGC and exceptions) to run
//! modules on V8. Each is found by flag, then environment, then `PATH`;
//! when one is missing its columns are marked absent, never guessed.

use crate::measure::{check_output, ms_since, repeat_runs, Reps};
use crate::programs::Program;
use crate::{median, EngineRun, NativeRun};
use gowgc::engine::RunResult;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// A found tool: its path and what it says its version is.
#[derive(Clone, Debug)]
pub struct Tool {
    pub path: PathBuf,
    pub version: String,
}

/// Runs `cmd args` and returns its trimmed stdout, if it succeeds.
fn output_of(cmd: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(cmd).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// `name` on `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The Go toolchain: `flag`, else `$GO`, else `go` on `PATH`.
pub fn find_go(flag: Option<PathBuf>) -> Option<Tool> {
    let path = flag
        .or_else(|| std::env::var_os("GO").map(PathBuf::from))
        .or_else(|| on_path("go"))?;
    let version = output_of(&path, &["env", "GOVERSION"])?;
    Some(Tool { path, version })
}

/// Node 22 or later: `flag`, else `$NODE`, else `node` on `PATH`. Older
/// versions are reported and ignored (they lack WasmGC or exnref).
pub fn find_node(flag: Option<PathBuf>) -> Result<Option<Tool>, String> {
    let Some(path) = flag
        .or_else(|| std::env::var_os("NODE").map(PathBuf::from))
        .or_else(|| on_path("node"))
    else {
        return Ok(None);
    };
    let Some(version) = output_of(&path, &["--version"]) else {
        return Ok(None);
    };
    let major: u32 = version
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < 22 {
        return Err(format!(
            "{} is node {version}; V8 columns need node 22 or later",
            path.display()
        ));
    }
    Ok(Some(Tool { path, version }))
}

/// Builds `p` with `go build` (for `GOOS=wasip1 GOARCH=wasm` when
/// `wasip1`) into `dir`.
pub fn go_build(go: &Tool, p: &Program, dir: &Path, wasip1: bool) -> Result<PathBuf, String> {
    let out = dir.join(if wasip1 {
        format!("{}.go.wasm", p.name)
    } else {
        format!("{}.native", p.name)
    });
    let mut cmd = Command::new(&go.path);
    cmd.arg("build").arg("-o").arg(&out).arg(&p.path);
    if wasip1 {
        cmd.env("GOOS", "wasip1").env("GOARCH", "wasm");
    }
    let r = cmd.output().map_err(|e| format!("go build: {e}"))?;
    if !r.status.success() {
        return Err(format!(
            "go build: {}",
            String::from_utf8_lossy(&r.stderr).trim()
        ));
    }
    Ok(out)
}

/// Runs a native Go binary with `GOMAXPROCS=1`, timing whole processes.
pub fn native_run(bin: &Path, p: &Program, reps: Reps) -> NativeRun {
    let runs = repeat_runs(p, reps, || {
        let t = Instant::now();
        let o = Command::new(bin)
            .args(&p.args)
            .env("GOMAXPROCS", "1")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| e.to_string())?;
        let ms = ms_since(t);
        let r = RunResult {
            code: o.status.code().unwrap_or(2),
            stdout: o.stdout,
            stderr: o.stderr,
            ..Default::default()
        };
        Ok((r, ms))
    });
    NativeRun {
        run_ms: median(&runs.runs_ms),
        runs_ms: runs.runs_ms,
        ok: runs.error.is_none(),
        error: runs.error,
    }
}

/// The V8 runner script, written next to the modules.
const V8_RUNNER: &str = include_str!("../v8.mjs");

/// Runs a module on V8 through `node:wasi`.
pub fn v8_run(node: &Tool, wasm: &Path, p: &Program, dir: &Path, reps: Reps) -> EngineRun {
    let script = dir.join("gowgc-v8-runner.mjs");
    let out_file = dir.join(format!(
        "{}.v8.stdout",
        wasm.display().to_string().replace('/', "_")
    ));
    let fail = |e: String| EngineRun {
        error: Some(e),
        ..Default::default()
    };
    if let Err(e) = std::fs::write(&script, V8_RUNNER) {
        return fail(e.to_string());
    }
    let o = match Command::new(&node.path)
        .arg("--stack-size=65500")
        .arg(&script)
        .arg(wasm)
        .arg(&out_file)
        .arg(reps.compiles.max(1).to_string())
        .arg(reps.warmup.to_string())
        .arg(reps.runs.max(1).to_string())
        .arg(&p.name)
        .args(&p.args)
        .stdin(Stdio::null())
        .output()
    {
        Ok(o) => o,
        Err(e) => return fail(e.to_string()),
    };
    let text = String::from_utf8_lossy(&o.stdout);
    let Some(line) = text.lines().rev().find(|l| l.starts_with('{')) else {
        let err = String::from_utf8_lossy(&o.stderr);
        return fail(format!(
            "node: {}",
            err.lines().take(3).collect::<Vec<_>>().join(" / ")
        ));
    };
    let v: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return fail(format!("node runner output: {e}")),
    };
    let nums = |k: &str| -> Vec<f64> {
        v[k].as_array()
            .map(|a| a.iter().filter_map(|x| x.as_f64()).collect())
            .unwrap_or_default()
    };
    let stdout = std::fs::read(&out_file).unwrap_or_default();
    let code = v["exit"].as_i64().unwrap_or(2) as i32;
    let error = v["error"].as_str().map(str::to_string).or_else(|| {
        check_output(
            p,
            code,
            &stdout,
            v["stderr"].as_str().unwrap_or("").as_bytes(),
        )
    });
    let runs_ms = nums("runMs");
    EngineRun {
        compile_ms: median(&nums("compileMs")),
        run_ms: median(&runs_ms),
        runs_ms,
        peak_memory: v["memory"].as_u64(),
        ok: error.is_none(),
        error,
    }
}
