#pragma once
// Template part of design_spec.hpp.
#include <fmt/format.h>

#include "sim/random.hpp"

namespace samsim::app {

template <class File, class Pick>
void addDesignKeys(sim::Schema<File>& s, Pick spec, std::function<bool(const std::string&)> isKnown) {
  s.field(
       "design", [spec](File & f) -> auto& { return spec(f).design; })
      .oneOf({"grid", "latin_hypercube", "morris", "sobol"});
  s.field(
       "samples", [spec](File & f) -> auto& { return spec(f).samples; })
      .range(1, 1000000);
  s.field(
       "trajectories", [spec](File & f) -> auto& { return spec(f).trajectories; })
      .range(2, 100000);
  s.field(
       "levels", [spec](File & f) -> auto& { return spec(f).levels; })
      .range(2, 100);
  s.field(
       "candidates", [spec](File & f) -> auto& { return spec(f).candidates; })
      .range(2, 5000);
  s.field(
      "scramble", [spec](File & f) -> auto& { return spec(f).scramble; });
  s.field(
       "bootstrap", [spec](File & f) -> auto& { return spec(f).bootstrap; })
      .range(0, 100000);
  s.custom(
      "seed", "integer",
      [spec](File& f, const YAML::Node& node, const sim::Origin& origin) {
        spec(f).seed = sim::readInteger(node, origin, "seed");
        if (spec(f).seed < 0) sim::failInput(origin, "seed", sim::kSeedRangeText, node);
      },
      [spec](const File& f) {
        File copy = f;  // the picker takes a mutable file
        return nlohmann::json(spec(copy).seed);
      });
  s.custom(
       "parameters", "list",
       [spec, isKnown](File& f, const YAML::Node& node, const sim::Origin& origin) {
         if (!node.IsSequence() || node.size() == 0)
           sim::failInput(origin, "parameters", "a non-empty list", node);
         for (std::size_t i = 0; i < node.size(); ++i) {
           const sim::Origin at{origin.where.substr(0, origin.where.rfind(':')) + ":" +
                                std::to_string(node[i].Mark().line + 1)};
           spec(f).parameters.push_back(
               readParameter(node[i], at, fmt::format("parameters[{}]", i), isKnown));
         }
       },
       [](const File&) { return nlohmann::json(); })
      .required();
}

}  // namespace samsim::app
