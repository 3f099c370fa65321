#include "sim/text.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "sim/input_error.hpp"

namespace samsim::sim {
namespace {

// Length of the well-formed UTF-8 sequence at text[i] (RFC 3629, table 3-7 of Unicode), 0 if none.
std::size_t sequenceLength(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) lo = 0xA0;  // no overlong forms
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

}  // namespace

std::size_t invalidUtf8At(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequenceLength(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::size_t lineAt(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  return line;
}

std::string escaped(std::string_view text, std::size_t maxBytes) {
  std::string out;
  std::size_t i = 0;
  for (; i < text.size() && out.size() < maxBytes;) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t n = sequenceLength(text, i);
    if (n > 1) {
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    ++i;
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\0':
        out += "\\0";
        break;
      default:
        if (n == 0 || c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02X}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  if (i < text.size()) out += "…";
  return out;
}

std::string quoted(std::string_view text, std::size_t maxBytes) {
  return "'" + escaped(text, maxBytes) + "'";
}

std::string readUserFile(const std::filesystem::path& path, std::string_view what) {
  std::error_code ec;
  const bool directory = std::filesystem::is_directory(path, ec);
  std::ifstream in;
  if (!directory) in.open(path, std::ios::binary);
  if (directory || !in) {
    const bool missing = !directory && !std::filesystem::exists(path, ec) && !ec;
    const char* why = directory ? "it is a directory" : missing ? "no such file" : "not readable";
    throw InputError(fmt::format("{}: cannot open the {} file ({})", path.string(), what, why));
  }
  return readBounded(in, path, what);
}

std::string readBounded(std::istream& in, const std::filesystem::path& path, std::string_view what) {
  std::string text;
  std::string piece(std::size_t{1} << 20, '\0');
  while (in.read(piece.data(), static_cast<std::streamsize>(piece.size())) || in.gcount() > 0) {
    text.append(piece.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxUserFileBytes)
      throw InputError(fmt::format("{}: larger than {} MB; expected a {} file of at most that size",
                                   path.string(), kMaxUserFileBytes >> 20, what));
  }
  if (in.bad()) throw InputError(fmt::format("{}: cannot read the {} file", path.string(), what));
  return text;
}

std::string escapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += c;
        break;
      default:
        // Other control characters are not allowed in XML 1.0, even as references.
        if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F')
          out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
        else
          out += c;
    }
  }
  return out;
}

}  // namespace samsim::sim
