#include "sim/output_directory.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/atomic_file.hpp"
#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::sim {
namespace {

namespace fs = std::filesystem;

std::string holderOf(int fd) {
  char buffer[256] = {};
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return "another samsim command";
  std::string text(buffer, static_cast<std::size_t>(n));
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return escaped(text, 120);
}

// The command that wrote a samsim manifest; nothing for a file samsim did not write (not JSON, or
// without samsim's version and command), which is never removed.
std::optional<std::string> manifestCommand(const fs::path& manifest) {
  std::ifstream in(manifest, std::ios::binary);
  const auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("command") || !json["command"].is_string() ||
      !json.contains("samsim_version") || !json["samsim_version"].is_string())
    return std::nullopt;
  return json["command"].get<std::string>();
}

}  // namespace

OutputDirectory::OutputDirectory(fs::path dir, std::string command, const std::vector<std::string>& foreign,
                                 const std::function<void()>& check)
    : m_dir(std::move(dir)) {
  const std::string name = sim::quoted(m_dir.string(), 200);
  std::error_code ec;
  if (fs::exists(m_dir, ec) && !fs::is_directory(m_dir, ec))
    throw InputError(fmt::format("{}: --out: expected a directory, found a file", name));
  fs::create_directories(m_dir, ec);
  if (ec)
    throw InputError(fmt::format("{}: --out: cannot create the output directory ({})", name, ec.message()));

  const fs::path lockPath = m_dir / ".samsim.lock";
  m_lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (m_lockFd < 0)
    throw InputError(
        fmt::format("{}: --out: cannot write in the output directory ({})", name, std::strerror(errno)));
  if (::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
    const std::string holder = holderOf(m_lockFd);
    ::close(m_lockFd);
    m_lockFd = -1;
    throw InputError(fmt::format("{}: --out: in use by {}; wait for it to finish or choose another directory",
                                 name, holder));
  }
  try {
    claim(command, foreign, check);
  } catch (...) {
    ::close(m_lockFd);
    m_lockFd = -1;
    throw;
  }
}

void OutputDirectory::claim(const std::string& command, const std::vector<std::string>& foreign,
                            const std::function<void()>& check) {
  const std::string name = sim::quoted(m_dir.string(), 200);
  std::error_code ec;
  const std::string who = fmt::format("samsim {} (pid {})\n", command, ::getpid());
  if (::ftruncate(m_lockFd, 0) != 0 || ::pwrite(m_lockFd, who.data(), who.size(), 0) < 0)
    throw InputError(
        fmt::format("{}: --out: cannot write in the output directory ({})", name, std::strerror(errno)));

  const fs::path manifest = m_dir / "manifest.json";
  std::string other;
  for (const auto& file : foreign)
    if (fs::exists(m_dir / file, ec)) other = file;
  if (other.empty() && fs::exists(manifest, ec)) {
    const auto previous = manifestCommand(manifest);
    if (!previous)
      other = "a manifest.json samsim did not write";
    else if (*previous != command)
      other = "manifest.json of samsim " + *previous;
  }
  if (!other.empty())
    throw InputError(
        fmt::format("{}: --out: holds the result of another command ({}); expected an empty "
                    "directory or one written by samsim {}",
                    name, escaped(other), command));
  if (check) check();
  fs::remove(manifest, ec);
  if (ec)
    throw InputError(fmt::format("{}: cannot remove the previous manifest.json ({})", name, ec.message()));
  removeStaleTemporaries();
}

OutputDirectory::~OutputDirectory() {
  if (m_lockFd >= 0) ::close(m_lockFd);  // releases the lock; the file stays (removing it would race)
}

void OutputDirectory::removeStaleTemporaries(const fs::path& sub) const {
  std::error_code ec;
  const fs::path where = m_dir / sub;
  if (!fs::is_directory(where, ec)) return;
  for (const auto& entry : fs::directory_iterator(where, ec)) {
    // Safe while we hold the lock: no other samsim process writes here.
    if (entry.is_regular_file(ec) && isTemporaryName(entry.path().filename().string()))
      fs::remove(entry.path(), ec);
  }
}

}  // namespace samsim::sim
