#include "analysis/report/html_page.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "analysis/report/chart_library.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

// 'unsafe-eval': Vega compiles its expressions with Function(); nothing may be fetched.
constexpr const char* kPolicy =
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:";

constexpr const char* kStyle = R"css(
*, *::before, *::after { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1.2rem 1.5rem; max-width: 1880px;
       color: #222; background: #fff; font-size: 17px; line-height: 1.45; }
h1 { font-size: 2rem; margin: 0 0 .3rem; }
h2 { font-size: 1.5rem; margin: 1.6rem 0 .3rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 0 0 .2rem; }
.facts { color: #555; margin: 0; padding-left: 1.2rem; }
.intro { max-width: 70rem; }
.note { color: #7a4f00; background: #fff6e0; border-left: 4px solid #e0a800; padding: .4rem .8rem; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 600px), 1fr)); gap: 1.6rem 2rem; }
.grid.compact { grid-template-columns: repeat(auto-fill, minmax(min(100%, 295px), 1fr)); gap: 1rem 1.2rem; }
.grid.wide { grid-template-columns: minmax(0, 1fr); }
figure { margin: 0; min-width: 0; }
figure p { margin: 0 0 .4rem; color: #555; font-size: .95rem; max-width: 44rem; }
.chart { max-width: 100%; }
.failed { color: #c00; }
details.more { margin: 1.2rem 0; border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem; }
details.more > summary { font-size: 1.2rem; font-weight: 600; cursor: pointer; padding: .3rem 0; }
details.more > summary .count { font-weight: normal; color: #666; font-size: 1rem; }
details.more[open] > summary { margin-bottom: .4rem; }
.verdict-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; }
table.verdict { font-size: 1rem; margin: .6rem 0; }
table.verdict th, table.verdict td { padding: .4rem .55rem; border-bottom: 1px solid #ddd; text-align: right;
       vertical-align: top; }
table.verdict thead th { font-weight: 600; border-bottom: 2px solid #999; max-width: 9rem; }
table.verdict tbody th { text-align: left; font-weight: 600; }
table.verdict .value { font-size: 1.15rem; font-weight: 600; white-space: nowrap; }
table.verdict .ci { display: block; color: #555; font-size: .85rem; white-space: nowrap; }
table.verdict .mark { display: inline-block; margin-left: .3rem; padding: 0 .35rem; border-radius: 3px;
       background: #222; color: #fff; font-size: .75rem; font-weight: 600; vertical-align: middle; }
table.verdict .mark.tie { background: #666; }
table.verdict .base { display: block; color: #555; font-weight: normal; font-size: .85rem; }
table.verdict .about { display: block; color: #555; font-weight: normal; font-size: .85rem; line-height: 1.3;
       min-width: 15rem; max-width: 24rem; margin-top: .2rem; }
td.better, .swatch.better { background: #cdeccf; }
td.worse, .swatch.worse { background: #f9d3c8; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; vertical-align: middle; border: 1px solid #999; }
.legend { color: #444; font-size: .95rem; max-width: 70rem; }
ul.sentences { font-size: 1.1rem; max-width: 70rem; margin-top: .6rem; }
ul.sentences li { margin: .25rem 0; }
table.outcomes { margin: .4rem 0 1.2rem; }
table.outcomes th, table.outcomes td { padding: .3rem .8rem; border-bottom: 1px solid #ddd; text-align: left; }
table.outcomes td.num { text-align: right; white-space: nowrap; }
table.outcomes td.ci { color: #555; }
.vega-embed { max-width: 100%; }
.verdict-layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; align-items: start; }
@media (min-width: 1500px) { .verdict-layout { grid-template-columns: auto minmax(0, 1fr); } }
table.verdict thead th.design { text-align: left; }
.glance { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; }
@media (min-width: 1350px) { .glance { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
@media (max-width: 1200px) { body { padding: 1rem; font-size: 16px; } table.verdict { font-size: .92rem; } }
.vega-embed summary { opacity: .6; }
details.ranked { margin: .3rem 0 0; }
details.ranked > summary { cursor: pointer; color: #444; font-size: .95rem; }
table.ranked { font-size: .9rem; margin: .3rem 0; width: 100%; table-layout: fixed; }
table.ranked th, table.ranked td { padding: .2rem .4rem; border-bottom: 1px solid #ddd; text-align: right;
       vertical-align: top; }
table.ranked th:first-child { width: 2.2rem; }
table.ranked th:nth-child(2) { width: 40%; }
table.ranked td:nth-child(2), table.ranked th:nth-child(2) { text-align: left; overflow-wrap: anywhere; }
table.ranked td.ci { color: #555; font-size: .85rem; }
table.ranked .label { display: block; color: #555; font-size: .8rem; line-height: 1.25; }
)css";

// Draws every chart; window.samsimReport lets the browser test wait for and inspect the views.
constexpr const char* kDrawScript = R"js(
(function () {
  var charts = JSON.parse(document.getElementById('samsim-charts').textContent);
  var views = {};
  window.samsimReport = { views: views, count: charts.length, ready: Promise.all(charts.map(function (c) {
    return vegaEmbed('#' + c.id, c.spec, { mode: 'vega-lite', renderer: 'svg',
        actions: { export: true, source: false, compiled: false, editor: false } })
      .then(function (result) { views[c.id] = result.view; })
      .catch(function (error) {
        document.getElementById(c.id).innerHTML = '<p class="failed">This chart could not be drawn.</p>';
        throw error;
      });
  })) };
})();
)js";

// JSON inside <script>: "</" would end the element; "<\/" means the same in JSON.
std::string scriptSafeJson(const nlohmann::json& json) {
  std::string text = json.dump();
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == '<' && i + 1 < text.size() && text[i + 1] == '/') out += '\\';
  }
  return out;
}

// The charts of one group as a grid of figures; their specifications go to `specs` under the ids
// the figures name.
std::string chartGrid(const std::vector<Chart>& sectionCharts, MetricGroup group, nlohmann::json& specs,
                      const char* gridClass = "grid") {
  std::string html;
  for (const Chart& chart : sectionCharts) {
    if (chart.group != group) continue;
    const std::string id = fmt::format("chart-{}", specs.size() + 1);
    html +=
        fmt::format("<figure>\n<h3>{}</h3>\n<p>{}</p>\n<div id=\"{}\" class=\"chart\"></div>\n{}</figure>\n",
                    sim::escapeMarkup(chart.title), sim::escapeMarkup(chart.explanation), id, chart.html);
    nlohmann::json spec = chart.spec;
    spec["config"] = chartConfig();
    spec["background"] = "white";
    specs.push_back({{"id", id}, {"spec", std::move(spec)}});
  }
  return html.empty() ? html : fmt::format("<div class=\"{}\">\n{}</div>\n", gridClass, html);
}

}  // namespace

std::string renderHtml(const ReportPage& page) {
  if (!chartLibraryAvailable())
    throw std::runtime_error(
        "samsim was built without the report chart library (node_modules/vega* was missing at configure "
        "time); run `make deps` and rebuild");
  std::string html;
  html += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += fmt::format("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n", kPolicy);
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  html += fmt::format("<title>{}</title>\n<style>{}</style>\n", sim::escapeMarkup(page.title), kStyle);
  for (const ChartLibraryFile& file : chartLibraryFiles()) {
    html += fmt::format("<script>/* {} */\n", file.name);
    for (std::string_view piece : file.pieces) html += piece;
    html += "\n</script>\n";
  }
  html += "</head>\n<body>\n";
  html += fmt::format("<h1>{}</h1>\n<ul class=\"facts\">\n", sim::escapeMarkup(page.title));
  for (const std::string& fact : page.facts) html += fmt::format("<li>{}</li>\n", sim::escapeMarkup(fact));
  html += "</ul>\n";

  nlohmann::json charts = nlohmann::json::array();
  bool inGlance = false;
  for (const Section& section : page.sections) {
    if (section.charts.empty() && section.notes.empty() && section.html.empty()) continue;
    if (section.glance && !inGlance) html += "<div class=\"glance\">\n";
    if (!section.glance && inGlance) html += "</div>\n";
    inGlance = section.glance;
    html += section.collapsed ? fmt::format("<section>\n<details class=\"more\">\n<summary>{}</summary>\n",
                                            sim::escapeMarkup(section.heading))
                              : fmt::format("<section>\n<h2>{}</h2>\n", sim::escapeMarkup(section.heading));
    if (!section.intro.empty() && (!section.charts.empty() || !section.html.empty()))
      html += fmt::format("<p class=\"intro\">{}</p>\n", sim::escapeMarkup(section.intro));
    for (const std::string& note : section.notes)
      html += fmt::format("<p class=\"note\">{}</p>\n", sim::escapeMarkup(note));
    html += section.html;
    const bool single = section.charts.size() == 1;
    html += chartGrid(section.charts, MetricGroup::Main, charts,
                      section.compact ? "grid compact"
                      : single        ? "grid wide"
                                      : "grid");
    // The rest folded away, one part per group, so the headline outcomes are not lost among 60 charts.
    for (int g = 1; g < kMetricGroupCount; ++g) {
      const auto group = static_cast<MetricGroup>(g);
      const std::size_t count = static_cast<std::size_t>(
          std::count_if(section.charts.begin(), section.charts.end(),
                        [group](const Chart& chart) { return chart.group == group; }));
      if (count == 0) continue;
      const GroupInfo info = describeGroup(group);
      html += fmt::format(
          "<details class=\"more\">\n<summary>{} <span class=\"count\">({} chart{})</span></summary>\n"
          "<p class=\"intro\">{}</p>\n",
          sim::escapeMarkup(std::string(info.question.empty() ? info.title : info.question)), count,
          count == 1 ? "" : "s", sim::escapeMarkup(std::string(info.intro)));
      html += chartGrid(section.charts, group, charts, section.compact ? "grid compact" : "grid");
      html += "</details>\n";
    }
    html += section.collapsed ? "</details>\n</section>\n" : "</section>\n";
  }
  if (inGlance) html += "</div>\n";
  html += "<script type=\"application/json\" id=\"samsim-charts\">" + scriptSafeJson(charts) + "</script>\n";
  html += fmt::format("<script>{}</script>\n</body>\n</html>\n", kDrawScript);
  return html;
}

}  // namespace samsim::analysis::report
