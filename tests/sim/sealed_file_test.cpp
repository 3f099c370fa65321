// Sealed files: a run file cut short or altered is recognised as damaged (sim/sealed_file.hpp).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <fmt/format.h>

#include "sim/sealed_file.hpp"

using namespace samsim::sim;

TEST_CASE("FNV-1a 64 matches its published test vectors", "[sim][sealed]") {
  CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);
}

TEST_CASE("a sealed text reads back whole; truncated or altered text does not", "[sim][sealed]") {
  const std::string content = "point,scenario\n0,a\n1,b\n";
  const std::string text = sealed(content);
  REQUIRE(unseal(text) == content);
  CHECK(unseal(sealed("")) == std::string());
  for (std::size_t cut = 0; cut < text.size(); ++cut) {
    INFO("cut at " << cut);
    CHECK_FALSE(unseal(text.substr(0, cut)).has_value());
  }
  std::string altered = text;
  altered[3] = 'X';
  CHECK_FALSE(unseal(altered).has_value());
  CHECK_FALSE(unseal(content).has_value());  // an unsealed file (no seal line)

  const auto path = std::filesystem::temp_directory_path() / ("samsim_sealed_" + std::to_string(::getpid()));
  std::ofstream(path, std::ios::binary) << text;
  CHECK(readSealed(path) == content);
  std::filesystem::resize_file(path, text.size() - 5);
  CHECK_FALSE(readSealed(path).has_value());
  std::filesystem::remove(path);
  CHECK_FALSE(readSealed(path).has_value());
}

TEST_CASE("a labelled seal reads back only under its own label", "[sim][sealed]") {
  const std::string content = "point,scenario\n1,b\n";
  const std::string text = sealed(content, "p000001-r0000.summary");
  CHECK(text == content + "#samsim-seal of=p000001-r0000.summary bytes=19 fnv1a64=" +
                    fmt::format("{:016x}", fnv1a64(content)) + "\n");
  CHECK(unseal(text, "p000001-r0000.summary") == content);
  CHECK_FALSE(unseal(text, "p000000-r0000.summary").has_value());  // copied over another run's file
  CHECK_FALSE(unseal(text).has_value());
  CHECK_FALSE(unseal(sealed(content), "p000001-r0000.summary").has_value());
}
