// docs/ODD.md's parameter tables are the scenario schema's (tests/models/odd_tables.hpp): every key's
// row carries the schema's default, unit, range, source and meaning, and the tables hold no other
// row. After a change to the schema, scripts/odd-params.sh regenerates them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/models/odd_tables.hpp"

namespace {

std::string oddDocument() {
  std::ifstream in("docs/ODD.md");
  REQUIRE(in.good());
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// The lines of `text` (without their newlines).
std::vector<std::string> linesOf(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("every schema key's row in docs/ODD.md has the schema's default, unit and source",
          "[models][docs]") {
  const std::string doc = oddDocument();
  const samsim::models::Scenario defaults;
  for (const auto& e : samsim::models::scenarioSchema().entries()) {
    INFO(e.info.path << ": run scripts/odd-params.sh after a release build");
    const auto at = doc.find("\n| `" + e.info.path + "` |");
    REQUIRE(at != std::string::npos);
    const auto line = doc.substr(at + 1, doc.find('\n', at + 1) - at - 1);
    CHECK(line == samsim::test::oddRow(e, defaults));
  }
}

TEST_CASE("docs/ODD.md's parameter tables are the generated ones, line for line", "[models][docs]") {
  const std::string doc = oddDocument();
  const auto start = doc.find("#### `run`");
  REQUIRE(start != std::string::npos);
  const auto documented = linesOf(doc.substr(start));
  const auto generated = linesOf(samsim::test::oddParameterTables());
  for (std::size_t i = 0; i < std::min(documented.size(), generated.size()); ++i) {
    INFO("docs/ODD.md from '#### `run`', line " << i + 1
                                                << ": run scripts/odd-params.sh after a release build");
    REQUIRE(documented[i] == generated[i]);
  }
  CHECK(documented.size() == generated.size());
}
