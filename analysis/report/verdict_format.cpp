// The verdict for people: a terminal table after `make run`, and the first section of the report.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "analysis/report/html_page.hpp"
#include "analysis/report/verdict.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

// A formatted value without its unit ("78.2 %" → "78.2"): intervals under a value that shows it.
std::string bare(std::string value) {
  for (std::string_view suffix : {" %", " days", " h"})
    if (value.ends_with(suffix)) value.resize(value.size() - suffix.size());
  return value;
}

// "78.2 ±0.3" in the column's unit; the interval as plus/minus half its width before clipping is
// what a terminal can show in little space.
std::string terminalCell(const VerdictCell& cell, MetricUnit unit, int decimals) {
  const double scale = unit == MetricUnit::Share ? 100.0 : 1.0;
  const double half = std::max(cell.mean - cell.low, cell.high - cell.mean) * scale;
  return fmt::format("{} ±{:.{}f}", bare(formatValue(cell.mean, unit, decimals)), half, decimals);
}

std::string markOf(const Verdict& v, std::size_t column, const VerdictCell& cell) {
  if (!cell.best) return "  ";
  std::size_t tied = 0;
  for (const auto& row : v.cells) tied += row[column] && row[column]->best ? 1 : 0;
  return tied > 1 ? " =" : " *";
}

// Characters, not bytes: "ø" is one column in a terminal.
std::size_t columns(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char b) { return (static_cast<unsigned char>(b) & 0xC0) != 0x80; }));
}

// `text` after `lead`, wrapped at word boundaries to `width` columns, continued under `indent`.
std::string wrapped(const std::string& lead, const std::string& text, const std::string& indent,
                    std::size_t width) {
  std::string out = lead;
  std::size_t used = columns(lead);
  bool first = true;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view word(text.data() + at, end - at);
    if (!first && used + 1 + columns(word) > width) {
      out += "\n" + indent;
      used = columns(indent);
    } else if (!first) {
      out += ' ';
      ++used;
    }
    out += word;
    used += columns(word);
    first = false;
    at = end + 1;
  }
  return out + "\n";
}

// "The designs:" and one entry per design, "name — what it is", when any design says what it is.
std::string designList(const Verdict& v) {
  const bool any = std::any_of(v.descriptions.begin(), v.descriptions.end(),
                               [](const Description& d) { return !d.text.empty(); });
  if (!any) return {};
  std::string out = "The designs:\n";
  for (std::size_t d = 0; d < v.designs.size(); ++d) {
    const std::string text = d < v.descriptions.size() ? v.descriptions[d].text : std::string();
    const std::string name = v.designs[d] == v.baseline ? v.designs[d] + " (baseline)" : v.designs[d];
    out += text.empty() ? "  " + name + "\n" : wrapped("  " + name + " — ", text, "      ", 100);
  }
  return out + "\n";
}

}  // namespace

std::string verdictText(const Verdict& v) {
  std::vector<std::string> designLabels;
  std::size_t designWidth = 6;
  for (const std::string& d : v.designs) {
    designLabels.push_back(d == v.baseline ? d + " (baseline)" : d);
    designWidth = std::max(designWidth, designLabels.back().size());
  }
  std::vector<std::vector<std::string>> texts(v.designs.size());
  std::vector<std::size_t> widths;
  for (std::size_t c = 0; c < v.columns.size(); ++c) {
    const int decimals = columnDecimals(v, c);
    std::size_t width = v.columns[c].heading.size();
    for (std::size_t d = 0; d < v.designs.size(); ++d) {
      const auto& cell = v.cells[d][c];
      texts[d].push_back(cell ? terminalCell(*cell, v.columns[c].info.unit, decimals) + markOf(v, c, *cell)
                              : "–");
      width = std::max(width, texts[d].back().size());
    }
    widths.push_back(width);
  }
  std::string out =
      fmt::format("What each design trades off ({} replicates each, 95 % intervals):\n\n", v.replicates);
  out += designList(v);
  out += fmt::format("{:<{}}", "Design", designWidth);
  for (std::size_t c = 0; c < v.columns.size(); ++c)
    out += fmt::format("  {:>{}}", v.columns[c].heading, widths[c]);
  out += "\n";
  for (std::size_t d = 0; d < v.designs.size(); ++d) {
    out += fmt::format("{:<{}}", designLabels[d], designWidth);
    for (std::size_t c = 0; c < v.columns.size(); ++c) out += fmt::format("  {:>{}}", texts[d][c], widths[c]);
    out += "\n";
  }
  out +=
      "\n* best in the column   = tied for best (no clear difference from the best)   ± half the 95 % "
      "interval\n";
  out += wrapped("", std::string(clearDifferenceRule()), "", 100);
  if (std::any_of(v.columns.begin(), v.columns.end(),
                  [](const VerdictColumn& c) { return c.metric.ends_with("rmst_days"); }))
    out += "Days to resolve count unsolved cases as unresolved up to the horizon.\n";
  out += "\n";
  for (const std::string& sentence : v.sentences) out += "- " + sentence + "\n";
  return out;
}

std::string verdictHtml(const Verdict& v) {
  std::string html =
      "<div class=\"verdict-layout\">\n<div>\n<div class=\"verdict-wrap\"><table "
      "class=\"verdict\">\n<thead><tr><th "
      "class=\"design\">Design</th>";
  for (const VerdictColumn& column : v.columns)
    html += fmt::format("<th title=\"{} Smallest difference that matters: {}.\">{}</th>",
                        sim::escapeMarkup(column.info.explanation),
                        sim::escapeMarkup(smallestDifferenceInWords(column.info)),
                        sim::escapeMarkup(column.heading));
  html += "</tr></thead>\n<tbody>\n";
  for (std::size_t d = 0; d < v.designs.size(); ++d) {
    const std::string about = d < v.descriptions.size() ? v.descriptions[d].text : std::string();
    html += fmt::format(
        "<tr><th scope=\"row\">{}{}{}</th>", sim::escapeMarkup(v.designs[d]),
        d == 0 ? "<span class=\"base\">baseline</span>" : "",
        about.empty() ? std::string() : "<span class=\"about\">" + sim::escapeMarkup(about) + "</span>");
    for (std::size_t c = 0; c < v.columns.size(); ++c) {
      const auto& cell = v.cells[d][c];
      if (!cell) {
        html += "<td class=\"none\">no data</td>";
        continue;
      }
      const int decimals = columnDecimals(v, c);
      const MetricUnit unit = v.columns[c].info.unit;
      const char* tone = cell->versusBaseline > 0 ? "better" : cell->versusBaseline < 0 ? "worse" : "same";
      const std::string mark = markOf(v, c, *cell);
      html += fmt::format(
          "<td class=\"{}\"><span class=\"value\">{}</span>{}<span class=\"ci\">{} – {}</span></td>", tone,
          sim::escapeMarkup(formatValue(cell->mean, unit, decimals)),
          mark == " *"   ? " <span class=\"mark\">best</span>"
          : mark == " =" ? " <span class=\"mark tie\">tied best</span>"
                         : "",
          sim::escapeMarkup(bare(formatValue(cell->low, unit, decimals))),
          sim::escapeMarkup(bare(formatValue(cell->high, unit, decimals))));
    }
    html += "</tr>\n";
  }
  html += "</tbody></table></div>\n";
  html += fmt::format(
      "<p class=\"legend\">Each cell: the average over {} simulated repetitions and, below it, the 95 % "
      "interval. <span class=\"swatch better\"></span> clearly better than {} and <span class=\"swatch "
      "worse\"></span> clearly worse; no colour: no clear difference. \"Tied best\": no clear difference "
      "from the best design. {}{}</p>\n",
      v.replicates, sim::escapeMarkup(v.baseline), sim::escapeMarkup(std::string(clearDifferenceRule())),
      std::any_of(v.columns.begin(), v.columns.end(),
                  [](const VerdictColumn& c) { return c.metric.ends_with("rmst_days"); })
          ? " Days to resolve count cases never solved as unresolved up to the horizon, so dropping work "
            "does not look fast."
          : "");
  html += "</div>\n";
  if (!v.sentences.empty()) {
    html += "<ul class=\"sentences\">\n";
    for (const std::string& sentence : v.sentences) html += "<li>" + sim::escapeMarkup(sentence) + "</li>\n";
    html += "</ul>\n";
  }
  return html + "</div>\n";
}

}  // namespace samsim::analysis::report
