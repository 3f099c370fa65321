#pragma once
// Text that comes from users (scenario values, file names, CSV cells) is checked as UTF-8 when it
// is read, and echoed in messages quoted and escaped, so an error is always exactly one line.
#include <cstddef>
#include <filesystem>
#include <istream>
#include <string>
#include <string_view>

namespace samsim::sim {

// Byte offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
// forms, surrogates and code points above U+10FFFF included); npos when the text is valid.
std::size_t invalidUtf8At(std::string_view text);
inline bool isValidUtf8(std::string_view text) {
  return invalidUtf8At(text) == std::string_view::npos;
}

// 1-based line of byte `offset` in `text`.
std::size_t lineAt(std::string_view text, std::size_t offset);

// Control characters as \n, \t, \0, \xNN; bytes that are not UTF-8 as \xNN; longer than
// `maxBytes` cut with "…". The result holds no line break and no NUL.
std::string escaped(std::string_view text, std::size_t maxBytes = 200);
// escaped() in single quotes: 'value'.
std::string quoted(std::string_view text, std::size_t maxBytes = 80);

// The largest file a user names that samsim reads whole (an edge list, an organisation's CSV files,
// a result's tables): far above any real one, and refused before a huge or endless file (a 1 GB
// sparse file, /dev/zero) fills memory.
inline constexpr std::size_t kMaxUserFileBytes = std::size_t{256} << 20;

// The whole of a file the user named, as bytes. Throws InputError "PATH: cannot open the WHAT file
// (no such file | it is a directory | not readable)" — a directory opens as an empty stream on
// Linux, so it is named before opening — or "PATH: larger than 256 MB; …" after reading that much.
std::string readUserFile(const std::filesystem::path& path, std::string_view what);
// The rest of `in` in pieces, refused (InputError naming `path`) once it passes kMaxUserFileBytes.
std::string readBounded(std::istream& in, const std::filesystem::path& path, std::string_view what);

// Text for HTML or XML element content and quoted attribute values: & < > " ' as character
// references (&amp; &lt; &gt; &quot; &#39;), control characters other than tab and line breaks
// (not allowed in XML 1.0) as U+FFFD, everything else unchanged.
std::string escapeMarkup(std::string_view text);

}  // namespace samsim::sim
