#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include "sim/input_error.hpp"
#include "sim/params.hpp"

using namespace samsim::sim;

namespace {

struct Config {
  int count = 3;
  double rate = 0.5;
  bool on = false;
  std::string mode = "a";
  struct Inner {
    std::uint64_t seed = 7;
  } inner;
};

Schema<Config> schema() {
  Schema<Config> s;
  s.field(
       "count", [](Config & c) -> auto& { return c.count; })
      .range(1, 10)
      .required();
  s.field(
       "rate", [](Config & c) -> auto& { return c.rate; })
      .range(0, 1);
  s.field(
      "on", [](Config & c) -> auto& { return c.on; });
  s.field(
       "mode", [](Config & c) -> auto& { return c.mode; })
      .oneOf({"a", "b"});
  s.field(
      "inner.seed", [](Config & c) -> auto& { return c.inner.seed; });
  return s;
}

std::filesystem::path write(const std::string& text) {
  static int counter = 0;
  auto path = std::filesystem::temp_directory_path() /
              ("samsim_params_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + ".yaml");
  std::ofstream(path) << text;
  return path;
}

std::string errorOf(const std::string& text, const std::vector<std::string>& overrides = {}) {
  const auto path = write(text);
  try {
    auto doc = YamlDocument::fromFile(path);
    const auto s = schema();
    for (const auto& o : overrides) doc.applyOverride(o, [&](const std::string& p) { return s.isKnown(p); });
    s.load(doc);
  } catch (const InputError& e) {
    std::string message = e.what();
    const auto at = message.find(path.string());
    if (at != std::string::npos) message.replace(at, path.string().size(), "F");
    return message;
  }
  return "";
}

}  // namespace

TEST_CASE("defaults come from the struct, values from the file", "[params]") {
  auto doc = YamlDocument::fromFile(write("count: 4\ninner:\n  seed: 99\n"));
  const auto c = schema().load(doc);
  CHECK(c.count == 4);
  CHECK(c.rate == 0.5);
  CHECK(c.inner.seed == 99);
  const auto json = schema().toJson(c);
  CHECK(json["inner"]["seed"] == 99);
  CHECK(json["mode"] == "a");
}

TEST_CASE("overrides replace file values and create absent ones", "[params]") {
  auto doc = YamlDocument::fromFile(write("count: 4\n"));
  const auto s = schema();
  doc.applyOverride("count=6", [&](const std::string& p) { return s.isKnown(p); });
  doc.applyOverride("inner.seed=12", [&](const std::string& p) { return s.isKnown(p); });
  const auto c = s.load(doc);
  CHECK(c.count == 6);
  CHECK(c.inner.seed == 12);
}

TEST_CASE("every mistake gives one line naming place, key and expectation", "[params]") {
  CHECK(errorOf("count: 0\n") == "F:1: count: expected an integer in [1, 10], got '0'");
  CHECK(errorOf("count: 2.5\n") == "F:1: count: expected an integer, got '2.5'");
  CHECK(errorOf("count: 2\nrate: high\n") == "F:2: rate: expected a finite number, got 'high'");
  CHECK(errorOf("count: 2\nrate: .nan\n") == "F:2: rate: expected a finite number, got '.nan'");
  CHECK(errorOf("count: 2\non: yes\n") == "F:2: on: expected true or false, got 'yes'");
  CHECK(errorOf("count: 2\nmode: c\n") == "F:2: mode: expected one of a | b, got 'c'");
  CHECK(errorOf("count: 2\ncuont: 3\n") == "F:2: unknown key 'cuont' (did you mean 'count'?)");
  CHECK(errorOf("rate: 0.1\n") == "F: missing required key 'count' (expected an integer in [1, 10])");
  CHECK(errorOf("count: 2\ninner: 5\n") == "F:2: inner: expected a mapping of keys, got '5'");
  CHECK(errorOf("count: 2\ninner:\n  seed: -1\n") ==
        "F:3: inner.seed: expected a non-negative integer, got '-1'");
  CHECK(errorOf("count: [1, 2]\n") == "F:1: count: expected an integer, got a list");
  CHECK(errorOf("count:\n") == "F:1: count: expected an integer in [1, 10], got nothing");
  CHECK(errorOf("count: 2\n", {"count=11"}) ==
        "--set count=11: count: expected an integer in [1, 10], got '11'");
  CHECK(errorOf("count: 2\n", {"nope.x=1"}) == "--set nope.x=1: unknown key 'nope.x'");
  CHECK(errorOf("count: 2\n", {"count"}) == "--set count: expected KEY=VALUE with a dotted key");
  CHECK(errorOf("count: [1, 2\n").rfind("F:2: not valid YAML", 0) == 0);
  CHECK(errorOf("- 1\n- 2\n") == "F: expected a mapping of scenario keys at the top level");
}

TEST_CASE("closest path suggests only near misses", "[params]") {
  CHECK(closestPath("hub.sise", {"hub.size", "days"}) == "hub.size");
  CHECK(closestPath("completely.different", {"hub.size", "days"}).empty());
}
