#include "sim/sealed_file.hpp"

#include <cstdint>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace samsim::sim {

std::uint64_t fnv1a64(std::string_view data) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

namespace {

constexpr std::string_view kSeal = "#samsim-seal ";

std::string sealLine(std::string_view content, std::string_view label) {
  return fmt::format("{}{}{}{}bytes={} fnv1a64={:016x}", kSeal, label.empty() ? "" : "of=", label,
                     label.empty() ? "" : " ", content.size(), fnv1a64(content));
}

}  // namespace

std::string sealed(std::string_view content, std::string_view label) {
  return fmt::format("{}{}\n", content, sealLine(content, label));
}

std::optional<std::string> unseal(std::string_view text, std::string_view label) {
  if (text.empty() || text.back() != '\n') return std::nullopt;
  const auto lineStart = text.rfind('\n', text.size() - 2);
  const std::size_t start = lineStart == std::string_view::npos ? 0 : lineStart + 1;
  const std::string_view seal = text.substr(start, text.size() - 1 - start);
  const std::string_view content = text.substr(0, start);
  if (seal != sealLine(content, label)) return std::nullopt;
  return std::string(content);
}

std::optional<std::string> readSealed(const std::filesystem::path& path, std::string_view label) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return unseal(text.str(), label);
}

}  // namespace samsim::sim
