#pragma once
// Outputs are written to a temporary file next to the target and renamed into place only when
// complete, so an interrupted run never leaves a half-written file that looks finished.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace samsim::sim {

// True for the temporary names this module writes (".NAME.tmpPID"), and for nothing else.
bool isTemporaryName(const std::string& fileName);

void writeFileAtomically(const std::filesystem::path& path, std::string_view content);

class AtomicWriter {
 public:
  explicit AtomicWriter(std::filesystem::path path);
  ~AtomicWriter();  // discards the temporary file unless commit() ran
  AtomicWriter(const AtomicWriter&) = delete;
  AtomicWriter& operator=(const AtomicWriter&) = delete;
  std::ofstream& stream() { return m_out; }
  void commit();

 private:
  std::filesystem::path m_path;
  std::filesystem::path m_tmp;
  std::ofstream m_out;
  bool m_committed = false;
};

}  // namespace samsim::sim
