#include "sim/atomic_file.hpp"

#include <unistd.h>

#include <system_error>

#include "sim/input_error.hpp"

namespace samsim::sim {
namespace {

std::filesystem::path temporaryFor(const std::filesystem::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp" + std::to_string(::getpid()));
}

}  // namespace

bool isTemporaryName(const std::string& fileName) {
  const auto tmp = fileName.rfind(".tmp");
  if (fileName.size() < 2 || fileName[0] != '.' || tmp == std::string::npos || tmp < 2) return false;
  const std::string pid = fileName.substr(tmp + 4);
  return !pid.empty() && pid.size() <= 10 && pid.find_first_not_of("0123456789") == std::string::npos;
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
  AtomicWriter writer(path);
  writer.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
  writer.commit();
}

AtomicWriter::AtomicWriter(std::filesystem::path path)
    : m_path(std::move(path)), m_tmp(temporaryFor(m_path)) {
  if (!m_path.parent_path().empty()) {
    std::error_code ec;
    std::filesystem::create_directories(m_path.parent_path(), ec);
    if (ec)
      throw InputError(m_path.parent_path().string() + ": cannot create output directory (" + ec.message() +
                       ")");
  }
  m_out.open(m_tmp, std::ios::binary | std::ios::trunc);
  if (!m_out) throw InputError(m_path.string() + ": cannot open for writing");
}

AtomicWriter::~AtomicWriter() {
  if (!m_committed) {
    m_out.close();
    std::error_code ec;
    std::filesystem::remove(m_tmp, ec);
  }
}

void AtomicWriter::commit() {
  m_out.flush();
  const bool ok = static_cast<bool>(m_out);
  m_out.close();
  if (!ok) throw InputError(m_path.string() + ": write failed (disk full?)");
  std::error_code ec;
  std::filesystem::rename(m_tmp, m_path, ec);
  if (ec) throw InputError(m_path.string() + ": cannot move finished file into place (" + ec.message() + ")");
  m_committed = true;
}

}  // namespace samsim::sim
