#include <fmt/format.h>

#include "models/scenario/sections/section_builder.hpp"
#include "sim/input_error.hpp"

namespace samsim::models {

std::string originForCheck(const sim::YamlDocument& doc, const std::string& key,
                           std::initializer_list<const char*> dependsOn) {
  const sim::Origin own = doc.originOf(key);
  if (own.where.rfind("--set ", 0) == 0) return own.prefix();
  for (const char* other : dependsOn) {
    const sim::Origin origin = doc.originOf(other);
    if (origin.where.rfind("--set ", 0) == 0) return origin.prefix();
  }
  return own.prefix();
}

void failAcrossKeys(const sim::YamlDocument& doc, const std::string& key,
                    std::initializer_list<const char*> dependsOn, const std::string& expected,
                    const std::string& got) {
  throw sim::InputError(
      fmt::format("{}{}: expected {}, got {}", originForCheck(doc, key, dependsOn), key, expected, got));
}

}  // namespace samsim::models
