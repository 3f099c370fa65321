// Before and after a key-person loss, per design: one row per scenario; for each outcome the mean
// before, the mean after, and the change after − before with its 95 % interval over replicates
// (paired within a replicate: both windows come from the same run). Labels from the metric catalog.
#include "analysis/report/key_person_loss_section.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string>
#include <vector>

#include "analysis/report/html_page.hpp"
#include "analysis/report/mean_ci.hpp"
#include "analysis/report/metric_catalog.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

struct Row {
  const char* heading;  // plain-language column heading
  const char* before;
  const char* after;
  bool percent;  // shares shown as %
};

constexpr Row kRows[] = {
    {"Days to resolve a case", "before_loss_rmst_days", "after_loss_rmst_days", false},
    {"Days to resolve a cross-sector case", "before_loss_cross_sector_rmst_days",
     "after_loss_cross_sector_rmst_days", false},
    {"Cases solved in time", "before_loss_resolved_by_horizon_share", "after_loss_resolved_by_horizon_share",
     true},
    {"Working ties across sectors", "before_loss_cross_sector_tie_density",
     "after_loss_cross_sector_tie_density", true},
    {"Sector pairs with nobody in contact", "before_loss_sector_pairs_without_bridge",
     "after_loss_sector_pairs_without_bridge", false},
    {"Cross-sector contacts held by a few people", "before_loss_key_person_share",
     "after_loss_key_person_share", true},
};

std::string number(double x, bool percent) {
  if (!std::isfinite(x)) return "–";
  if (percent) return fmt::format("{:.3g} %", 100.0 * x);
  return fmt::format("{:.3g}", x);
}

// Values of column `a` for the rows of `scenario` (empty cells skipped); with `b`, rows where both
// are present, as b − a (after − before).
std::vector<double> values(const CsvFile& f, std::size_t scenarioCol, const std::string& scenario,
                           std::size_t a, std::optional<std::size_t> b = std::nullopt) {
  std::vector<double> out;
  for (std::size_t r = 0; r < f.rowCount(); ++r) {
    if (f.cell(r, scenarioCol) != scenario) continue;
    const auto x = f.number(r, a);
    if (!x || !std::isfinite(*x)) continue;
    if (!b) {
      out.push_back(*x);
      continue;
    }
    const auto y = f.number(r, *b);
    if (y && std::isfinite(*y)) out.push_back(*y - *x);
  }
  return out;
}

}  // namespace

std::optional<Section> keyPersonLossSection(const OutputDir& output) {
  if (!output.summary) return std::nullopt;
  const CsvFile& f = *output.summary;
  const auto lost = f.findColumn("key_persons_lost");
  const auto scenarioCol = f.findColumn("scenario");
  if (!lost || !scenarioCol) return std::nullopt;
  bool any = false;
  for (const std::string& s : output.scenarios) any = any || !values(f, *scenarioCol, s, *lost).empty();
  if (!any) return std::nullopt;

  Section section;
  section.heading = "When key people leave";
  section.intro =
      "On one day the best-connected bridge-builders left at once and newcomers took their posts. For each "
      "design: the cases raised in a period before that day against those raised in as long a period after "
      "it, and the contacts across sectors just before and just after. The change is after minus before, "
      "with the range we can be 95 % sure of.";
  std::string html =
      "<div class=\"verdict-wrap\"><table class=\"verdict\">\n<thead><tr><th class=\"design\">Design</th>"
      "<th>Key people who left</th>";
  for (const Row& row : kRows)
    html += fmt::format("<th title=\"{}\">{}</th>", sim::escapeMarkup(describeMetric(row.after).explanation),
                        sim::escapeMarkup(row.heading));
  html += "</tr></thead>\n<tbody>\n";
  for (const std::string& s : output.scenarios) {
    const auto left = values(f, *scenarioCol, s, *lost);
    html += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td>", sim::escapeMarkup(s),
                        left.empty() ? "–" : number(meanCi(left).mean, false));
    for (const Row& row : kRows) {
      const auto b = f.findColumn(row.before), a = f.findColumn(row.after);
      if (!a || !b || left.empty()) {
        html += "<td class=\"none\">no data</td>";
        continue;
      }
      const auto before = values(f, *scenarioCol, s, *b), after = values(f, *scenarioCol, s, *a);
      const MeanCi change = meanCi(values(f, *scenarioCol, s, *b, *a));
      const double scale = row.percent ? 100.0 : 1.0;
      html += fmt::format(
          "<td><span class=\"value\">{} → {}</span><span class=\"ci\">change {:+.3g}{} [{:+.3g}, "
          "{:+.3g}]</span></td>",
          number(before.empty() ? NAN : meanCi(before).mean, row.percent),
          number(after.empty() ? NAN : meanCi(after).mean, row.percent), scale * change.mean,
          row.percent ? " points" : "", scale * change.low, scale * change.high);
    }
    html += "</tr>\n";
  }
  html += "</tbody></table></div>\n";
  section.html = html;
  section.notes.push_back(
      "Cases raised before the loss may still be open when it happens, so the period before is not untouched "
      "by it; cases raised after it are followed for a shorter time.");
  return section;
}

}  // namespace samsim::analysis::report
