// Reading and checking units.csv, staff.csv and ties.csv (organisation_import.hpp). CSV lines are
// split by the same RFC 4180 reader `samsim holes` uses (analysis/network/edge_list_csv.hpp).
#include "models/organisation/organisation_import.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <system_error>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>
#include <openssl/evp.h>

#include "analysis/network/edge_list_csv.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::models {
namespace {

struct CsvRows {
  std::string file;
  std::string sha256;  // of the bytes read, so the manifest names exactly the data used
  std::map<std::string, std::size_t> column;  // header name -> index
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;

  [[nodiscard]] bool has(const std::string& name) const { return column.count(name) > 0; }
  [[nodiscard]] std::string where(std::size_t row) const { return fmt::format("{}:{}", file, lines[row]); }
  // The cell of `name` in `row`, "" when the column is absent.
  [[nodiscard]] const std::string& cell(std::size_t row, const std::string& name) const {
    static const std::string empty;
    const auto it = column.find(name);
    return it == column.end() ? empty : rows[row][it->second];
  }
};

std::string sha256Of(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw sim::InputError("cannot hash an imported file (libcrypto failed)");
  std::string hex;
  for (unsigned int k = 0; k < length; ++k) hex += fmt::format("{:02x}", digest[k]);
  return hex;
}

// A header line naming the columns (any order; `required` ones must be there, others must be known).
CsvRows readCsv(const std::filesystem::path& path, const std::vector<std::string>& required,
                const std::vector<std::string>& optional) {
  CsvRows out;
  out.file = path.string();
  std::string text = sim::readUserFile(path, "CSV");
  out.sha256 = sha256Of(text);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (const auto bad = sim::invalidUtf8At(text); bad != std::string::npos)
    throw sim::InputError(fmt::format("{}:{}: expected UTF-8 text", out.file, sim::lineAt(text, bad)));
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  bool header = true;
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = fmt::format("{}:{}", out.file, lineNo);
    std::vector<std::string> f = analysis::splitCsvLine(line, where);
    if (header) {
      header = false;
      for (std::size_t k = 0; k < f.size(); ++k) {
        std::string name = f[k];
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                           std::find(optional.begin(), optional.end(), name) != optional.end();
        if (!known || out.column.count(name))
          throw sim::InputError(fmt::format("{}: {} column {}; expected a header with {}", where,
                                            known ? "repeated" : "unknown", sim::quoted(f[k]),
                                            fmt::join(required, ",")));
        out.column[name] = k;
      }
      for (const auto& name : required)
        if (!out.column.count(name))
          throw sim::InputError(fmt::format("{}: header lacks column '{}'; expected {}", where, name,
                                            fmt::join(required, ",")));
      continue;
    }
    if (f.size() != out.column.size())
      throw sim::InputError(fmt::format("{}: expected {} columns as in the header, found {}", where,
                                        out.column.size(), f.size()));
    out.rows.push_back(std::move(f));
    out.lines.push_back(lineNo);
  }
  if (header) throw sim::InputError(fmt::format("{}:1: empty file; expected a header line", out.file));
  return out;
}

double number(const CsvRows& t, std::size_t r, const std::string& col, double lo, double hi,
              bool openLow = false) {
  const std::string& text = t.cell(r, col);
  double x = 0.0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
  const bool ok = !text.empty() && ec == std::errc() && ptr == text.data() + text.size() &&
                  std::isfinite(x) && x <= hi && (openLow ? x > lo : x >= lo);
  if (!ok)
    throw sim::InputError(fmt::format("{}: {} {} is not a number in {}{}, {}]", t.where(r), col,
                                      sim::quoted(text), openLow ? "(" : "[", lo, hi));
  return x;
}

int integer(const CsvRows& t, std::size_t r, const std::string& col, int lo, int hi) {
  const double x = number(t, r, col, lo, hi);
  if (x != std::floor(x))
    throw sim::InputError(
        fmt::format("{}: {} {} is not an integer", t.where(r), col, sim::quoted(t.cell(r, col))));
  return static_cast<int>(x);
}

std::string id(const CsvRows& t, std::size_t r, const std::string& col) {
  const std::string& v = t.cell(r, col);
  if (v.empty()) throw sim::InputError(fmt::format("{}: empty {}; expected an id", t.where(r), col));
  return v;
}

Role roleOf(const CsvRows& t, std::size_t r) {
  static const std::vector<std::pair<std::string, Role>> names = {
      {"staff", Role::Staff},
      {"unit_leader", Role::UnitLeader},
      {"sector_advisor", Role::SectorAdvisor},
      {"central_advisor", Role::CentralAdvisor},
      {"director", Role::Director},
      {"municipal_director", Role::MunicipalDirector},
      {"communications", Role::Communications}};
  for (const auto& [name, role] : names)
    if (t.cell(r, "role") == name) return role;
  throw sim::InputError(
      fmt::format("{}: role {} is unknown; expected staff, unit_leader, sector_advisor, "
                  "central_advisor, director, municipal_director or communications",
                  t.where(r), sim::quoted(t.cell(r, "role"))));
}

// Which roles a unit of each kind holds, and its leader's role.
bool roleFits(UnitKind kind, Role role) {
  switch (kind) {
    case UnitKind::Line:
      return role == Role::Staff || role == Role::UnitLeader;
    case UnitKind::SectorStaff:
      return role == Role::Director || role == Role::SectorAdvisor;
    case UnitKind::CentralStaff:
      return role == Role::MunicipalDirector || role == Role::CentralAdvisor || role == Role::Communications;
  }
  return false;
}
Role leaderRole(UnitKind kind) {
  return kind == UnitKind::Line ? Role::UnitLeader
                                : (kind == UnitKind::SectorStaff ? Role::Director : Role::MunicipalDirector);
}
// Order inside a unit: its leader, then communications (the chief of the central staff), then the rest.
int rank(Role r) {
  return isLeader(r) ? 0 : (r == Role::Communications ? 1 : 2);
}

struct RawUnit {
  std::string id, sector, parent;
  UnitKind kind = UnitKind::Line;
  std::size_t row = 0;
};

std::vector<RawUnit> readUnits(const CsvRows& t, OrganisationData& d) {
  std::vector<RawUnit> raw;
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    RawUnit u{id(t, r, "id"), id(t, r, "sector"), t.cell(r, "parent"), UnitKind::Line, r};
    const std::string& kind = t.cell(r, "kind");
    if (kind == "sector_staff")
      u.kind = UnitKind::SectorStaff;
    else if (kind == "central_staff")
      u.kind = UnitKind::CentralStaff;
    else if (kind != "line")
      throw sim::InputError(
          fmt::format("{}: kind {} is unknown; expected line, sector_staff or central_staff", t.where(r),
                      sim::quoted(kind)));
    if (!seen.emplace(u.id, r).second)
      throw sim::InputError(fmt::format("{}: duplicate unit id {} (first on line {})", t.where(r),
                                        sim::quoted(u.id), t.lines[seen[u.id]]));
    raw.push_back(u);
  }
  if (raw.empty()) throw sim::InputError(t.file + ":1: no units; expected at least one row");
  for (const auto& u : raw)
    if (!u.parent.empty() && !seen.count(u.parent))
      throw sim::InputError(
          fmt::format("{}: parent {} is not a unit id of this file", t.where(u.row), sim::quoted(u.parent)));
  // The parents form a tree: following them from any unit ends at a unit without one.
  for (const auto& u : raw) {
    std::string at = u.parent;
    for (std::size_t steps = 0; !at.empty(); ++steps) {
      if (at == u.id)
        throw sim::InputError(fmt::format("{}: unit {} is its own {}; expected parents that form a tree",
                                          t.where(u.row), sim::quoted(u.id),
                                          u.parent == u.id ? "parent" : "ancestor"));
      if (steps > raw.size())
        throw sim::InputError(fmt::format("{}: the parents above unit {} form a cycle; expected a tree",
                                          t.where(u.row), sim::quoted(u.id)));
      at = raw[seen.at(at)].parent;
    }
  }
  // Sectors in order of first appearance, the central staff's sector last (it hosts the municipal
  // director, 000 §5.1); each has one sector staff unit; one central staff in all.
  const RawUnit* central = nullptr;
  for (const auto& u : raw) {
    if (std::find(d.sectors.begin(), d.sectors.end(), u.sector) == d.sectors.end())
      d.sectors.push_back(u.sector);
    if (u.kind != UnitKind::CentralStaff) continue;
    if (central)
      throw sim::InputError(fmt::format("{}: a second central_staff unit (first on line {}); expected one",
                                        t.where(u.row), t.lines[central->row]));
    central = &u;
  }
  if (!central) throw sim::InputError(t.file + ":1: no unit of kind central_staff; expected one");
  d.sectors.erase(std::find(d.sectors.begin(), d.sectors.end(), central->sector));
  d.sectors.push_back(central->sector);
  if (d.sectors.size() > 250)
    throw sim::InputError(fmt::format("{}: {} sectors; expected at most 250", t.file, d.sectors.size()));
  for (const auto& sector : d.sectors) {
    int count = 0;
    for (const auto& u : raw) {
      if (u.sector != sector) continue;
      if (u.kind == UnitKind::SectorStaff && ++count > 1)
        throw sim::InputError(fmt::format("{}: a second sector_staff unit for sector {}; expected one",
                                          t.where(u.row), sim::quoted(sector)));
    }
    if (count == 0) {
      const auto first =
          std::find_if(raw.begin(), raw.end(), [&](const RawUnit& u) { return u.sector == sector; });
      const std::size_t firstRow = first->row;
      throw sim::InputError(
          fmt::format("{}: sector {} has no sector_staff unit (its director's); expected one",
                      t.where(firstRow), sim::quoted(sector)));
    }
  }
  // Build order: per sector its staff unit, the central staff, then line units in file order.
  std::vector<RawUnit> ordered;
  for (const auto& sector : d.sectors)
    for (UnitKind kind : {UnitKind::SectorStaff, UnitKind::CentralStaff, UnitKind::Line})
      for (const auto& u : raw)
        if (u.sector == sector && u.kind == kind) ordered.push_back(u);
  return ordered;
}

// d.units from the checked units in build order; returns unit id -> index in d.units.
std::unordered_map<std::string, int> addUnits(const CsvRows& ut, const std::vector<RawUnit>& units,
                                              OrganisationData& d) {
  std::unordered_map<std::string, int> unitIndex;
  for (const auto& u : units) {
    const int sector =
        static_cast<int>(std::find(d.sectors.begin(), d.sectors.end(), u.sector) - d.sectors.begin());
    unitIndex.emplace(u.id, static_cast<int>(d.units.size()));
    d.units.push_back({u.id, sector, u.kind, ut.lines[u.row]});
  }
  return unitIndex;
}

// The competence column: one number in [0, 1] per domain, separated by ';'.
std::vector<double> readCompetence(const CsvRows& st, std::size_t r, std::size_t domains) {
  std::vector<double> competence;
  std::stringstream list(st.cell(r, "competence"));
  std::string item;
  while (std::getline(list, item, ';')) {
    double x = 0;
    const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), x);
    if (item.empty() || ec != std::errc() || ptr != item.data() + item.size() || !(x >= 0 && x <= 1))
      throw sim::InputError(
          fmt::format("{}: competence entry {} is not a number in [0, 1]", st.where(r), sim::quoted(item)));
    competence.push_back(x);
  }
  if (competence.size() != domains)
    throw sim::InputError(
        fmt::format("{}: competence has {} entries; expected {} (one per sector, then "
                    "municipality.competence_domains common domains), separated by ';'",
                    st.where(r), competence.size(), domains));
  return competence;
}

// Row r of the staff file, its id not yet checked for duplicates.
ImportedPerson readPerson(const CsvRows& st, std::size_t r, const CsvRows& ut, const OrganisationData& d,
                          const std::unordered_map<std::string, int>& unitIndex, std::size_t domains) {
  ImportedPerson p;
  p.id = id(st, r, "id");
  const auto unit = unitIndex.find(id(st, r, "unit"));
  if (unit == unitIndex.end())
    throw sim::InputError(
        fmt::format("{}: unit {} is not in {}", st.where(r), sim::quoted(st.cell(r, "unit")), ut.file));
  p.unit = unit->second;
  p.role = roleOf(st, r);
  const ImportedUnit& u = d.units[static_cast<std::size_t>(p.unit)];
  if (!roleFits(u.kind, p.role))
    throw sim::InputError(fmt::format(
        "{}: role {} does not belong in unit {} of kind {}", st.where(r), st.cell(r, "role"),
        sim::quoted(u.id),
        u.kind == UnitKind::Line ? "line"
                                 : (u.kind == UnitKind::SectorStaff ? "sector_staff" : "central_staff")));
  p.tenure = number(st, r, "tenure", 0, 60);
  if (!st.cell(r, "capacity").empty()) p.capacity = number(st, r, "capacity", 0, 24, true);
  if (!st.cell(r, "competence").empty()) p.competence = readCompetence(st, r, domains);
  if (!st.cell(r, "affiliation").empty()) {
    const auto it = std::find(d.sectors.begin(), d.sectors.end(), st.cell(r, "affiliation"));
    if (it == d.sectors.end())
      throw sim::InputError(fmt::format("{}: affiliation {} is not a sector of {}", st.where(r),
                                        sim::quoted(st.cell(r, "affiliation")), ut.file));
    p.affiliation = static_cast<int>(it - d.sectors.begin());
  }
  if (!st.cell(r, "knowledge").empty()) p.knowledge = number(st, r, "knowledge", 0, 1);
  if (!st.cell(r, "visibility").empty()) p.visibility = number(st, r, "visibility", 0, 1);
  if (!st.cell(r, "knowledge_day").empty()) p.knowledgeDay = integer(st, r, "knowledge_day", -1000000, 0);
  if (!st.cell(r, "tenure_day").empty()) p.tenureDay = integer(st, r, "tenure_day", -1000000, 0);
  return p;
}

// The staff file's people, people[r] being row r.
std::vector<ImportedPerson> readPeople(const CsvRows& st, const CsvRows& ut, const OrganisationData& d,
                                       const std::unordered_map<std::string, int>& unitIndex,
                                       int competenceDomains) {
  const std::size_t domains = d.sectors.size() + static_cast<std::size_t>(competenceDomains);
  std::unordered_map<std::string, std::size_t> personRow;
  std::vector<ImportedPerson> people;
  for (std::size_t r = 0; r < st.rows.size(); ++r) {
    const std::string personId = id(st, r, "id");
    if (!personRow.emplace(personId, r).second)
      throw sim::InputError(fmt::format("{}: duplicate person id {} (first on line {})", st.where(r),
                                        sim::quoted(personId), st.lines[personRow[personId]]));
    people.push_back(readPerson(st, r, ut, d, unitIndex, domains));
  }
  return people;
}

// Every unit is staffed and led by exactly one leader of its kind. A second leader is the staff
// file's mistake (its line is named); a unit without staff or leader is named in the units file.
void checkLeaders(const std::vector<ImportedPerson>& people, const CsvRows& st, const CsvRows& ut,
                  const OrganisationData& d) {
  const auto leaderName = [](UnitKind kind) {
    return kind == UnitKind::Line ? "unit_leader"
                                  : (kind == UnitKind::SectorStaff ? "director" : "municipal_director");
  };
  std::vector<int> members(d.units.size(), 0);
  std::vector<std::optional<std::size_t>> leaderRow(d.units.size());
  for (std::size_t r = 0; r < people.size(); ++r) {
    const auto k = static_cast<std::size_t>(people[r].unit);
    ++members[k];
    if (people[r].role != leaderRole(d.units[k].kind)) continue;
    if (leaderRow[k])
      throw sim::InputError(fmt::format(
          "{}: {} is a second {} of unit {} (the first is {} on line {}); "
          "expected exactly one leader per unit",
          st.where(r), sim::quoted(people[r].id), leaderName(d.units[k].kind), sim::quoted(d.units[k].id),
          sim::quoted(people[*leaderRow[k]].id), st.lines[*leaderRow[k]]));
    leaderRow[k] = r;
  }
  for (std::size_t k = 0; k < d.units.size(); ++k) {
    const ImportedUnit& u = d.units[k];
    if (members[k] == 0 || !leaderRow[k])
      throw sim::InputError(
          fmt::format("{}:{}: unit {} has {} staff and no {} in {}; expected staff with "
                      "exactly one leader",
                      ut.file, u.line, sim::quoted(u.id), members[k], leaderName(u.kind), st.file));
  }
}

// d.staff in agent order: contiguous by unit in build order, the leader first, otherwise as in the
// file. Returns person id -> agent.
std::unordered_map<std::string, int> placeAgents(std::vector<ImportedPerson> people, OrganisationData& d) {
  std::vector<std::size_t> order(people.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& pa = people[a];
    const auto& pb = people[b];
    return pa.unit != pb.unit ? pa.unit < pb.unit : rank(pa.role) < rank(pb.role);
  });
  std::unordered_map<std::string, int> agentOf;
  for (std::size_t k = 0; k < order.size(); ++k) {
    agentOf.emplace(people[order[k]].id, static_cast<int>(k));
    d.staff.push_back(std::move(people[order[k]]));
  }
  return agentOf;
}

// The two ends of row r of the ties file: two different people of the staff file.
ImportedTie readTieEnds(const CsvRows& tt, std::size_t r, const CsvRows& st,
                        const std::unordered_map<std::string, int>& agentOf) {
  ImportedTie tie;
  for (const char* end : {"source", "target"}) {
    const auto it = agentOf.find(id(tt, r, end));
    if (it == agentOf.end())
      throw sim::InputError(
          fmt::format("{}: {} {} is nobody in {}", tt.where(r), end, sim::quoted(tt.cell(r, end)), st.file));
    (std::string(end) == "source" ? tie.source : tie.target) = it->second;
  }
  if (tie.source == tie.target)
    throw sim::InputError(fmt::format("{}: a tie from {} to itself; expected two different people",
                                      tt.where(r), sim::quoted(tt.cell(r, "source"))));
  return tie;
}

// The rest of a tie's row, after its ends were checked as a pair not seen before.
void readTieValues(const CsvRows& tt, std::size_t r, bool fullState, ImportedTie& tie) {
  tie.weight = number(tt, r, "weight", 0, 1, true);
  const std::string& kind = tt.cell(r, "kind");
  if (!kind.empty() && kind != "advice" && kind != "collaboration")
    throw sim::InputError(fmt::format("{}: kind {} is unknown; expected advice or collaboration", tt.where(r),
                                      sim::quoted(kind)));
  if (!tt.cell(r, "floor").empty()) tie.floor = number(tt, r, "floor", 0, 1);
  if (fullState) {
    tie.setDay = integer(tt, r, "set_day", -1000000, 0);
    tie.setWeight = number(tt, r, "set_weight", 0, 1);
    tie.sourceSlot = integer(tt, r, "source_slot", 0, 100000);
    tie.targetSlot = integer(tt, r, "target_slot", 0, 100000);
    tie.line = tt.lines[r];
  }
}

// ties.csv into d.ties, d.respondent and d.files.
void readTies(const std::filesystem::path& tiesPath, const CsvRows& st,
              const std::unordered_map<std::string, int>& agentOf, OrganisationData& d) {
  const std::vector<std::string> state = {"set_day", "set_weight", "source_slot", "target_slot"};
  const CsvRows tt = readCsv(tiesPath, {"source", "target", "weight"},
                             {"kind", "floor", "set_day", "set_weight", "source_slot", "target_slot"});
  d.hasTies = true;
  d.fullState = std::all_of(state.begin(), state.end(), [&](const std::string& c) { return tt.has(c); });
  std::map<std::pair<int, int>, int> seenTie;
  for (std::size_t r = 0; r < tt.rows.size(); ++r) {
    ImportedTie tie = readTieEnds(tt, r, st, agentOf);
    if (!seenTie.emplace(std::make_pair(tie.source, tie.target), tt.lines[r]).second)
      throw sim::InputError(fmt::format("{}: duplicate tie {} -> {} (first on line {})", tt.where(r),
                                        sim::quoted(tt.cell(r, "source")), sim::quoted(tt.cell(r, "target")),
                                        seenTie[{tie.source, tie.target}]));
    readTieValues(tt, r, d.fullState, tie);
    d.respondent[static_cast<std::size_t>(tie.source)] = 1;
    d.ties.push_back(tie);
  }
  d.respondents = static_cast<int>(std::count(d.respondent.begin(), d.respondent.end(), 1));
  d.files.push_back({tiesPath.string(), tt.sha256, static_cast<int>(tt.rows.size())});
}

}  // namespace

std::string sha256File(const std::filesystem::path& path) {
  return sha256Of(sim::readUserFile(path, "imported"));
}

OrganisationData readOrganisation(const std::filesystem::path& unitsPath,
                                  const std::filesystem::path& staffPath,
                                  const std::filesystem::path& tiesPath, int competenceDomains) {
  OrganisationData d;
  const CsvRows ut = readCsv(unitsPath, {"id", "sector", "kind"}, {"name", "parent"});
  const auto unitIndex = addUnits(ut, readUnits(ut, d), d);
  const CsvRows st = readCsv(
      staffPath, {"id", "unit", "role", "tenure"},
      {"capacity", "competence", "affiliation", "knowledge", "knowledge_day", "tenure_day", "visibility"});
  std::vector<ImportedPerson> people = readPeople(st, ut, d, unitIndex, competenceDomains);
  checkLeaders(people, st, ut, d);
  const auto agentOf = placeAgents(std::move(people), d);
  d.files.push_back({unitsPath.string(), ut.sha256, static_cast<int>(ut.rows.size())});
  d.files.push_back({staffPath.string(), st.sha256, static_cast<int>(st.rows.size())});
  d.respondent.assign(d.staff.size(), 0);
  if (!tiesPath.empty()) readTies(tiesPath, st, agentOf, d);
  return d;
}

void checkTieSlots(const OrganisationData& d, int maxTies) {
  if (!d.fullState) return;
  std::map<std::pair<int, int>, std::pair<int, int>> used;  // (agent, slot) -> (partner, line)
  for (const auto& t : d.ties) {
    for (const auto& [agent, slot, partner] :
         {std::tuple{t.source, t.sourceSlot, t.target}, std::tuple{t.target, t.targetSlot, t.source}}) {
      if (slot >= maxTies)
        throw sim::InputError(
            fmt::format("{}:{}: slot {} is beyond network.max_ties ({}); expected a slot below it",
                        d.files.back().path, t.line, slot, maxTies));
      const auto [it, fresh] = used.try_emplace({agent, slot}, partner, t.line);
      if (!fresh && it->second.first != partner)
        throw sim::InputError(
            fmt::format("{}:{}: slot {} of {} is already taken on line {}", d.files.back().path, t.line, slot,
                        sim::quoted(d.staff[static_cast<std::size_t>(agent)].id), it->second.second));
    }
  }
}

}  // namespace samsim::models
