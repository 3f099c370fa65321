// Reading and checking units.csv, staff.csv and ties.csv (organisation_import.hpp). CSV lines are
// split by the same RFC 4180 reader `samsim holes` uses (analysis/network/edge_list_csv.hpp).
// Reading goes on past each problem, so that one pass finds them all: a row with a problem is
// left out of what later checks see, and a later check says nothing that only repeats an earlier
// problem (staff of a unit whose own row is wrong, ties of a person whose row is wrong).
#include "models/organisation/organisation_import.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <openssl/evp.h>

#include "analysis/network/edge_list_csv.hpp"
#include "sim/input_error.hpp"
#include "sim/input_errors.hpp"
#include "sim/text.hpp"

namespace samsim::models {
namespace {

using Problems = std::vector<OrganisationProblem>;

// An InputError's text without the "where: " it starts with (the problem records where itself).
std::string without(const std::string& message, const std::string& where) {
  const std::string prefix = where + ": ";
  return message.rfind(prefix, 0) == 0 ? message.substr(prefix.size()) : message;
}

struct CsvRows {
  std::string file;
  std::string sha256;  // of the bytes read, so the manifest names exactly the data used
  std::map<std::string, std::size_t> column;  // header name -> index
  std::vector<std::vector<std::string>> rows;
  std::vector<int> lines;
  Problems* problems = nullptr;

  [[nodiscard]] bool has(const std::string& name) const { return column.count(name) > 0; }
  // The cell of `name` in `row`, "" when the column is absent.
  [[nodiscard]] const std::string& cell(std::size_t row, const std::string& name) const {
    static const std::string empty;
    const auto it = column.find(name);
    return it == column.end() ? empty : rows[row][it->second];
  }
  void fail(std::size_t row, std::string what) const {
    problems->push_back({file, lines[row], std::move(what)});
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

// The header's column names; false when a required one is missing (then no row can be checked).
bool readHeader(CsvRows& out, const std::vector<std::string>& f, int lineNo,
                const std::vector<std::string>& required, const std::vector<std::string>& optional) {
  const std::string expected =
      optional.empty()
          ? fmt::format("{}", fmt::join(required, ","))
          : fmt::format("{} and optionally {}", fmt::join(required, ","), fmt::join(optional, ","));
  for (std::size_t k = 0; k < f.size(); ++k) {
    std::string name = f[k];
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const bool known = std::find(required.begin(), required.end(), name) != required.end() ||
                       std::find(optional.begin(), optional.end(), name) != optional.end();
    if (!known || out.column.count(name)) {
      out.problems->push_back({out.file, lineNo,
                               fmt::format("{} column {}; expected a header with {}",
                                           known ? "repeated" : "unknown", sim::quoted(f[k]), expected)});
      continue;
    }
    out.column[name] = k;
  }
  bool complete = true;
  for (const auto& name : required)
    if (!out.column.count(name)) {
      out.problems->push_back(
          {out.file, lineNo, fmt::format("header lacks column '{}'; expected {}", name, expected)});
      complete = false;
    }
  return complete;
}

// A header line naming the columns (any order; `required` ones must be there, others must be
// known), then rows of as many fields. Nothing when the file cannot be read or its header is
// unusable; rows of the wrong width are reported and left out.
std::optional<CsvRows> readCsv(const std::filesystem::path& path, const std::vector<std::string>& required,
                               const std::vector<std::string>& optional, Problems& problems) {
  CsvRows out;
  out.file = path.string();
  out.problems = &problems;
  std::string text;
  try {
    text = sim::readUserFile(path, "CSV");
  } catch (const sim::InputError& e) {
    problems.push_back({out.file, 0, without(e.what(), out.file)});
    return std::nullopt;
  }
  out.sha256 = sha256Of(text);
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (const auto bad = sim::invalidUtf8At(text); bad != std::string::npos) {
    problems.push_back({out.file, static_cast<int>(sim::lineAt(text, bad)), "expected UTF-8 text"});
    return std::nullopt;
  }
  std::istringstream in(text);
  std::string line;
  int lineNo = 0;
  std::optional<std::size_t> width;  // the header's
  while (std::getline(in, line)) {
    ++lineNo;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = fmt::format("{}:{}", out.file, lineNo);
    std::vector<std::string> f;
    try {
      f = analysis::splitCsvLine(line, where);
    } catch (const sim::InputError& e) {
      problems.push_back({out.file, lineNo, without(e.what(), where)});
      if (!width) return std::nullopt;
      continue;
    }
    if (!width) {
      width = f.size();
      if (!readHeader(out, f, lineNo, required, optional)) return std::nullopt;
      continue;
    }
    if (f.size() != *width) {
      problems.push_back({out.file, lineNo,
                          fmt::format("expected {} columns as in the header, found {}", *width, f.size())});
      continue;
    }
    out.rows.push_back(std::move(f));
    out.lines.push_back(lineNo);
  }
  if (!width) {
    problems.push_back({out.file, 1, "empty file; expected a header line"});
    return std::nullopt;
  }
  return out;
}

std::optional<double> number(const CsvRows& t, std::size_t r, const std::string& col, double lo, double hi,
                             bool openLow = false) {
  const std::string& text = t.cell(r, col);
  double x = 0.0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
  const bool ok = !text.empty() && ec == std::errc() && ptr == text.data() + text.size() &&
                  std::isfinite(x) && x <= hi && (openLow ? x > lo : x >= lo);
  if (ok) return x;
  t.fail(r, fmt::format("{} {} is not a number in {}{}, {}]", col, sim::quoted(text), openLow ? "(" : "[", lo,
                        hi));
  return std::nullopt;
}

std::optional<int> integer(const CsvRows& t, std::size_t r, const std::string& col, int lo, int hi) {
  const auto x = number(t, r, col, lo, hi);
  if (!x) return std::nullopt;
  if (*x == std::floor(*x)) return static_cast<int>(*x);
  t.fail(r, fmt::format("{} {} is not an integer", col, sim::quoted(t.cell(r, col))));
  return std::nullopt;
}

std::optional<std::string> id(const CsvRows& t, std::size_t r, const std::string& col) {
  const std::string& v = t.cell(r, col);
  if (!v.empty()) return v;
  t.fail(r, fmt::format("empty {}; expected an id", col));
  return std::nullopt;
}

std::optional<Role> roleOf(const CsvRows& t, std::size_t r) {
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
  t.fail(r, fmt::format("role {} is unknown; expected staff, unit_leader, sector_advisor, "
                        "central_advisor, director, municipal_director or communications",
                        sim::quoted(t.cell(r, "role"))));
  return std::nullopt;
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
const char* kindName(UnitKind kind) {
  return kind == UnitKind::Line ? "line" : (kind == UnitKind::SectorStaff ? "sector_staff" : "central_staff");
}
const char* leaderName(UnitKind kind) {
  return kind == UnitKind::Line ? "unit_leader"
                                : (kind == UnitKind::SectorStaff ? "director" : "municipal_director");
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

// The rows of units.csv.
struct UnitRows {
  std::vector<RawUnit> usable;                         // rows without a problem, in file order
  std::unordered_set<std::string> unusable;            // ids of rows with a problem
  std::unordered_map<std::string, std::size_t> rowOf;  // every id -> its first row
};

UnitRows readUnitRows(const CsvRows& t) {
  UnitRows out;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const auto unitId = id(t, r, "id");
    const auto sector = id(t, r, "sector");
    std::optional<UnitKind> kind;
    const std::string& kindText = t.cell(r, "kind");
    if (kindText == "line")
      kind = UnitKind::Line;
    else if (kindText == "sector_staff")
      kind = UnitKind::SectorStaff;
    else if (kindText == "central_staff")
      kind = UnitKind::CentralStaff;
    else
      t.fail(r, fmt::format("kind {} is unknown; expected line, sector_staff or central_staff",
                            sim::quoted(kindText)));
    if (!unitId) continue;
    if (const auto [it, fresh] = out.rowOf.emplace(*unitId, r); !fresh) {
      t.fail(r, fmt::format("duplicate unit id {} (first on line {})", sim::quoted(*unitId),
                            t.lines[it->second]));
      continue;
    }
    if (!sector || !kind) {
      out.unusable.insert(*unitId);
      continue;
    }
    out.usable.push_back({*unitId, *sector, t.cell(r, "parent"), *kind, r});
  }
  if (t.rows.empty()) t.problems->push_back({t.file, 1, "no units; expected at least one row"});
  return out;
}

// Where following the parents from a unit leads.
enum class Ancestry : std::uint8_t { Unknown, Walking, Root, OnCycle, IntoCycle };

// Every parent is a unit of the file, and the parents form a tree: following them from any unit
// ends at a unit without one. Each unit is walked once (a walk stops at a unit already placed), so
// a chain of 40,000 units takes 40,000 steps, not 40,000²/2.
void checkParents(const CsvRows& t, const UnitRows& units) {
  const auto& usable = units.usable;
  std::unordered_map<std::string, std::size_t> indexOf;
  for (std::size_t i = 0; i < usable.size(); ++i) indexOf.emplace(usable[i].id, i);
  // The unit above each: none for a root, an unknown parent or a parent with a problem of its own.
  constexpr std::size_t kNone = SIZE_MAX;
  std::vector<std::size_t> up(usable.size(), kNone);
  for (std::size_t i = 0; i < usable.size(); ++i)
    if (const auto next = indexOf.find(usable[i].parent); !usable[i].parent.empty() && next != indexOf.end())
      up[i] = next->second;
  std::vector<Ancestry> state(usable.size(), Ancestry::Unknown);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < usable.size(); ++start) {
    path.clear();
    std::size_t at = start;
    while (at != kNone && state[at] == Ancestry::Unknown) {
      state[at] = Ancestry::Walking;
      path.push_back(at);
      at = up[at];
    }
    // The walk ended at a root's parent (none), a unit placed before, or a unit of this walk (a cycle).
    Ancestry above = at == kNone ? Ancestry::Root : state[at];
    auto cycleStart = path.end();
    if (above == Ancestry::Walking) {
      cycleStart = std::find(path.begin(), path.end(), at);
      for (auto it = cycleStart; it != path.end(); ++it) state[*it] = Ancestry::OnCycle;
    }
    for (auto it = path.begin(); it != cycleStart; ++it)
      state[*it] = above == Ancestry::Root ? Ancestry::Root : Ancestry::IntoCycle;
  }
  for (std::size_t i = 0; i < usable.size(); ++i) {
    const auto& u = usable[i];
    if (u.parent.empty()) continue;
    if (!units.rowOf.count(u.parent))
      t.fail(u.row, fmt::format("parent {} is not a unit id of this file", sim::quoted(u.parent)));
    else if (state[i] == Ancestry::OnCycle)
      t.fail(u.row, fmt::format("unit {} is its own {}; expected parents that form a tree", sim::quoted(u.id),
                                u.parent == u.id ? "parent" : "ancestor"));
    else if (state[i] == Ancestry::IntoCycle)
      t.fail(u.row,
             fmt::format("the parents above unit {} form a cycle; expected a tree", sim::quoted(u.id)));
  }
}

// Sectors in order of first appearance, the central staff's sector last (it hosts the municipal
// director, 000 §5.1); each has one sector staff unit; one central staff in all.
void orderSectors(const CsvRows& t, const std::vector<RawUnit>& raw, OrganisationData& d) {
  const RawUnit* central = nullptr;
  for (const auto& u : raw) {
    if (std::find(d.sectors.begin(), d.sectors.end(), u.sector) == d.sectors.end())
      d.sectors.push_back(u.sector);
    if (u.kind != UnitKind::CentralStaff) continue;
    if (central)
      t.fail(u.row, fmt::format("a second central_staff unit (first on line {}); expected one",
                                t.lines[central->row]));
    else
      central = &u;
  }
  if (central) {
    d.sectors.erase(std::find(d.sectors.begin(), d.sectors.end(), central->sector));
    d.sectors.push_back(central->sector);
  } else if (!raw.empty()) {
    t.problems->push_back({t.file, 1, "no unit of kind central_staff; expected one"});
  }
  if (d.sectors.size() > 250)
    t.problems->push_back({t.file, 0, fmt::format("{} sectors; expected at most 250", d.sectors.size())});
  for (const auto& sector : d.sectors) {
    const RawUnit* first = nullptr;
    const RawUnit* staffUnit = nullptr;
    for (const auto& u : raw) {
      if (u.sector != sector) continue;
      if (!first) first = &u;
      if (u.kind != UnitKind::SectorStaff) continue;
      if (staffUnit)
        t.fail(u.row, fmt::format("a second sector_staff unit for sector {} (first on line {}); expected one",
                                  sim::quoted(sector), t.lines[staffUnit->row]));
      else
        staffUnit = &u;
    }
    if (!staffUnit && first)  // every sector has a first unit: it was taken from one
      t.fail(first->row, fmt::format("sector {} has no sector_staff unit (its director's); expected one",
                                     sim::quoted(sector)));
  }
}

// d.units from the usable rows in build order (per sector its staff unit, the central staff, then
// line units in file order); returns unit id -> index in d.units.
std::unordered_map<std::string, int> addUnits(const CsvRows& t, const std::vector<RawUnit>& raw,
                                              OrganisationData& d) {
  std::unordered_map<std::string, int> unitIndex;
  for (std::size_t sector = 0; sector < d.sectors.size(); ++sector)
    for (UnitKind kind : {UnitKind::SectorStaff, UnitKind::CentralStaff, UnitKind::Line})
      for (const auto& u : raw)
        if (u.sector == d.sectors[sector] && u.kind == kind) {
          unitIndex.emplace(u.id, static_cast<int>(d.units.size()));
          d.units.push_back({u.id, static_cast<int>(sector), u.kind, t.lines[u.row]});
        }
  return unitIndex;
}

// What the staff and ties files are checked against.
struct UnitsRead {
  std::unordered_map<std::string, int> index;  // usable unit id -> index in d.units
  std::unordered_set<std::string> unusable;    // ids of units whose row has a problem
};

UnitsRead readUnits(const CsvRows& t, OrganisationData& d) {
  UnitRows rows = readUnitRows(t);
  checkParents(t, rows);
  orderSectors(t, rows.usable, d);
  return {addUnits(t, rows.usable, d), std::move(rows.unusable)};
}

// The competence column: one number in [0, 1] per domain, separated by ';'. `domains` is unknown
// when units.csv could not be read.
std::optional<std::vector<double>> readCompetence(const CsvRows& st, std::size_t r,
                                                  std::optional<std::size_t> domains) {
  std::vector<double> competence;
  std::stringstream list(st.cell(r, "competence"));
  std::string item;
  while (std::getline(list, item, ';')) {
    double x = 0;
    const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), x);
    if (item.empty() || ec != std::errc() || ptr != item.data() + item.size() || !(x >= 0 && x <= 1)) {
      st.fail(r, fmt::format("competence entry {} is not a number in [0, 1]", sim::quoted(item)));
      return std::nullopt;
    }
    competence.push_back(x);
  }
  if (domains && competence.size() != *domains) {
    st.fail(r, fmt::format("competence has {} entries; expected {} (one per sector, then "
                           "municipality.competence_domains common domains), separated by ';'",
                           competence.size(), *domains));
    return std::nullopt;
  }
  return competence;
}

// A row of staff.csv as read: the person, with unit -1 when it is not a usable unit.
struct PersonRow {
  ImportedPerson person;
  std::size_t row = 0;
  bool roleRead = false;  // the role is one of samsim's
  bool complete = true;   // no problem on the row
};

// The person's unit and role: the unit one of units.csv (when it could be read), the role one
// that belongs in a unit of its kind.
void readPlace(const CsvRows& st, std::size_t r, const CsvRows* ut, const OrganisationData& d,
               const UnitsRead& units, PersonRow& p) {
  const auto unitId = id(st, r, "unit");
  const auto role = roleOf(st, r);
  p.complete = unitId && role;
  p.person.unit = -1;
  if (role) {
    p.person.role = *role;
    p.roleRead = true;
  }
  if (!unitId || !ut) return;
  const auto unit = units.index.find(*unitId);
  if (unit == units.index.end()) {
    p.complete = false;
    if (!units.unusable.count(*unitId))  // else its own row is the problem, named in units.csv
      st.fail(r, fmt::format("unit {} is not in {}", sim::quoted(*unitId), ut->file));
    return;
  }
  p.person.unit = unit->second;
  const ImportedUnit& u = d.units[static_cast<std::size_t>(p.person.unit)];
  if (role && !roleFits(u.kind, *role)) {
    st.fail(r, fmt::format("role {} does not belong in unit {} of kind {}", sim::quoted(st.cell(r, "role")),
                           sim::quoted(u.id), kindName(u.kind)));
    p.complete = false;
  }
}

// Row r of the staff file, its id already read and checked for duplicates.
PersonRow readPerson(const CsvRows& st, std::size_t r, const CsvRows* ut, const OrganisationData& d,
                     const UnitsRead& units, std::optional<std::size_t> domains) {
  PersonRow p;
  p.row = r;
  p.person.id = st.cell(r, "id");
  readPlace(st, r, ut, d, units, p);
  bool ok = true;
  const auto keep = [&ok](const auto& value, auto& into) {
    if (value) into = *value;
    ok = ok && value.has_value();
  };
  keep(number(st, r, "tenure", 0, 60), p.person.tenure);
  if (!st.cell(r, "capacity").empty()) keep(number(st, r, "capacity", 0, 24, true), p.person.capacity);
  if (!st.cell(r, "competence").empty()) keep(readCompetence(st, r, domains), p.person.competence);
  if (const std::string& a = st.cell(r, "affiliation"); !a.empty() && ut) {
    const auto it = std::find(d.sectors.begin(), d.sectors.end(), a);
    if (it == d.sectors.end()) {
      st.fail(r, fmt::format("affiliation {} is not a sector of {}", sim::quoted(a), ut->file));
      ok = false;
    } else {
      p.person.affiliation = static_cast<int>(it - d.sectors.begin());
    }
  }
  if (!st.cell(r, "knowledge").empty()) keep(number(st, r, "knowledge", 0, 1), p.person.knowledge);
  if (!st.cell(r, "visibility").empty()) keep(number(st, r, "visibility", 0, 1), p.person.visibility);
  if (!st.cell(r, "knowledge_day").empty())
    keep(integer(st, r, "knowledge_day", -1000000, 0), p.person.knowledgeDay);
  if (!st.cell(r, "tenure_day").empty()) keep(integer(st, r, "tenure_day", -1000000, 0), p.person.tenureDay);
  p.complete = p.complete && ok;
  return p;
}

// The rows of staff.csv.
struct PeopleRead {
  std::vector<PersonRow> people;                     // one per row with a new id, in file order
  std::unordered_map<std::string, std::size_t> row;  // person id -> index in people
};

PeopleRead readPeople(const CsvRows& st, const CsvRows* ut, const OrganisationData& d, const UnitsRead& units,
                      int competenceDomains) {
  std::optional<std::size_t> domains;
  if (ut) domains = d.sectors.size() + static_cast<std::size_t>(competenceDomains);
  PeopleRead out;
  for (std::size_t r = 0; r < st.rows.size(); ++r) {
    const auto personId = id(st, r, "id");
    if (!personId) continue;
    if (const auto it = out.row.find(*personId); it != out.row.end()) {
      st.fail(r, fmt::format("duplicate person id {} (first on line {})", sim::quoted(*personId),
                             st.lines[out.people[it->second].row]));
      continue;
    }
    out.row.emplace(*personId, out.people.size());
    out.people.push_back(readPerson(st, r, ut, d, units, domains));
  }
  return out;
}

// Every unit is staffed and led by exactly one leader of its kind. A second leader is the staff
// file's mistake (its line is named); a unit without staff or leader is named in the units file,
// unless one of its staff has a role samsim does not know (that row is the problem).
void checkLeaders(const PeopleRead& read, const CsvRows& st, const CsvRows& ut, const OrganisationData& d) {
  std::vector<int> members(d.units.size(), 0);
  std::vector<bool> unknownRole(d.units.size(), false);
  std::vector<const PersonRow*> leader(d.units.size(), nullptr);
  for (const auto& p : read.people) {
    if (p.person.unit < 0) continue;
    const auto k = static_cast<std::size_t>(p.person.unit);
    ++members[k];
    unknownRole[k] = unknownRole[k] || !p.roleRead;
    if (!p.roleRead || p.person.role != leaderRole(d.units[k].kind)) continue;
    if (leader[k])
      st.fail(p.row,
              fmt::format("{} is a second {} of unit {} (the first is {} on line {}); "
                          "expected exactly one leader per unit",
                          sim::quoted(p.person.id), leaderName(d.units[k].kind), sim::quoted(d.units[k].id),
                          sim::quoted(leader[k]->person.id), st.lines[leader[k]->row]));
    else
      leader[k] = &p;
  }
  for (std::size_t k = 0; k < d.units.size(); ++k) {
    const ImportedUnit& u = d.units[k];
    if ((members[k] == 0 || !leader[k]) && !unknownRole[k])
      ut.problems->push_back({ut.file, u.line,
                              fmt::format("unit {} has {} staff and no {} in {}; expected staff with "
                                          "exactly one leader",
                                          sim::quoted(u.id), members[k], leaderName(u.kind), st.file)});
  }
}

// The two ends of row r of the ties file, as indices into the staff file's people: nothing when an
// end is nobody there (a problem, counted in `toNobody`), a tie to oneself, or a person whose own
// row has a problem (named in staff.csv).
std::optional<std::pair<int, int>> readTieEnds(const CsvRows& tt, std::size_t r, const CsvRows* st,
                                               const PeopleRead& people, int& toNobody) {
  std::optional<std::size_t> ends[2];
  bool ok = true;
  bool nobody = false;
  for (int e = 0; e < 2; ++e) {
    const char* end = e == 0 ? "source" : "target";
    const auto personId = id(tt, r, end);
    ok = ok && personId;
    if (!personId || !st) continue;
    const auto it = people.row.find(*personId);
    if (it == people.row.end()) {
      tt.fail(r, fmt::format("{} {} is nobody in {}", end, sim::quoted(*personId), st->file));
      ok = false;
      nobody = true;
    } else {
      ends[e] = it->second;
    }
  }
  toNobody += nobody ? 1 : 0;
  if (ok && tt.cell(r, "source") == tt.cell(r, "target")) {
    tt.fail(r, fmt::format("a tie from {} to itself; expected two different people",
                           sim::quoted(tt.cell(r, "source"))));
    return std::nullopt;
  }
  if (!ok || !ends[0] || !ends[1]) return std::nullopt;
  const auto& source = people.people[*ends[0]];
  const auto& target = people.people[*ends[1]];
  if (!source.complete || !target.complete) return std::nullopt;
  return std::make_pair(static_cast<int>(*ends[0]), static_cast<int>(*ends[1]));
}

// The rest of a tie's row; false after a problem.
bool readTieValues(const CsvRows& tt, std::size_t r, bool fullState, ImportedTie& tie) {
  bool ok = true;
  const auto keep = [&ok](const auto& value, auto& into) {
    if (value) into = *value;
    ok = ok && value.has_value();
  };
  keep(number(tt, r, "weight", 0, 1, true), tie.weight);
  const std::string& kind = tt.cell(r, "kind");
  if (!kind.empty() && kind != "advice" && kind != "collaboration") {
    tt.fail(r, fmt::format("kind {} is unknown; expected advice or collaboration", sim::quoted(kind)));
    ok = false;
  }
  if (!tt.cell(r, "floor").empty()) keep(number(tt, r, "floor", 0, 1), tie.floor);
  tie.line = tt.lines[r];
  if (fullState) {
    keep(integer(tt, r, "set_day", -1000000, 0), tie.setDay);
    keep(number(tt, r, "set_weight", 0, 1), tie.setWeight);
    keep(integer(tt, r, "source_slot", 0, 100000), tie.sourceSlot);
    keep(integer(tt, r, "target_slot", 0, 100000), tie.targetSlot);
  }
  return ok;
}

// The ties file's usable answers into d.ties, their ends indices into the staff file's people.
void readTies(const CsvRows& tt, const CsvRows* st, const PeopleRead& people, OrganisationCheck& check) {
  const std::vector<std::string> state = {"set_day", "set_weight", "source_slot", "target_slot"};
  OrganisationData& d = check.data;
  d.hasTies = true;
  d.fullState = std::all_of(state.begin(), state.end(), [&](const std::string& c) { return tt.has(c); });
  check.tieRows = static_cast<int>(tt.rows.size());
  std::map<std::pair<std::string, std::string>, int> seen;  // (source, target) -> line
  for (std::size_t r = 0; r < tt.rows.size(); ++r) {
    const auto ends = readTieEnds(tt, r, st, people, check.tiesToNobody);
    const auto [first, fresh] = seen.try_emplace({tt.cell(r, "source"), tt.cell(r, "target")}, tt.lines[r]);
    if (!fresh)
      tt.fail(r, fmt::format("duplicate tie {} -> {} (first on line {})", sim::quoted(tt.cell(r, "source")),
                             sim::quoted(tt.cell(r, "target")), first->second));
    ImportedTie tie;
    const bool values = readTieValues(tt, r, d.fullState, tie);
    if (!ends || !fresh || !values) continue;
    std::tie(tie.source, tie.target) = *ends;
    d.ties.push_back(tie);
  }
}

// A tie-store state must fit network.max_ties slots per person, each slot used once. The ties'
// ends are still indices into the staff file's people.
void checkTieSlots(const CsvRows& tt, const PeopleRead& people, int maxTies, const OrganisationData& d) {
  if (!d.fullState) return;
  std::map<std::pair<int, int>, std::pair<int, int>> used;  // (person, slot) -> (partner, line)
  for (const auto& t : d.ties) {
    for (const auto& [person, slot, partner] :
         {std::tuple{t.source, t.sourceSlot, t.target}, std::tuple{t.target, t.targetSlot, t.source}}) {
      if (slot >= maxTies) {
        tt.problems->push_back(
            {tt.file, t.line,
             fmt::format("slot {} is beyond network.max_ties ({}); expected a slot below it", slot,
                         maxTies)});
        break;
      }
      const auto [it, fresh] = used.try_emplace({person, slot}, partner, t.line);
      if (!fresh && it->second.first != partner) {
        tt.problems->push_back(
            {tt.file, t.line,
             fmt::format("slot {} of {} is already taken on line {}", slot,
                         sim::quoted(people.people[static_cast<std::size_t>(person)].person.id),
                         it->second.second)});
        break;
      }
    }
  }
}

// d.staff in agent order: contiguous by unit in build order, the leader first, otherwise as in the
// file; the ties' ends become agents and respondents are those named as a source.
void placeAgents(PeopleRead people, OrganisationData& d) {
  std::vector<std::size_t> order(people.people.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& pa = people.people[a].person;
    const auto& pb = people.people[b].person;
    return pa.unit != pb.unit ? pa.unit < pb.unit : rank(pa.role) < rank(pb.role);
  });
  std::vector<int> agentOf(order.size());
  d.staff.clear();
  for (std::size_t k = 0; k < order.size(); ++k) {
    agentOf[order[k]] = static_cast<int>(k);
    d.staff.push_back(std::move(people.people[order[k]].person));
  }
  d.respondent.assign(d.staff.size(), 0);
  for (auto& t : d.ties) {
    t.source = agentOf[static_cast<std::size_t>(t.source)];
    t.target = agentOf[static_cast<std::size_t>(t.target)];
    d.respondent[static_cast<std::size_t>(t.source)] = 1;
  }
  d.respondents = static_cast<int>(std::count(d.respondent.begin(), d.respondent.end(), 1));
}

// Problems by file (in the order the files are read), then by line; one line's in the order found.
void sortProblems(Problems& problems, const OrganisationFiles& files) {
  const auto fileRank = [&](const std::string& file) {
    return file == files.units.string() ? 0 : (file == files.staff.string() ? 1 : 2);
  };
  std::stable_sort(problems.begin(), problems.end(), [&](const auto& a, const auto& b) {
    return std::make_pair(fileRank(a.file), a.line) < std::make_pair(fileRank(b.file), b.line);
  });
}

}  // namespace

std::string OrganisationProblem::message() const {
  return line > 0 ? fmt::format("{}:{}: {}", file, line, what) : fmt::format("{}: {}", file, what);
}

std::string sha256File(const std::filesystem::path& path) {
  return sha256Of(sim::readUserFile(path, "imported"));
}

OrganisationCheck checkOrganisation(const OrganisationFiles& files, int competenceDomains, int maxTies) {
  OrganisationCheck check;
  OrganisationData& d = check.data;
  Problems& problems = check.problems;
  const auto ut = readCsv(files.units, {"id", "sector", "kind"}, {"name", "parent"}, problems);
  UnitsRead units;
  if (ut) units = readUnits(*ut, d);
  const auto st = readCsv(
      files.staff, {"id", "unit", "role", "tenure"},
      {"capacity", "competence", "affiliation", "knowledge", "knowledge_day", "tenure_day", "visibility"},
      problems);
  PeopleRead people;
  if (st) {
    people = readPeople(*st, ut ? &*ut : nullptr, d, units, competenceDomains);
    check.staffRows = static_cast<int>(people.people.size());
    if (ut) checkLeaders(people, *st, *ut, d);
  }
  std::optional<CsvRows> tt;
  if (!files.ties.empty()) {
    tt = readCsv(files.ties, {"source", "target", "weight"},
                 {"kind", "floor", "set_day", "set_weight", "source_slot", "target_slot"}, problems);
    if (tt) readTies(*tt, st ? &*st : nullptr, people, check);
    if (tt) checkTieSlots(*tt, people, maxTies, d);
  }
  for (const std::optional<CsvRows>* t : std::initializer_list<const std::optional<CsvRows>*>{&ut, &st, &tt})
    if (*t) d.files.push_back(ImportedFile{(*t)->file, (*t)->sha256, static_cast<int>((*t)->rows.size())});
  sortProblems(problems, files);
  if (problems.empty()) {
    placeAgents(std::move(people), d);
  } else {  // what could be read, for a summary
    for (auto& p : people.people)
      if (p.person.unit >= 0) d.staff.push_back(std::move(p.person));
    std::set<int> sources;
    for (const auto& t : d.ties) sources.insert(t.source);
    d.respondents = static_cast<int>(sources.size());
  }
  return check;
}

OrganisationData readOrganisation(const OrganisationFiles& files, int competenceDomains, int maxTies) {
  OrganisationCheck check = checkOrganisation(files, competenceDomains, maxTies);
  if (check.problems.empty()) return std::move(check.data);
  std::vector<std::string> messages;
  messages.reserve(check.problems.size());
  for (const auto& p : check.problems) messages.push_back(p.message());
  throw sim::InputErrors(std::move(messages));
}

}  // namespace samsim::models
