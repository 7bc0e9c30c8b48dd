//! `gowgc build --size-report`: where a module's bytes go, by Go package
//! and by function, read back from the module's code and name sections.

use std::collections::BTreeMap;
use wasmparser::{Name, NameSectionReader, Parser, Payload};

/// The package a function name belongs to: `main.f` and `main.(*T).M` to
/// `main`, `unicode/utf8.DecodeRune` to `unicode/utf8`, the runtime's
/// `rt_*` helpers to `(runtime wat)`, backend helpers (`gc.*`, `go_*`) to
/// `(backend)`, generated interface code (`iface.*`) to `(interfaces)`.
fn package_of(name: &str) -> String {
    if name.starts_with("rt_") {
        return "(runtime wat)".into();
    }
    if name.starts_with("iface.") || name.starts_with("reflectlite.") {
        return "(interfaces)".into();
    }
    // The package path ends at the first '.' after the last '/'.
    let start = name.rfind('/').map_or(0, |i| i + 1);
    match name[start..].find('.') {
        Some(dot) if !name.starts_with("gc.") => name[..start + dot].to_string(),
        _ => "(backend)".into(),
    }
}

/// The function (by name) whose body holds byte `offset` of `bytes`.
pub fn function_at(bytes: &[u8], offset: usize) -> Option<String> {
    let mut imported = 0u32;
    let mut index = None;
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    let mut i = 0u32;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.ok()? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports().flatten() {
                    if matches!(imp.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let r = body.range();
                if r.start <= offset as u64 && (offset as u64) < r.end {
                    index = Some(imported + i);
                }
                i += 1;
            }
            Payload::CustomSection(c) if c.name() == "name" => {
                let reader = NameSectionReader::new(wasmparser::BinaryReader::new(
                    c.data(),
                    c.data_offset(),
                ));
                for sub in reader.flatten() {
                    if let Name::Function(map) = sub {
                        for n in map.into_iter().flatten() {
                            names.insert(n.index, n.name.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let index = index?;
    Some(
        names
            .get(&index)
            .cloned()
            .unwrap_or_else(|| format!("func{index}")),
    )
}

/// The report: the module size, bytes per package (code only), and the
/// largest functions.
pub fn size_report(bytes: &[u8]) -> Result<String, String> {
    let mut imported = 0u32;
    let mut bodies: Vec<usize> = Vec::new();
    let mut names: BTreeMap<u32, String> = BTreeMap::new();
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp.map_err(|e| e.to_string())?;
                    if matches!(imp.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let r = body.range();
                bodies.push((r.end - r.start) as usize);
            }
            Payload::CustomSection(c) if c.name() == "name" => {
                let reader = NameSectionReader::new(wasmparser::BinaryReader::new(
                    c.data(),
                    c.data_offset(),
                ));
                for sub in reader {
                    if let Name::Function(map) = sub.map_err(|e| e.to_string())? {
                        for n in map {
                            let n = n.map_err(|e| e.to_string())?;
                            names.insert(n.index, n.name.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut per_pkg: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut funcs: Vec<(usize, String)> = Vec::new();
    for (i, size) in bodies.iter().enumerate() {
        let name = names
            .get(&(imported + i as u32))
            .cloned()
            .unwrap_or_else(|| format!("func{}", imported + i as u32));
        let e = per_pkg.entry(package_of(&name)).or_default();
        e.0 += size;
        e.1 += 1;
        funcs.push((*size, name));
    }
    let code: usize = bodies.iter().sum();
    let mut out = format!(
        "module: {} bytes ({} of code in {} functions)\n\npackage                  bytes  funcs\n",
        bytes.len(),
        code,
        bodies.len()
    );
    let mut pkgs: Vec<_> = per_pkg.into_iter().collect();
    pkgs.sort_by_key(|p| std::cmp::Reverse(p.1 .0));
    for (p, (b, n)) in pkgs {
        out.push_str(&format!("{p:<22} {b:>7} {n:>6}\n"));
    }
    funcs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    out.push_str("\nlargest functions\n");
    for (s, n) in funcs.iter().take(15) {
        out.push_str(&format!("{s:>7}  {n}\n"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::package_of;

    #[test]
    fn packages_of_names() {
        assert_eq!(package_of("main.main"), "main");
        assert_eq!(package_of("main.(*T).M"), "main");
        assert_eq!(package_of("unicode/utf8.DecodeRune"), "unicode/utf8");
        assert_eq!(package_of("strings.(*Builder).WriteString"), "strings");
        assert_eq!(package_of("rt_fmt_f64"), "(runtime wat)");
        assert_eq!(package_of("iface.print"), "(interfaces)");
        assert_eq!(package_of("gc.new.main.T"), "(backend)");
        assert_eq!(package_of("go_frame"), "(backend)");
    }
}
