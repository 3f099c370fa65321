// docs/outputs.md, the data dictionary, written from the metric catalog so the page, the verdict
// and the documentation can never disagree on what a column means.
#include <fmt/format.h>

#include "analysis/report/metric_catalog.hpp"
#include "analysis/report/metric_entries.hpp"

namespace samsim::analysis::report {
namespace {

constexpr std::string_view kHead = R"md(# Outputs: files and columns

This page is generated from the metric catalog of the report (`analysis/report/metric_entries.cpp`)
by `build/tests/analysis/report/samsim_outputs_doc > docs/outputs.md`; a test fails when the two
differ. The report, its verdict and this page therefore use the same labels and definitions.

## Files

| file | written by | contents |
|---|---|---|
| `summary.csv` | run, compare | one row per scenario and replicate: the bookkeeping columns below, then every outcome column |
| `timeseries.csv` | run, compare | long format `scenario,replicate,day,metric,value`, sampled weekly; `metric` is one of the outcome columns |
| `comparison.csv` | compare | `scenario,metric,n,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high`: mean and 95 % confidence interval over replicates, and the paired difference to the reference scenario — the first, or the one `--baseline` names (common random numbers: replicate r of every scenario has the same seed) |
| `network.csv` | run, compare | per replicate and pair of sectors at the end of the run: `sector_a,sector_b,tie_density,bridges` (see Network and holes) |
| `sectors.csv` | run, compare | per replicate and sector: `sector,staff,hub_members` (staff of the sector; members of the coordination group from it when the group last met) |
| `runs.csv` | sweep | one row per design point and replicate: the varied settings, then the outcome columns |
| `networks/` | run, compare with `--export-network every:N` | the informal network and the organisation at chosen days (see Network export) |
| `manifest.json` | all | samsim version, command, the full resolved scenarios, seeds, thread count, start and end time; with `organisation.from`, `organisation_import`: each file's path, SHA-256 and row count, staff, units, sectors, respondents, their share and the ties imputed for the base seed (never the files' contents) |
| `report.html` | report | the self-contained report |

A value that was not observed (no case of that kind, no crisis, no measurement yet) is **empty**
in CSV and `null` in JSON, never 0; the report shows it as a gap. Shares are fractions from 0 to 1
in the files and percentages in the report. Times are in working days (five per week).

## Bookkeeping columns

| column | meaning |
|---|---|
| `scenario` | the scenario's `name` |
| `replicate` | replicate number, from 0 |
| `seed` | the replicate's random seed (derived from the scenario seed and the replicate number) |
| `point` | design point of a sweep (`runs.csv` only) |
| `agent_steps` | staff × simulated days: the amount of work simulated |
| `wall_seconds` | run time; the only column that differs between identical runs |

## Network export

`samsim run` and `samsim compare` with `--export-network every:N` (the same as `--set
output.network_every_days=N`) write a snapshot at the start of simulated day 0 (the initial state,
before the warm-up), every N simulated days after it (warm-up days count) and after the last day,
to `networks/<scenario>/replicate<r>/day<DDDDD>/`. Node ids are `p<agent>`, unit ids `u<unit>`;
each snapshot holds:

| file | contents |
|---|---|
| `network.graphml` | GraphML (Gephi, igraph, networkx, ORA), undirected; graph data `day`, `scenario`; node data `sector`, `unit`, `role`, `tenure` (years, that day), `constraint` (Burt's, on this weighted network; NaN for an isolate), `hub_member` (true for the coordination arena's members and chair while it is active); edge data `weight` (the tie's weight that day, 0–1) |
| `edges.csv` | `source,target,weight`, one line per tie: the input of `samsim holes` |
| `units.csv` | `id,name,sector,parent,kind`: the org chart in the import format of `organisation.from.units` |
| `staff.csv` | `id,unit,role,tenure,capacity,competence,affiliation,knowledge,knowledge_day,tenure_day,visibility`: the staff in the import format, with every state column (tenure as of `tenure_day`, days relative to the snapshot) |
| `ties.csv` | `source,target,weight,floor,set_day,set_weight,source_slot,target_slot`: the tie store exactly (floor, last update, slot positions) |

A scenario whose `organisation.from` points at the three import files of a day-0 snapshot runs
exactly as the run it came from, with the same seed and the same `municipality.reference_staff`
(an imported organisation is its own reference size unless the key is set; a generated one of
1,500 staff is a scale model of 15,000 by default).
)md";

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out.empty() ? "—" : out;
}

const char* betterName(detail::Better better) {
  return better == detail::Better::Higher ? "higher" : better == detail::Better::Lower ? "lower" : "neither";
}

}  // namespace

std::string outputsMarkdown() {
  std::string md(kHead);
  for (int g = 0; g + 1 < kMetricGroupCount; ++g) {
    const auto group = static_cast<MetricGroup>(g);
    const GroupInfo info = describeGroup(group);
    md += fmt::format("\n## {}\n\n{}\n\n", info.title, info.intro);
    md += "| column | label | definition | unit | better | censoring and missing values |\n";
    md += "|---|---|---|---|---|---|\n";
    for (const detail::Entry& e : detail::metricEntries())
      if (e.group == group && e.renamedTo.empty())
        md += fmt::format("| `{}` | {} | {} | {} | {} | {} |\n", e.column, cell(e.label), cell(e.explanation),
                          unitName(e.unit), betterName(e.better), cell(e.censoring));
  }
  md +=
      "\n## Columns of earlier versions\n\nsamsim no longer writes these columns; `samsim report` still "
      "reads "
      "them in result directories written by earlier versions.\n\n"
      "| column | label | definition | unit | better | censoring and missing values "
      "|\n|---|---|---|---|---|---|\n";
  for (const detail::Entry& e : detail::metricEntries())
    if (!e.renamedTo.empty())
      md += fmt::format("| `{}` | {} | Now `{}`. {} | {} | {} | {} |\n", e.column, cell(e.label), e.renamedTo,
                        cell(e.explanation), unitName(e.unit), betterName(e.better), cell(e.censoring));
  return md;
}

}  // namespace samsim::analysis::report
