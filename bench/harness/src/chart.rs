//! SVG charts of a run (plotters): run time relative to native Go, and
//! gzip size, per program and variant.

use crate::report::{native_ms, run_ms, Eng};
use crate::{Run, Variant};
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::Path;

/// One series of a grouped bar chart: its name, color and one value per
/// group (missing values leave a gap).
struct Series {
    name: &'static str,
    color: RGBColor,
    values: Vec<Option<f64>>,
}

const COLORS: [RGBColor; 4] = [
    RGBColor(0x4c, 0x72, 0xb0),
    RGBColor(0x55, 0xa8, 0x68),
    RGBColor(0x8c, 0xd1, 0x7d),
    RGBColor(0xc4, 0x4e, 0x52),
];

/// A grouped bar chart with a logarithmic value axis.
fn grouped_bars(
    path: &Path,
    title: &str,
    y_desc: &str,
    groups: &[String],
    series: &[Series],
) -> Result<(), String> {
    let values = series
        .iter()
        .flat_map(|s| s.values.iter().flatten().copied());
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(x), b.max(x)));
    if lo > hi {
        return Ok(()); // nothing measured
    }
    // Room above the tallest bar for the legend.
    let (lo, hi) = (lo / 1.5, hi * 8.0);
    let slot = series.len() + 1;
    let slots = groups.len() * slot;
    let root = SVGBackend::new(path, (1200, 560)).into_drawing_area();
    let err = |e: &dyn std::fmt::Display| e.to_string();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(70)
        .build_cartesian_2d((0..slots).into_segmented(), (lo..hi).log_scale())
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        // No tick labels (x_labels(0) makes plotters loop forever): the
        // program names are drawn below, centered under their groups.
        .x_labels(1)
        .x_label_formatter(&|_| String::new())
        .y_desc(y_desc)
        .draw()
        .map_err(|e| err(&e))?;
    for (k, s) in series.iter().enumerate() {
        let bars = s.values.iter().enumerate().filter_map(|(g, v)| {
            let x = g * slot + k;
            v.map(|v| {
                Rectangle::new(
                    [
                        (SegmentValue::Exact(x), lo),
                        (SegmentValue::Exact(x + 1), v),
                    ],
                    s.color.filled(),
                )
            })
        });
        let color = s.color;
        chart
            .draw_series(bars)
            .map_err(|e| err(&e))?
            .label(s.name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    // Program names, horizontal and staggered over two rows so that long
    // ones do not overlap (plotters rotates labels about their centers).
    let style = ("sans-serif", 13)
        .into_font()
        .into_text_style(&root)
        .pos(Pos::new(HPos::Center, VPos::Top));
    for (g, name) in groups.iter().enumerate() {
        let left = chart.backend_coord(&(SegmentValue::Exact(g * slot), lo));
        let right = chart.backend_coord(&(SegmentValue::Exact(g * slot + series.len()), lo));
        let x = (left.0 + right.0) / 2;
        let y = left.1 + 6 + (g as i32 % 2) * 16;
        root.draw(&Text::new(name.as_str(), (x, y), &style))
            .map_err(|e| err(&e))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(&e))?;
    root.present().map_err(|e| err(&e))
}

const VARIANTS: [Variant; 4] = [
    Variant::Linear,
    Variant::Gc,
    Variant::GcAllFat,
    Variant::GoWasip1,
];

/// Writes `runtime.svg` and `size.svg` into `dir`.
pub fn write_charts(run: &Run, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let groups: Vec<String> = run.programs.iter().map(|p| p.name.clone()).collect();
    let series = |f: &dyn Fn(&crate::ProgramRun, Variant) -> Option<f64>| -> Vec<Series> {
        VARIANTS
            .iter()
            .zip(COLORS)
            .map(|(&v, color)| Series {
                name: v.name(),
                color,
                values: run.programs.iter().map(|p| f(p, v)).collect(),
            })
            .collect()
    };
    grouped_bars(
        &dir.join("runtime.svg"),
        "Run time on wasmtime relative to native Go (lower is better)",
        "time / native Go",
        &groups,
        &series(&|p, v| Some(run_ms(p, v, Eng::Wasmtime)? / native_ms(p)?)),
    )?;
    grouped_bars(
        &dir.join("size.svg"),
        "Module size, gzip -9, custom sections stripped (lower is better)",
        "KiB",
        &groups,
        &series(&|p, v| {
            p.variant(v)
                .and_then(|r| r.sizes.as_ref())
                .map(|s| s.gzip as f64 / 1024.0)
        }),
    )
}
