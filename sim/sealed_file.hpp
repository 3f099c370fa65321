#pragma once
// Files that a later command reads back as finished work (a sweep's per-run files) end with a
// seal line carrying their length and checksum. A file cut short by a full disk or a crash, or
// altered afterwards, fails the check and is redone instead of being trusted.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace samsim::sim {

// `content` followed by the seal line "#samsim-seal bytes=N fnv1a64=HEX\n", or with a label (what
// the file holds, e.g. a sweep's run "p000003-r0001.summary"; no spaces or line breaks)
// "#samsim-seal of=LABEL bytes=N fnv1a64=HEX\n".
std::string sealed(std::string_view content, std::string_view label = {});
// The content of a sealed file without its seal; nullopt if the file is missing, has no seal, its
// length or checksum do not match, or it is sealed with another label (a file copied over another).
std::optional<std::string> readSealed(const std::filesystem::path& path, std::string_view label = {});
std::optional<std::string> unseal(std::string_view text, std::string_view label = {});

// FNV-1a, 64 bit (a checksum against damage, not a cryptographic hash).
std::uint64_t fnv1a64(std::string_view data);

}  // namespace samsim::sim
