// docs/ODD.md documents every scenario key of the schema (its parameter tables are generated from
// it: `samsim_odd_params` — see docs/ODD.md), with the schema's default, unit and source.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "models/scenario/scenario.hpp"

TEST_CASE("every schema key appears in docs/ODD.md with its source", "[models][docs]") {
  std::ifstream in("docs/ODD.md");
  REQUIRE(in.good());
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string doc = buf.str();
  for (const auto& e : samsim::models::scenarioSchema().entries()) {
    INFO(e.info.path);
    const auto at = doc.find("| `" + e.info.path + "` |");
    REQUIRE(at != std::string::npos);
    const auto line = doc.substr(at, doc.find('\n', at) - at);
    CHECK(line.find(e.info.source) != std::string::npos);
  }
}
