//! The charts, drawn with plotters as SVG and PNG from the report model: the department x
//! department overlap heat map, the largest opportunities by combined budget, the distribution
//! of pair scores with the report threshold marked, efforts in opportunities per department,
//! and (with the monthly cycle) the trend across periods: opportunities open, new and resolved,
//! and the combined budget involved.
//!
//! In: the report model. Out: `charts/<name>.svg` and `charts/<name>.png`, and the SVG text for
//! inlining in `index.html`. Text is drawn from the bundled DejaVu Sans (registered with
//! plotters' pure-Rust `ab_glyph` text path), so no system fonts are needed; the SVGs name the
//! generic `sans-serif` family and leave the font to the viewer.

use super::output::write_file;
use super::text::{money, truncate};
use super::{Render, ReportModel};
use crate::error::{Error, Result};
use plotters::coord::Shift;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const FONT: &str = "sans-serif";
const WIDTH: u32 = 960;
const INK: RGBColor = RGBColor(0x1b, 0x1b, 0x1b);
const MUTED: RGBColor = RGBColor(0x50, 0x5a, 0x5f);
const ACCENT: RGBColor = RGBColor(0x1d, 0x70, 0xb8);
const PALE: RGBColor = RGBColor(0xd2, 0xe2, 0xf1);
const THRESHOLD: RGBColor = RGBColor(0xd4, 0x35, 0x1c);

/// One chart's SVG, for inlining.
pub struct ChartSvg {
    pub name: &'static str,
    pub caption: String,
    pub svg: String,
}

#[derive(Clone, Copy)]
enum Chart {
    Heatmap,
    Largest,
    Scores,
    Departments,
    Trend,
}

const ALL: [Chart; 4] = [
    Chart::Heatmap,
    Chart::Largest,
    Chart::Scores,
    Chart::Departments,
];

/// The charts a model has: the four of every period, and the trend when the monthly cycle ran.
fn charts_for(model: &ReportModel) -> Vec<Chart> {
    let mut charts = ALL.to_vec();
    if model.cycle.is_some() {
        charts.push(Chart::Trend);
    }
    charts
}

impl Chart {
    fn name(self) -> &'static str {
        match self {
            Chart::Heatmap => "overlap-heatmap",
            Chart::Largest => "largest-opportunities",
            Chart::Scores => "score-distribution",
            Chart::Departments => "department-efforts",
            Chart::Trend => "trend",
        }
    }

    fn caption(self, model: &ReportModel) -> String {
        match self {
            Chart::Heatmap => {
                "Reported pairs of overlapping efforts between each two departments; \
                               darker cells mean more overlap."
                    .to_string()
            }
            Chart::Largest => format!(
                "The {} largest opportunities by combined budget of their efforts.",
                model.largest.len()
            ),
            Chart::Scores => match model.threshold {
                Some(t) => format!(
                    "How strongly reported pairs match; the line marks the report threshold ({t:.2})."
                ),
                None => "How strongly reported pairs match.".to_string(),
            },
            Chart::Departments => {
                "Each department's efforts, and how many of them are in opportunities.".to_string()
            }
            Chart::Trend => {
                "Opportunities open, new and resolved in each period, and the combined \
                             budget of the efforts involved, from this pack's history."
                    .to_string()
            }
        }
    }

    fn size(self, model: &ReportModel) -> (u32, u32) {
        let rows = |n: usize, per: u32| 170 + per * n.max(1) as u32;
        match self {
            Chart::Heatmap => (
                WIDTH,
                220 + 40 * model.matrix.departments.len().clamp(4, 20) as u32,
            ),
            Chart::Largest => (WIDTH, rows(model.largest.len(), 34)),
            Chart::Scores => (WIDTH, 420),
            Chart::Departments => (WIDTH, rows(model.departments.len(), 30)),
            Chart::Trend => (WIDTH, 640),
        }
    }

    fn draw<DB: DrawingBackend>(
        self,
        model: &ReportModel,
        root: &DrawingArea<DB, Shift>,
    ) -> std::result::Result<(), String> {
        root.fill(&WHITE).map_err(debug)?;
        match self {
            Chart::Heatmap => heatmap(model, root),
            Chart::Largest => largest(model, root),
            Chart::Scores => scores(model, root),
            Chart::Departments => departments(model, root),
            Chart::Trend => trend(model, root),
        }
    }
}

fn debug<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}

/// Registers the bundled font with plotters, once per process.
fn ensure_font() -> Result<()> {
    static REGISTERED: OnceLock<std::result::Result<(), String>> = OnceLock::new();
    REGISTERED
        .get_or_init(|| {
            plotters::style::register_font(FONT, FontStyle::Normal, SANS).map_err(|_| {
                "the bundled font assets/fonts/DejaVuSans.ttf is not valid".to_string()
            })
        })
        .clone()
        .map_err(Error::Failed)
}

fn chart_error(name: &str, e: String) -> Error {
    Error::Failed(format!(
        "drawing chart {name} failed (a bug; please report it): {e}"
    ))
}

/// Every chart as SVG text.
pub fn draw_all_svg(model: &ReportModel) -> Result<Vec<ChartSvg>> {
    ensure_font()?;
    charts_for(model)
        .into_iter()
        .map(|chart| {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, chart.size(model)).into_drawing_area();
                chart
                    .draw(model, &root)
                    .map_err(|e| chart_error(chart.name(), e))?;
                root.present()
                    .map_err(|e| chart_error(chart.name(), debug(e)))?;
            }
            Ok(ChartSvg {
                name: chart.name(),
                caption: chart.caption(model),
                svg,
            })
        })
        .collect()
}

/// Renders the chart files.
pub struct Charts;

impl Render for Charts {
    fn name(&self) -> &'static str {
        "charts"
    }

    fn render(&self, model: &ReportModel, dir: &Path) -> Result<Vec<PathBuf>> {
        let mut written = Vec::new();
        for chart in draw_all_svg(model)? {
            written.push(write_file(
                dir,
                &format!("charts/{}.svg", chart.name),
                chart.svg,
            )?);
        }
        for chart in charts_for(model) {
            let rel = format!("charts/{}.png", chart.name());
            let path = dir.join(&rel);
            {
                let root = BitMapBackend::new(&path, chart.size(model)).into_drawing_area();
                chart
                    .draw(model, &root)
                    .map_err(|e| chart_error(chart.name(), e))?;
                root.present()
                    .map_err(|e| chart_error(chart.name(), debug(e)))?;
            }
            written.push(PathBuf::from(rel));
        }
        Ok(written)
    }
}

fn title_font(size: u32) -> TextStyle<'static> {
    (FONT, size).into_font().color(&INK)
}

fn label_font(size: u32) -> TextStyle<'static> {
    (FONT, size).into_font().color(&INK)
}

/// Draws the title and returns the area below it.
fn titled<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
) -> std::result::Result<DrawingArea<DB, Shift>, String> {
    root.titled(title, title_font(24)).map_err(debug)
}

/// A note in the middle of an empty chart.
fn empty<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    note: &str,
) -> std::result::Result<(), String> {
    let (w, h) = area.dim_in_pixel();
    let style = label_font(18)
        .color(&MUTED)
        .pos(Pos::new(HPos::Center, VPos::Center));
    area.draw(&Text::new(
        note.to_string(),
        (w as i32 / 2, h as i32 / 2),
        style,
    ))
    .map_err(debug)
}

/// White to dark blue.
fn shade(t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
    RGBColor(mix(0xef, 0x08), mix(0xf3, 0x30), mix(0xff, 0x6b))
}

fn heatmap<DB: DrawingBackend>(
    model: &ReportModel,
    root: &DrawingArea<DB, Shift>,
) -> std::result::Result<(), String> {
    let area = titled(root, "Overlapping pairs between departments")?;
    let m = &model.matrix;
    let n = m.departments.len();
    if n == 0 || m.counts.iter().flatten().all(|&c| c == 0) {
        return empty(&area, "No overlapping pairs were reported this period.");
    }
    let (w, _) = area.dim_in_pixel();
    let (grid, key) = area.split_horizontally(w.saturating_sub(420));
    let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1) as f64;
    let ni = n as i32;
    let mut chart = ChartBuilder::on(&grid)
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(70)
        .build_cartesian_2d((0..ni - 1).into_segmented(), (0..ni - 1).into_segmented())
        .map_err(debug)?;
    let label = |v: &SegmentValue<i32>, flip: bool| match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
            let i = if flip { ni - 1 - *i } else { *i };
            m.labels.get(i as usize).cloned().unwrap_or_default()
        }
        SegmentValue::Last => String::new(),
    };
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(n)
        .y_labels(n)
        .x_label_formatter(&|v| label(v, false))
        .y_label_formatter(&|v| label(v, true))
        .label_style(label_font(14))
        .draw()
        .map_err(debug)?;
    let cells = (0..n).flat_map(|r| (0..n).map(move |c| (r, c)));
    for (r, c) in cells {
        let count = m
            .counts
            .get(r)
            .and_then(|row| row.get(c))
            .copied()
            .unwrap_or(0);
        let (x, y) = (c as i32, ni - 1 - r as i32);
        // Empty cells white, any overlap at least a clearly visible blue; the diagonal grey.
        let level = if count > 0 {
            0.25 + 0.75 * count as f64 / max
        } else {
            0.0
        };
        let fill = match (r == c, count) {
            (true, _) => RGBColor(0xd9, 0xd9, 0xd9),
            (false, 0) => WHITE,
            _ => shade(level),
        };
        let corners = [
            (SegmentValue::Exact(x), SegmentValue::Exact(y)),
            (SegmentValue::Exact(x + 1), SegmentValue::Exact(y + 1)),
        ];
        chart
            .draw_series([Rectangle::new(corners.clone(), fill.filled())])
            .map_err(debug)?;
        chart
            .draw_series([Rectangle::new(
                corners,
                RGBColor(0xcc, 0xcc, 0xcc).stroke_width(1),
            )])
            .map_err(debug)?;
        if r != c && count > 0 {
            let ink = if level > 0.55 { WHITE } else { INK };
            let style = label_font(14)
                .color(&ink)
                .pos(Pos::new(HPos::Center, VPos::Center));
            let at = (SegmentValue::CenterOf(x), SegmentValue::CenterOf(y));
            chart
                .draw_series([Text::new(count.to_string(), at, style)])
                .map_err(debug)?;
        }
    }
    // The key: label = department name.
    let key = key.margin(20, 10, 10, 10);
    let line = 20;
    for (i, (l, d)) in m.labels.iter().zip(&m.departments).enumerate() {
        let y = i as i32 * line;
        key.draw(&Text::new(l.clone(), (0, y), label_font(13)))
            .map_err(debug)?;
        let name = truncate(d, 50);
        key.draw(&Text::new(name, (62, y), label_font(13).color(&MUTED)))
            .map_err(debug)?;
    }
    Ok(())
}

/// How many labels a count axis up to `max` gets, so that its steps are whole numbers.
fn count_labels(max: f64) -> usize {
    (max.ceil() as usize + 1).clamp(2, 10)
}

/// A horizontal bar from 0 to `value` in row `row` of a segmented y axis, `margin` pixels
/// clear of its neighbours. (Drawn directly rather than with plotters' `Histogram`, whose
/// hash-map order would make the SVG differ from run to run.)
fn hbar(
    row: i32,
    value: f64,
    style: ShapeStyle,
    margin: u32,
) -> Rectangle<(f64, SegmentValue<i32>)> {
    let mut bar = Rectangle::new(
        [
            (0.0, SegmentValue::Exact(row)),
            (value, SegmentValue::Exact(row + 1)),
        ],
        style,
    );
    bar.set_margin(margin, margin, 0, 0);
    bar
}

fn type_colour(kind: &str) -> RGBColor {
    match kind {
        "duplication" => RGBColor(0xb1, 0x0e, 0x1e),
        "overlap" => RGBColor(0xb5, 0x81, 0x05),
        _ => RGBColor(0x4c, 0x2c, 0x92),
    }
}

fn largest<DB: DrawingBackend>(
    model: &ReportModel,
    root: &DrawingArea<DB, Shift>,
) -> std::result::Result<(), String> {
    let area = titled(root, "Largest opportunities by combined budget")?;
    let bars = &model.largest;
    if bars.is_empty() {
        return empty(&area, "No opportunities were found this period.");
    }
    let n = bars.len() as i32;
    let max = bars
        .iter()
        .map(|o| o.combined_budget_gbp / 1e6)
        .fold(0.0, f64::max);
    let max = if max > 0.0 { max * 1.3 } else { 1.0 };
    let labels: Vec<String> = bars
        .iter()
        .map(|o| format!("{} {}", o.id, truncate(&o.theme, 26)))
        .collect();
    let mut chart = ChartBuilder::on(&area)
        .margin(14)
        .x_label_area_size(50)
        .y_label_area_size(300)
        .margin_right(40)
        .build_cartesian_2d(0.0..max, (0..n - 1).into_segmented())
        .map_err(debug)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .y_labels(bars.len())
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => labels
                .get((n - 1 - *i) as usize)
                .cloned()
                .unwrap_or_default(),
            SegmentValue::Last => String::new(),
        })
        .x_label_formatter(&|v| format!("£{v:.0}m"))
        .x_desc("Combined budget of the efforts (£ million)")
        .label_style(label_font(14))
        .axis_desc_style(label_font(15))
        .draw()
        .map_err(debug)?;
    chart
        .draw_series(bars.iter().enumerate().map(|(i, o)| {
            let style = type_colour(&o.kind).filled();
            hbar(n - 1 - i as i32, o.combined_budget_gbp / 1e6, style, 7)
        }))
        .map_err(debug)?;
    let value_style = label_font(13).pos(Pos::new(HPos::Left, VPos::Center));
    chart
        .draw_series(bars.iter().enumerate().map(|(i, o)| {
            let at = (
                o.combined_budget_gbp / 1e6 + max * 0.01,
                SegmentValue::CenterOf(n - 1 - i as i32),
            );
            Text::new(
                format!("{} ({})", money(o.combined_budget_gbp), o.kind),
                at,
                value_style.clone(),
            )
        }))
        .map_err(debug)?;
    Ok(())
}

const NEW: RGBColor = RGBColor(0x00, 0x70, 0x3c);

/// Opportunities open, new and resolved per period (top), combined budget (bottom).
fn trend<DB: DrawingBackend>(
    model: &ReportModel,
    root: &DrawingArea<DB, Shift>,
) -> std::result::Result<(), String> {
    let area = titled(root, "Trend across months")?;
    let history = model
        .cycle
        .as_ref()
        .map(|c| c.history.as_slice())
        .unwrap_or(&[]);
    if history.is_empty() {
        return empty(&area, "No history yet.");
    }
    let n = history.len() as i32;
    let periods: Vec<String> = history.iter().map(|h| h.period.clone()).collect();
    let label = |v: &SegmentValue<i32>| match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
            periods.get(*i as usize).cloned().unwrap_or_default()
        }
        SegmentValue::Last => String::new(),
    };
    let (upper, lower) = area.split_vertically(area.dim_in_pixel().1 * 3 / 5);

    // Counts: three bars per period.
    let top = history
        .iter()
        .map(|h| h.open.max(h.new).max(h.resolved))
        .max()
        .unwrap_or(0);
    // Headroom for the legend and the counts above the bars.
    let ymax = (top as f64 * 1.5).ceil().max(2.0);
    let mut chart = ChartBuilder::on(&upper)
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .margin_right(30)
        .build_cartesian_2d((0..n - 1).into_segmented(), 0.0..ymax)
        .map_err(debug)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .x_labels(history.len())
        .x_label_formatter(&label)
        .y_labels(count_labels(ymax))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .y_desc("Opportunities")
        .label_style(label_font(14))
        .axis_desc_style(label_font(15))
        .draw()
        .map_err(debug)?;
    type Count = fn(&crate::cycle::state::HistoryEntry) -> u64;
    let series: [(&str, RGBColor, Count); 3] = [
        ("open", ACCENT, |h| h.open),
        ("new", NEW, |h| h.new),
        ("resolved", THRESHOLD, |h| h.resolved),
    ];
    for (k, &(name, colour, value)) in series.iter().enumerate() {
        let bars = history.iter().enumerate().map(|(i, h)| {
            let mut bar = Rectangle::new(
                [
                    (SegmentValue::Exact(i as i32), 0.0),
                    (SegmentValue::Exact(i as i32 + 1), value(h) as f64),
                ],
                colour.filled(),
            );
            // Three bars side by side in the period's slot.
            let (w, _) = upper.dim_in_pixel();
            let slot = (w.saturating_sub(120) / history.len().max(1) as u32).max(12);
            let bar_w = slot / 4;
            let left = slot / 8 + bar_w * k as u32;
            bar.set_margin(0, 0, left, slot.saturating_sub(left + bar_w));
            bar
        });
        chart
            .draw_series(bars)
            .map_err(debug)?
            .label(name)
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 12, y + 6)], colour.filled()));
    }
    // The counts, written above each period's bars.
    let style = label_font(13).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart
        .draw_series(history.iter().enumerate().map(|(i, h)| {
            Text::new(
                format!("{} open, {} new, {} resolved", h.open, h.new, h.resolved),
                (
                    SegmentValue::CenterOf(i as i32),
                    h.open.max(h.new).max(h.resolved) as f64 + ymax * 0.04,
                ),
                style.clone(),
            )
        }))
        .map_err(debug)?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.9))
        .border_style(MUTED)
        .label_font(label_font(14))
        .draw()
        .map_err(debug)?;

    // Budget: one line with points.
    let bmax = history
        .iter()
        .map(|h| h.combined_budget_gbp / 1e6)
        .fold(0.0, f64::max);
    let bmax = if bmax > 0.0 { bmax * 1.25 } else { 1.0 };
    let mut chart = ChartBuilder::on(&lower)
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(90)
        .margin_right(30)
        .build_cartesian_2d((0..n - 1).into_segmented(), 0.0..bmax)
        .map_err(debug)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .x_labels(history.len())
        .x_label_formatter(&label)
        .y_labels(5)
        .y_label_formatter(&|v| format!("£{v:.0}m"))
        .y_desc("Combined budget")
        .label_style(label_font(14))
        .axis_desc_style(label_font(15))
        .draw()
        .map_err(debug)?;
    let points: Vec<(SegmentValue<i32>, f64)> = history
        .iter()
        .enumerate()
        .map(|(i, h)| {
            (
                SegmentValue::CenterOf(i as i32),
                h.combined_budget_gbp / 1e6,
            )
        })
        .collect();
    chart
        .draw_series(LineSeries::new(points.clone(), ACCENT.stroke_width(3)))
        .map_err(debug)?;
    chart
        .draw_series(
            points
                .iter()
                .map(|p| Circle::new(p.clone(), 5, ACCENT.filled())),
        )
        .map_err(debug)?;
    let style = label_font(13).pos(Pos::new(HPos::Center, VPos::Bottom));
    chart
        .draw_series(history.iter().enumerate().map(|(i, h)| {
            Text::new(
                money(h.combined_budget_gbp),
                (
                    SegmentValue::CenterOf(i as i32),
                    h.combined_budget_gbp / 1e6 + bmax * 0.04,
                ),
                style.clone(),
            )
        }))
        .map_err(debug)?;
    Ok(())
}

fn scores<DB: DrawingBackend>(
    model: &ReportModel,
    root: &DrawingArea<DB, Shift>,
) -> std::result::Result<(), String> {
    let area = titled(root, "Distribution of pair scores")?;
    let bins = &model.score_bins;
    let top = bins.iter().map(|b| b.count).max().unwrap_or(0);
    if top == 0 {
        return empty(&area, "No pairs were reported this period.");
    }
    let ymax = (top as f64 * 1.15).ceil().max(1.0);
    let mut chart = ChartBuilder::on(&area)
        .margin(14)
        .x_label_area_size(50)
        .y_label_area_size(60)
        .margin_right(30)
        .build_cartesian_2d(0.0..1.0f64, 0.0..ymax)
        .map_err(debug)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .x_labels(11)
        .x_label_formatter(&|v| format!("{v:.1}"))
        .y_labels(count_labels(ymax))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .x_desc("Pair score (0 = nothing in common, 1 = the same effort)")
        .y_desc("Reported pairs")
        .label_style(label_font(14))
        .axis_desc_style(label_font(15))
        .draw()
        .map_err(debug)?;
    chart
        .draw_series(bins.iter().filter(|b| b.count > 0).map(|b| {
            let pad = (b.hi - b.lo) * 0.06;
            Rectangle::new(
                [(b.lo + pad, 0.0), (b.hi - pad, b.count as f64)],
                ACCENT.filled(),
            )
        }))
        .map_err(debug)?;
    if let Some(t) = model.threshold.filter(|t| (0.0..=1.0).contains(t)) {
        chart
            .draw_series(LineSeries::new(
                [(t, 0.0), (t, ymax)],
                THRESHOLD.stroke_width(3),
            ))
            .map_err(debug)?;
        let style = label_font(14)
            .color(&THRESHOLD)
            .pos(Pos::new(HPos::Right, VPos::Top));
        let text = format!("report threshold {t:.2} ");
        chart
            .draw_series([Text::new(text, (t, ymax * 0.98), style)])
            .map_err(debug)?;
    }
    Ok(())
}

fn departments<DB: DrawingBackend>(
    model: &ReportModel,
    root: &DrawingArea<DB, Shift>,
) -> std::result::Result<(), String> {
    let area = titled(root, "Efforts in opportunities, by department")?;
    let mut rows: Vec<_> = model.departments.iter().collect();
    if rows.is_empty() {
        return empty(&area, "No department submitted efforts this period.");
    }
    rows.sort_by(|a, b| {
        b.efforts_involved
            .cmp(&a.efforts_involved)
            .then(a.name.cmp(&b.name))
    });
    let n = rows.len() as i32;
    let max = rows.iter().map(|d| d.efforts).max().unwrap_or(1).max(1) as f64 * 1.12;
    let labels: Vec<String> = rows.iter().map(|d| truncate(&d.name, 50)).collect();
    let (w, h) = area.dim_in_pixel();
    let (plot, legend) = area.split_vertically(h.saturating_sub(36));
    let mut chart = ChartBuilder::on(&plot)
        .margin(14)
        .x_label_area_size(50)
        .y_label_area_size(370)
        .margin_right(40)
        .build_cartesian_2d(0.0..max, (0..n - 1).into_segmented())
        .map_err(debug)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .y_labels(rows.len())
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => labels
                .get((n - 1 - *i) as usize)
                .cloned()
                .unwrap_or_default(),
            SegmentValue::Last => String::new(),
        })
        .x_labels(count_labels(max))
        .x_label_formatter(&|v| format!("{v:.0}"))
        .x_desc("Efforts")
        .label_style(label_font(14))
        .axis_desc_style(label_font(15))
        .draw()
        .map_err(debug)?;
    let at = |i: usize| n - 1 - i as i32;
    chart
        .draw_series(
            rows.iter()
                .enumerate()
                .map(|(i, d)| hbar(at(i), d.efforts as f64, PALE.filled(), 5)),
        )
        .map_err(debug)?;
    chart
        .draw_series(
            rows.iter()
                .enumerate()
                .map(|(i, d)| hbar(at(i), d.efforts_involved as f64, ACCENT.filled(), 5)),
        )
        .map_err(debug)?;
    let value_style = label_font(13).pos(Pos::new(HPos::Left, VPos::Center));
    chart
        .draw_series(rows.iter().enumerate().map(|(i, d)| {
            let x = d.efforts as f64 + max * 0.01;
            let text = format!("{} of {}", d.efforts_involved, d.efforts);
            Text::new(
                text,
                (x, SegmentValue::CenterOf(at(i))),
                value_style.clone(),
            )
        }))
        .map_err(debug)?;
    // Legend, drawn by hand under the plot.
    let x0 = (w / 2) as i32 - 200;
    let style = label_font(14).pos(Pos::new(HPos::Left, VPos::Center));
    legend
        .draw(&Rectangle::new([(x0, 10), (x0 + 18, 26)], ACCENT.filled()))
        .map_err(debug)?;
    legend
        .draw(&Text::new("in opportunities", (x0 + 26, 18), style.clone()))
        .map_err(debug)?;
    let x1 = x0 + 200;
    legend
        .draw(&Rectangle::new([(x1, 10), (x1 + 18, 26)], PALE.filled()))
        .map_err(debug)?;
    legend
        .draw(&Text::new("all efforts submitted", (x1 + 26, 18), style))
        .map_err(debug)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::fixtures;
    use super::*;

    #[test]
    fn every_chart_has_a_title_and_svg_text() {
        let f = fixtures::period();
        let model = ReportModel::build(&f.input()).unwrap();
        let charts = draw_all_svg(&model).unwrap();
        assert_eq!(charts.len(), 4);
        for c in &charts {
            assert!(c.svg.starts_with("<svg"), "{}", c.name);
            assert!(c.svg.contains("<text"), "{}", c.name);
        }
        // Department labels and opportunity ids reach the charts.
        assert!(charts[0].svg.contains(">MHC<") || charts[0].svg.contains("MHC\n"));
        assert!(charts[1].svg.contains("OPP-7A8B9C"));
    }

    #[test]
    fn empty_period_still_draws_every_chart() {
        let mut f = fixtures::period();
        f.outcome = Default::default();
        let model = ReportModel::build(&f.input()).unwrap();
        let charts = draw_all_svg(&model).unwrap();
        assert!(charts[1].svg.contains("No opportunities were found"));
    }

    #[test]
    fn threshold_line_is_drawn_when_known() {
        let f = fixtures::period();
        let mut model = ReportModel::build(&f.input()).unwrap();
        model.threshold = None;
        let without = draw_all_svg(&model).unwrap().remove(2).svg;
        assert!(!without.contains("report threshold"));
        model.threshold = Some(0.5);
        let with = draw_all_svg(&model).unwrap().remove(2).svg;
        assert!(with.contains("report threshold 0.50"));
    }
}
