#pragma once
// An organisation read from files instead of generated (docs/ODD.md §5 "Initialisation from data";
// README "Run the designs on your own organisation"): an org chart (units.csv), a staff list
// (staff.csv) and, optionally, a network survey (ties.csv). What the files leave out is completed
// by the model's own formation rules (organisation.cpp, network_formation.cpp), and the manifest
// says how much was completed. Every row that cannot be used is an input error naming file and
// line; nothing is dropped silently. Only ids are kept from the files, and the manifest records
// their SHA-256 hashes, never their contents.
#include <cstdint>
#include <filesystem>
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

// Reads and checks the files (paths already resolved); throws sim::InputError "file:line: …".
// `competenceDomains` is the number of common domains (municipality.competence_domains).
OrganisationData readOrganisation(const std::filesystem::path& units, const std::filesystem::path& staff,
                                  const std::filesystem::path& ties, int competenceDomains);

// A tie-store state (ties.csv with slot columns) must fit network.max_ties slots per person, each
// slot used once; throws sim::InputError "ties.csv:line: …" otherwise.
void checkTieSlots(const OrganisationData& data, int maxTies);

// Builds World's organisation from the scenario's imported data (in place of buildOrganisation).
void importOrganisation(World& w);
// Builds the informal network from the survey and completes it by formation (in place of
// formInitialNetwork); without ties.csv the whole network is formed by formInitialNetwork.
// Returns the number of ties the formation rules added.
long long importNetwork(World& w);

// The manifest's account of the import: file hashes, respondents, ties imputed for `seed`.
nlohmann::json describeImport(const Scenario& scenario, std::uint64_t seed);

// SHA-256 of a file's bytes, lower-case hex (OpenSSL libcrypto).
std::string sha256File(const std::filesystem::path& path);

}  // namespace samsim::models
