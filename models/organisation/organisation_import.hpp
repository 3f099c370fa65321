#pragma once
// An organisation read from files instead of generated (docs/ODD.md §5 "Initialisation from data";
// README "Run the designs on your own organisation"): an org chart (units.csv), a staff list
// (staff.csv) and, optionally, a network survey (ties.csv). What the files leave out is completed
// by the model's own formation rules (organisation.cpp, network_formation.cpp), and the manifest
// says how much was completed. Every row that cannot be used is an input error naming file and
// line; nothing is dropped silently. One reader serves `run` (which stops on the problems) and
// `samsim check-org` (which lists them with a summary of what was read); both report every problem
// of the files at once. Only ids are kept from the files, and the manifest records their SHA-256
// hashes, never their contents.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "models/state/world.hpp"

namespace samsim::models {

enum class UnitKind : std::uint8_t { Line, SectorStaff, CentralStaff };

struct ImportedUnit {
  std::string id;
  int sector = 0;  // index into OrganisationData::sectors
  UnitKind kind = UnitKind::Line;
  int line = 0;  // line in units.csv, for messages
};

struct ImportedPerson {
  std::string id;
  int unit = 0;  // index into OrganisationData::units
  Role role = Role::Staff;
  double tenure = 0.0;
  std::optional<double> capacity;
  std::vector<double> competence;  // empty: drawn by the formation rules
  // State columns samsim writes when it exports a network (exact restart); optional.
  std::optional<int> affiliation;  // sector index
  std::optional<double> knowledge, visibility;
  std::optional<int> knowledgeDay, tenureDay;
};

struct ImportedTie {
  int source = 0;  // agent index
  int target = 0;
  double weight = 0.0;
  std::optional<double> floor;
  // Exact tie-store state (samsim exports): slot positions, day and weight of the last update.
  int setDay = 0;
  double setWeight = 0.0;
  int sourceSlot = -1, targetSlot = -1;
  int line = 0;  // line in ties.csv, for messages
};

struct ImportedFile {
  std::string path;
  std::string sha256;
  int rows = 0;
};

struct OrganisationData {
  std::vector<std::string> sectors;   // the organisation sector (central staff) last
  std::vector<ImportedUnit> units;    // in agent order: by sector, sector staff, central staff, line units
  std::vector<ImportedPerson> staff;  // in agent order: contiguous by unit, the leader first
  std::vector<ImportedTie> ties;
  bool hasTies = false;
  bool fullState = false;                // ties carry the tie store's slots: nothing is imputed
  std::vector<std::uint8_t> respondent;  // per agent: named as a source in ties.csv
  int respondents = 0;
  std::vector<ImportedFile> files;
};

struct OrganisationFiles {
  std::filesystem::path units, staff;
  std::filesystem::path ties;  // empty: no network survey
};

// A problem of the files: the file, its line (0: the file as a whole) and what was expected.
struct OrganisationProblem {
  std::string file;
  int line = 0;
  std::string what;
  [[nodiscard]] std::string message() const;  // "file:line: what"
};

// What reading the files found. `data` is complete and in agent order only when there are no
// problems; otherwise it holds what could be read (sectors, usable units, staff in file order),
// for a summary.
struct OrganisationCheck {
  OrganisationData data;
  std::vector<OrganisationProblem> problems;  // units, staff, ties file in turn, each by line
  int staffRows = 0;                          // rows of staff.csv with a person id
  int tieRows = 0;                            // answers in ties.csv
  int tiesToNobody = 0;                       // answers naming someone not in staff.csv
};

// Reads and checks the files (paths already resolved), going on past each problem so that every
// one is found. `competenceDomains` is municipality.competence_domains; `maxTies` is
// network.max_ties, which a tie-store state (ties.csv with slot columns) must fit.
OrganisationCheck checkOrganisation(const OrganisationFiles& files, int competenceDomains, int maxTies);

// The same for a run: the data, or sim::InputErrors listing every problem ("file:line: …").
OrganisationData readOrganisation(const OrganisationFiles& files, int competenceDomains, int maxTies);

// Makes `data` the scenario's organisation: its staff count and sectors (each weighted by its
// staff) replace municipality.staff and municipality.sectors.
void adoptOrganisation(Scenario& scenario, std::shared_ptr<const OrganisationData> data);

// Builds World's organisation from the scenario's imported data (in place of buildOrganisation).
void importOrganisation(World& w);
// Builds the informal network from the survey and completes it by formation (in place of
// formInitialNetwork); without ties.csv the whole network is formed by formInitialNetwork.
// Returns the number of ties the formation rules added.
long long importNetwork(World& w);

// The manifest's account of the import: file hashes, respondents, ties imputed for `seed`, and
// survey pairs the tie store could not keep (at most network.max_ties ties per person; a full row
// gives up its weakest tie).
nlohmann::json describeImport(const Scenario& scenario, std::uint64_t seed);

// SHA-256 of a file's bytes, lower-case hex (OpenSSL libcrypto).
std::string sha256File(const std::filesystem::path& path);

}  // namespace samsim::models
