// Descriptions in scenario and sweep files: one line of at most 400 characters, counted as
// characters (not bytes), with a one-line error naming the origin and the key otherwise.
#include <catch2/catch.hpp>

#include <string>

#include "sim/description_text.hpp"
#include "sim/input_error.hpp"

using namespace samsim::sim;

namespace {

std::string read(const std::string& yaml) {
  const YAML::Node root = YAML::Load(yaml);
  return readDescription(root["description"], Origin{"s.yaml:3"}, "description");
}

std::string repeated(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("a description is one line of plain text", "[params][description]") {
  CHECK(read("description: No coordination group.") == "No coordination group.");
  // A folded block is joined into one line; `>` keeps a final line break, which is dropped.
  CHECK(read("description: >-\n  No coordination\n  group.\n") == "No coordination group.");
  CHECK(read("description: >\n  No coordination\n  group.\n") == "No coordination group.");
  CHECK(read("description: \"Ingen samordningsgruppe: saker går tjenestevei.\"") ==
        "Ingen samordningsgruppe: saker går tjenestevei.");
}

TEST_CASE("a description is at most 400 characters, not bytes", "[params][description]") {
  // 400 × "ø" is 800 bytes of UTF-8 and 400 characters: accepted.
  CHECK(read("description: " + repeated("ø", 400)) == repeated("ø", 400));
  CHECK_THROWS_WITH(read("description: " + repeated("ø", 401)),
                    "s.yaml:3: description: expected one line of plain text of at most 400 characters, got "
                    "401 characters");
  CHECK(descriptionRange() == "at most 400 characters");
}

TEST_CASE("a description with a line break, or not text, is refused naming the key",
          "[params][description]") {
  CHECK_THROWS_WITH(read("description: |\n  First line.\n  Second line.\n"),
                    "s.yaml:3: description: expected one line of plain text of at most 400 characters, got a "
                    "line break or control character");
  CHECK_THROWS_WITH(read("description: \"tab\\there\""),
                    Catch::EndsWith("got a line break or control character"));
  CHECK_THROWS_AS(read("description: [a, b]"), InputError);
  CHECK_THROWS_WITH(read("description: [a, b]"), "s.yaml:3: description: expected a text value, got a list");
}
