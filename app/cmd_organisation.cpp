// `samsim check-org DIR` and `samsim init [--from DIR] --out SCENARIO.yaml` (README.md, "Run the
// designs on your own organisation"): an organisation's files checked without running, every
// problem listed with file and line; and a commented starter scenario, pointing at such files.
// Both read the files with the importer a run uses (models/organisation/organisation_import.cpp).
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/starter_scenario.hpp"
#include "models/organisation/organisation_import.hpp"
#include "models/scenario/scenario.hpp"
#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/input_errors.hpp"
#include "sim/text.hpp"

namespace samsim::app {
namespace {

namespace fs = std::filesystem;

// The files of an organisation folder: units.csv and staff.csv, and ties.csv when it is there.
models::OrganisationFiles filesIn(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw sim::InputError(
        fmt::format("{}: {}; expected a folder holding units.csv, staff.csv and optionally "
                    "ties.csv",
                    dir.string(), fs::exists(dir, ec) ? "not a folder" : "no such folder"));
  models::OrganisationFiles files{dir / "units.csv", dir / "staff.csv", {}};
  if (fs::exists(dir / "ties.csv", ec)) files.ties = dir / "ties.csv";
  return files;
}

[[noreturn]] void raise(const std::vector<models::OrganisationProblem>& problems) {
  std::vector<std::string> messages;
  messages.reserve(problems.size());
  for (const auto& p : problems) messages.push_back(p.message());
  throw sim::InputErrors(std::move(messages));
}

// The files checked with samsim's default settings (municipality.competence_domains, network.max_ties).
models::OrganisationCheck check(const models::OrganisationFiles& files) {
  const models::Scenario defaults{};
  return models::checkOrganisation(files, defaults.municipality.competenceDomains, defaults.network.maxTies);
}

std::string percent(double share) {
  return fmt::format("{:.0f} %", 100.0 * share);
}

// What was read of units.csv and staff.csv: units by kind, staff per sector.
void printStructure(const models::OrganisationCheck& c, const models::OrganisationFiles& files) {
  const auto& d = c.data;
  int kinds[3] = {0, 0, 0};
  for (const auto& u : d.units) ++kinds[static_cast<int>(u.kind)];
  fmt::print("{}: {} units in {} sectors ({} line units, {} sector staffs, {} central staff)\n",
             files.units.string(), d.units.size(), d.sectors.size(), kinds[0], kinds[1], kinds[2]);
  fmt::print("{}: {} staff\n", files.staff.string(), c.staffRows);
  for (std::size_t k = 0; k < d.sectors.size(); ++k) {
    int staff = 0, units = 0;
    for (const auto& u : d.units) units += u.sector == static_cast<int>(k) ? 1 : 0;
    for (const auto& p : d.staff)
      staff += p.unit >= 0 && d.units[static_cast<std::size_t>(p.unit)].sector == static_cast<int>(k) ? 1 : 0;
    fmt::print("  {}: {} staff in {} units{}\n", sim::quoted(d.sectors[k]), staff, units,
               k + 1 == d.sectors.size() ? " (the central staff's sector)" : "");
  }
}

// What the import would make of the survey, counted by building the organisation as a run does
// (with samsim's default settings and `seed`).
void printNetwork(const models::OrganisationCheck& c, const models::OrganisationFiles& files,
                  std::uint64_t seed) {
  models::Scenario s{};
  s.seed = seed;
  s.organisation.units = files.units.string();
  s.organisation.staff = files.staff.string();
  s.organisation.ties = files.ties.string();
  models::adoptOrganisation(s, std::make_shared<models::OrganisationData>(c.data));
  s.municipality.referenceStaff = s.municipality.staff;  // as a run without reference_staff
  const auto account = models::describeImport(s, seed);
  const auto& d = c.data;
  if (!d.hasTies) {
    fmt::print(
        "ties: no ties.csv; the whole network is formed by the model's formation rules ({} ties, seed {})\n",
        account.value("imputed_ties", 0LL), seed);
  } else if (d.fullState) {
    fmt::print("{}: {} ties with the tie store's state (a samsim export); nothing is imputed\n",
               files.ties.string(), c.tieRows);
  } else {
    const int silent = static_cast<int>(d.staff.size()) - d.respondents;
    fmt::print("{}: {} answers from {} of {} staff ({} answered)\n", files.ties.string(), c.tieRows,
               d.respondents, d.staff.size(), percent(account.value("respondent_share", 0.0)));
    fmt::print("  imputed: {} ties formed by the model for the {} staff who did not answer (seed {})\n",
               account.value("imputed_ties", 0LL), silent, seed);
    fmt::print(
        "  dropped: {} of {} answered pairs do not fit network.max_ties ({} ties per person); "
        "the weakest tie gives way\n",
        account.value("survey_pairs_dropped", 0LL), account.value("survey_pairs", 0LL), s.network.maxTies);
  }
  fmt::print("competence: drawn by the model for {} of {} staff (those without a competence entry)\n",
             account.value("competence_drawn_for", 0), d.staff.size());
}

void runCheck(const fs::path& dir, std::uint64_t seed) {
  const auto files = filesIn(dir);
  const auto c = check(files);
  if (c.data.units.empty() && c.staffRows == 0 && !c.problems.empty()) raise(c.problems);  // nothing read
  printStructure(c, files);
  if (!c.problems.empty()) {
    if (c.data.hasTies)
      fmt::print("{}: {} answers, {} of them naming someone not in staff.csv\n", files.ties.string(),
                 c.tieRows, c.tiesToNobody);
    fmt::print("{} problems; the organisation cannot be run until they are fixed:\n", c.problems.size());
    std::fflush(stdout);
    raise(c.problems);
  }
  printNetwork(c, files, seed);
  fmt::print(
      "ok: no problems (checked with samsim's default settings; `samsim init --from {} --out "
      "SCENARIO.yaml` writes a scenario for it)\n",
      dir.string());
}

// `path` as the scenario at `scenario` names it: relative to the scenario's folder when the two
// share a folder below the root, else absolute.
std::string relativeTo(const fs::path& path, const fs::path& scenario) {
  const fs::path base = fs::weakly_canonical(fs::absolute(scenario)).parent_path();
  const fs::path target = fs::weakly_canonical(fs::absolute(path));
  const fs::path b = base.relative_path();
  const fs::path t = target.relative_path();
  const bool shared = !b.empty() && !t.empty() && *b.begin() == *t.begin();
  const fs::path rel = target.lexically_relative(base);
  return (shared && !rel.empty() ? rel : target).generic_string();
}

struct InitOptions {
  std::string from;
  std::string out;
  bool force = false;
  bool all = false;
};

void runInit(const InitOptions& o) {
  const fs::path out(o.out);
  std::error_code ec;
  if (fs::exists(out, ec) && !o.force)
    throw sim::InputError(
        fmt::format("{}: the file exists; expected a new file (--force overwrites it)", o.out));
  StarterOptions starter;
  starter.name = out.stem().string();
  starter.allKeys = o.all;
  if (!o.from.empty()) {
    const auto files = filesIn(o.from);
    const auto c = check(files);
    if (!c.problems.empty()) raise(c.problems);
    StarterOrganisation org;
    org.units = relativeTo(files.units, out);
    org.staff = relativeTo(files.staff, out);
    if (!files.ties.empty()) org.ties = relativeTo(files.ties, out);
    org.staffCount = static_cast<int>(c.data.staff.size());
    org.sectors = c.data.sectors;
    org.source = o.from;
    starter.organisation = org;
  }
  sim::writeFileAtomically(out, starterScenario(starter));
  fmt::print(
      "samsim: wrote {} (scenario {}{}); check it with samsim validate {}\n", o.out,
      sim::quoted(starter.name),
      starter.organisation ? fmt::format(", {} staff from {}", starter.organisation->staffCount, o.from) : "",
      o.out);
}

}  // namespace

void addOrganisationCommands(CLI::App& app) {
  auto dir = std::make_shared<std::string>();
  auto seed = std::make_shared<std::int64_t>(static_cast<std::int64_t>(models::Scenario{}.seed));
  auto* checkOrg = app.add_subcommand(
      "check-org",
      "Check an organisation's files without running: what was read, the survey's response, ties imputed "
      "and dropped; exit 2 listing every problem with file and line");
  checkOrg->footer(
      "The files and their columns: README.md, \"Run the designs on your own organisation\". Counts of "
      "imputed "
      "and dropped ties use samsim's default settings; a run's manifest.json gives them for its scenario.");
  checkOrg->add_option("DIR", *dir, "Folder holding units.csv, staff.csv and optionally ties.csv")
      ->required();
  checkOrg->add_option("--seed", *seed, "Seed for the ties imputed for non-respondents")
      ->check(kSeedCheck)
      ->capture_default_str();
  checkOrg->callback([dir, seed] { runCheck(*dir, static_cast<std::uint64_t>(*seed)); });

  auto init = std::make_shared<InitOptions>();
  auto* initCmd = app.add_subcommand(
      "init", "Write a commented starter scenario; with --from DIR, one that runs that organisation's files");
  initCmd->footer(
      "Every required key is written with a comment saying what it is, its unit, what it allows and its "
      "default (from the scenario schema, as docs/ODD.md). With --from the files are checked as check-org "
      "checks them, and their paths are written relative to the scenario file.");
  initCmd->add_option("--out,-o", init->out, "Scenario file to write")->required();
  initCmd->add_option(
      "--from", init->from,
      "Folder holding units.csv, staff.csv and optionally ties.csv (checked as check-org does)");
  initCmd->add_flag("--force", init->force, "Overwrite the file if it exists");
  initCmd->add_flag("--all", init->all, "Also write every optional key, commented out at its default");
  initCmd->callback([init] { runInit(*init); });
}

}  // namespace samsim::app
