#pragma once
// An output directory belongs to one command at a time and holds one result. Claiming it, before
// any work starts:
//   - creates it (a missing or read-only parent is bad input, reported at once, not after the runs);
//   - takes an exclusive lock (DIR/.samsim.lock, which records who holds it): a second command
//     into the same directory stops with a message naming the holder instead of mixing files;
//   - refuses a directory that holds the result of another kind of command, or one the command's
//     own check refuses (a sweep that would not resume the sweep found there), leaving it untouched;
//   - removes the finished marker (manifest.json) first, so a failed run never leaves an old
//     manifest beside new data;
//   - removes temporaries this program left behind when killed (exact pattern of atomic_file).
// The lock is released when the object is destroyed (or the process ends).
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace samsim::sim {

class OutputDirectory {
 public:
  // `command` names the holder in messages and in the manifest check ("run", "sweep", …);
  // `foreign` lists files or folders whose presence means another kind of result lives here;
  // `check`, when given, runs under the lock before anything is removed and throws InputError to
  // refuse the directory as it is. Throws InputError.
  OutputDirectory(std::filesystem::path dir, std::string command, const std::vector<std::string>& foreign,
                  const std::function<void()>& check = {});
  ~OutputDirectory();
  OutputDirectory(const OutputDirectory&) = delete;
  OutputDirectory& operator=(const OutputDirectory&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return m_dir; }
  // Removes `.NAME.tmpPID` files of atomic_file in `sub` (relative to the directory), nothing else.
  void removeStaleTemporaries(const std::filesystem::path& sub = {}) const;

 private:
  void claim(const std::string& command, const std::vector<std::string>& foreign,
             const std::function<void()>& check);
  std::filesystem::path m_dir;
  int m_lockFd = -1;
};

}  // namespace samsim::sim
