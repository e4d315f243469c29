//! Plots as SVG, with plotters:
//! - the mining pool's release curve, from the CSV the pallet's `release_curve` example prints
//!   (`year,released_share,pool_share_with_recycling`, and `#` notes): on the left the share of
//!   the pool released when nothing flows back, on the right the pool's balance with and
//!   without 1M CXT a year of fees and slashes flowing back;
//! - a training job's validation accuracy and loss per round
//!   (`round,validation_accuracy_percent,validation_loss`).

use plotters::coord::{cartesian::Cartesian2d, types::RangedCoordf64, Shift};
use plotters::prelude::*;

/// Why the curve could not be drawn.
#[derive(Debug)]
pub enum PlotError {
	/// Line `line` (from 1) of the CSV is not three numbers.
	BadLine { line: usize },
	/// The CSV has no data rows.
	Empty,
	/// The drawing failed.
	Draw(String),
}

impl core::fmt::Display for PlotError {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		match self {
			Self::BadLine { line } => {
				write!(f, "line {line}: expected year, released share, pool share")
			},
			Self::Empty => write!(f, "no data rows"),
			Self::Draw(e) => write!(f, "drawing failed: {e}"),
		}
	}
}

/// The curve's points and notes.
pub struct ReleaseCurve {
	/// `(year, % released with nothing flowing back, % of the pool left with recycling)`.
	pub points: Vec<(f64, f64, f64)>,
	/// The `#` lines (years to release 50 % and 90 %).
	pub notes: Vec<String>,
}

/// Parse the example's CSV.
pub fn parse_release_curve(csv: &str) -> Result<ReleaseCurve, PlotError> {
	let mut points = Vec::new();
	let mut notes = Vec::new();
	for (index, line) in csv.lines().enumerate() {
		let line = line.trim();
		if let Some(note) = line.strip_prefix('#') {
			notes.push(note.trim().to_string());
			continue;
		}
		if index == 0 || line.is_empty() {
			continue;
		}
		let bad = || PlotError::BadLine { line: index.saturating_add(1) };
		let values: Vec<f64> =
			line.split(',').map(str::parse).collect::<Result<_, _>>().map_err(|_| bad())?;
		match values.as_slice() {
			[year, released, pool] => points.push((*year, 100.0 * released, 100.0 * pool)),
			_ => return Err(bad()),
		}
	}
	if points.is_empty() {
		return Err(PlotError::Empty);
	}
	Ok(ReleaseCurve { points, notes })
}

/// A chart of percentages over `years`, with its caption and titled axes.
type PercentChart<'a, 'b> =
	ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

fn draw_error(e: &dyn core::fmt::Display) -> PlotError {
	PlotError::Draw(e.to_string())
}

/// A chart on `area` from 0 to `years` years and 0 to 100 %, its axes titled.
fn percent_chart<'a, 'b>(
	area: &'a DrawingArea<SVGBackend<'b>, Shift>,
	caption: &str,
	y_desc: &str,
	years: f64,
) -> Result<PercentChart<'a, 'b>, PlotError> {
	titled_chart(area, caption, ("years after genesis", 0.0..years), (y_desc, 0.0..100.0))
}

/// A chart on `area` with its caption and both axes titled.
fn titled_chart<'a, 'b>(
	area: &'a DrawingArea<SVGBackend<'b>, Shift>,
	caption: &str,
	(x_desc, x_range): (&str, core::ops::Range<f64>),
	(y_desc, y_range): (&str, core::ops::Range<f64>),
) -> Result<PercentChart<'a, 'b>, PlotError> {
	let mut chart = ChartBuilder::on(area)
		.caption(caption, ("sans-serif", 18))
		.margin(12)
		.x_label_area_size(40)
		.y_label_area_size(55)
		.build_cartesian_2d(x_range, y_range)
		.map_err(|e| draw_error(&e))?;
	chart.configure_mesh().x_desc(x_desc).y_desc(y_desc).draw().map_err(|e| draw_error(&e))?;
	Ok(chart)
}

/// Draw `points` in `color`, named `label` in the legend.
fn labelled_line<'a, 'b: 'a>(
	chart: &mut PercentChart<'a, 'b>,
	points: impl Iterator<Item = (f64, f64)>,
	color: RGBColor,
	label: &str,
) -> Result<(), PlotError> {
	chart
		.draw_series(LineSeries::new(points, color))
		.map_err(|e| draw_error(&e))?
		.label(label)
		.legend(move |(x, y)| PathElement::new([(x, y), (x.saturating_add(20), y)], color));
	Ok(())
}

/// Draw the legend at `position`.
fn legend<'a, 'b: 'a>(
	chart: &mut PercentChart<'a, 'b>,
	position: SeriesLabelPosition,
) -> Result<(), PlotError> {
	chart
		.configure_series_labels()
		.position(position)
		.border_style(BLACK)
		.draw()
		.map_err(|e| draw_error(&e))
}

/// Draw the curve as an SVG document.
pub fn release_curve_svg(curve: &ReleaseCurve) -> Result<String, PlotError> {
	let years = curve.points.iter().map(|p| p.0).fold(0.0, f64::max);
	let mut svg = String::new();
	{
		let root = SVGBackend::with_string(&mut svg, (1100, 450)).into_drawing_area();
		root.fill(&WHITE).map_err(|e| draw_error(&e))?;
		let (left, right) = root.split_horizontally(550);

		let title = "Release curve (rule fixed in code)";
		let mut chart =
			percent_chart(&left, title, "% of the 100,000,000 CXT pool released", years)?;
		for level in [50.0, 90.0] {
			chart
				.draw_series(LineSeries::new([(0.0, level), (years, level)], BLACK.mix(0.3)))
				.map_err(|e| draw_error(&e))?;
		}
		let released = curve.points.iter().map(|p| (p.0, p.1));
		labelled_line(&mut chart, released, BLUE, "released, nothing flowing back")?;
		for (n, note) in curve.notes.iter().enumerate() {
			let y = 40.0 - 8.0 * n as f64;
			chart
				.draw_series([Text::new(note.clone(), (years * 0.35, y), ("sans-serif", 14))])
				.map_err(|e| draw_error(&e))?;
		}
		legend(&mut chart, SeriesLabelPosition::LowerRight)?;

		let title = "Pool balance: recycling keeps it from running dry";
		let mut chart = percent_chart(&right, title, "pool balance, % of 100,000,000 CXT", years)?;
		let drained = curve.points.iter().map(|p| (p.0, 100.0 - p.1));
		labelled_line(&mut chart, drained, BLUE, "nothing flowing back")?;
		let recycled = curve.points.iter().map(|p| (p.0, p.2));
		labelled_line(&mut chart, recycled, RED, "1M CXT/year of fees and slashes flowing back")?;
		legend(&mut chart, SeriesLabelPosition::UpperRight)?;
		root.present().map_err(|e| draw_error(&e))?;
	}
	Ok(svg)
}

/// A training job's progress: per round (0 is the initial model), the validation accuracy in
/// percent and the validation loss (none for the initial model, which no aggregation scored).
#[derive(Clone, Debug, PartialEq)]
pub struct TrainingRounds {
	/// `(round, accuracy %, loss)`, in round order.
	pub rounds: Vec<(u32, f64, Option<f64>)>,
}

/// Parse `round,validation_accuracy_percent,validation_loss` lines (a header line and `#`
/// comments are skipped; an empty loss is none).
pub fn parse_training_rounds(csv: &str) -> Result<TrainingRounds, PlotError> {
	let mut rounds = Vec::new();
	for (n, line) in csv.lines().enumerate() {
		let line = line.trim();
		if line.is_empty() || line.starts_with('#') || line.starts_with("round") {
			continue;
		}
		let bad = || PlotError::BadLine { line: n.saturating_add(1) };
		let fields: Vec<&str> = line.split(',').map(str::trim).collect();
		let [round, accuracy, loss] = fields.as_slice() else { return Err(bad()) };
		let round = round.parse::<u32>().map_err(|_| bad())?;
		let accuracy = accuracy.parse::<f64>().ok().filter(|a| (0.0..=100.0).contains(a));
		let loss = match *loss {
			"" => None,
			text => Some(
				text.parse::<f64>().ok().filter(|l| l.is_finite() && *l >= 0.0).ok_or_else(bad)?,
			),
		};
		rounds.push((round, accuracy.ok_or_else(bad)?, loss));
	}
	if rounds.is_empty() {
		return Err(PlotError::Empty);
	}
	Ok(TrainingRounds { rounds })
}

/// Draw a training job's validation accuracy (left) and loss (right) per round as an SVG.
pub fn training_svg(title: &str, training: &TrainingRounds) -> Result<String, PlotError> {
	let last = training.rounds.iter().map(|r| f64::from(r.0)).fold(1.0, f64::max);
	let top_loss = training.rounds.iter().filter_map(|r| r.2).fold(0.0, f64::max);
	let mut svg = String::new();
	{
		let root = SVGBackend::with_string(&mut svg, (1100, 450)).into_drawing_area();
		root.fill(&WHITE).map_err(|e| draw_error(&e))?;
		let (left, right) = root.split_horizontally(550);
		let caption = format!("{title}: validation accuracy");
		let rounds = ("round (0: the initial model)", 0.0..last);
		let mut chart =
			titled_chart(&left, &caption, rounds.clone(), ("validation accuracy, %", 0.0..100.0))?;
		let accuracy = training.rounds.iter().map(|r| (f64::from(r.0), r.1));
		labelled_line(&mut chart, accuracy, BLUE, "share of the held-out samples right")?;
		legend(&mut chart, SeriesLabelPosition::LowerRight)?;

		let caption = format!("{title}: validation loss");
		let losses = ("validation loss (cross-entropy)", 0.0..(top_loss * 1.1).max(0.1));
		let mut chart = titled_chart(&right, &caption, rounds, losses)?;
		let loss = training.rounds.iter().filter_map(|r| r.2.map(|l| (f64::from(r.0), l)));
		labelled_line(&mut chart, loss, RED, "the round's aggregate, as verified on chain")?;
		legend(&mut chart, SeriesLabelPosition::UpperRight)?;
		root.present().map_err(|e| draw_error(&e))?;
	}
	Ok(svg)
}

/// Verified fragments per second against the offered load (both in fragments per second), with
/// the ceiling the chain's weights allow and the goal as horizontal lines.
pub fn throughput_svg(
	title: &str,
	points: &[(f64, f64)],
	ceiling: Option<f64>,
	goal: f64,
) -> Result<String, PlotError> {
	if points.is_empty() {
		return Err(PlotError::Empty);
	}
	let top =
		points.iter().map(|p| p.0.max(p.1)).chain(ceiling).chain([goal]).fold(0.0, f64::max) * 1.1;
	let mut svg = String::new();
	{
		let root = SVGBackend::with_string(&mut svg, (800, 500)).into_drawing_area();
		root.fill(&WHITE).map_err(|e| draw_error(&e))?;
		let mut chart = titled_chart(
			&root,
			title,
			("offered load, fragments/s", 0.0..top),
			("verified fragments/s", 0.0..top),
		)?;
		labelled_line(&mut chart, [(0.0, 0.0), (top, top)].into_iter(), BLACK, "all offered")?;
		if let Some(ceiling) = ceiling {
			let line = [(0.0, ceiling), (top, ceiling)].into_iter();
			labelled_line(&mut chart, line, RED, "ceiling from the chain's weights")?;
		}
		labelled_line(&mut chart, [(0.0, goal), (top, goal)].into_iter(), GREEN, "goal")?;
		labelled_line(&mut chart, points.iter().copied(), BLUE, "measured")?;
		chart
			.draw_series(points.iter().map(|p| Circle::new(*p, 4, BLUE.filled())))
			.map_err(|e| draw_error(&e))?;
		legend(&mut chart, SeriesLabelPosition::LowerRight)?;
		root.present().map_err(|e| draw_error(&e))?;
	}
	Ok(svg)
}
