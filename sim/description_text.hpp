#pragma once
// A description: free text for people in a scenario or sweep file (`description:`,
// `description_nb:`), shown on one line of the terminal verdict, in a row of the report and under
// the workshop page's design picker. One or two sentences fit; a page of text or a line break does
// not, and is refused when the file is read.
#include <cstddef>
#include <string>

#include <yaml-cpp/yaml.h>

#include "sim/params.hpp"

namespace samsim::sim {

inline constexpr std::size_t kMaxDescriptionChars = 400;

// The text of `node`: one line (a YAML plain or quoted scalar, or a folded `>` block, whose final
// line break is dropped) of at most kMaxDescriptionChars Unicode characters ("æøå" count once).
// Throws InputError "<origin>: <path>: expected one line of plain text of at most 400 characters,
// got 512 characters".
std::string readDescription(const YAML::Node& node, const Origin& origin, const std::string& path);

// "at most 400 characters", the range shown in docs and --help.
std::string descriptionRange();

}  // namespace samsim::sim
