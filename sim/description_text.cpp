#include "sim/description_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "sim/input_error.hpp"

namespace samsim::sim {

std::string readDescription(const YAML::Node& node, const Origin& origin, const std::string& path) {
  std::string text = readString(node, origin, path);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  // UTF-8 was checked when the file was read: every byte that is not a continuation byte starts a
  // character.
  const auto characters = static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char b) { return (static_cast<unsigned char>(b) & 0xC0) != 0x80; }));
  const bool oneLine = std::none_of(
      text.begin(), text.end(), [](char b) { return static_cast<unsigned char>(b) < 0x20 || b == '\x7f'; });
  if (!oneLine || characters > kMaxDescriptionChars)
    throw InputError(fmt::format("{}{}: expected one line of plain text of at most {} characters, got {}",
                                 origin.prefix(), path, kMaxDescriptionChars,
                                 oneLine ? fmt::format("{} characters", characters)
                                         : std::string("a line break or control character")));
  return text;
}

std::string descriptionRange() {
  return fmt::format("at most {} characters", kMaxDescriptionChars);
}

}  // namespace samsim::sim
