#pragma once
// Several problems of one input found at once (an organisation's CSV files), each one line naming
// file and line and what was expected there. A sim::InputError, so every caller that handles bad
// input handles it: what() is the first problem, saying how many more there are, for callers that
// show one line; the CLI prints each problem on its own line, up to kListedProblems.
#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "sim/input_error.hpp"

namespace samsim::sim {

// How many problems of one input are listed before "… and N more problems".
inline constexpr std::size_t kListedProblems = 50;

class InputErrors : public InputError {
 public:
  explicit InputErrors(std::vector<std::string> problems)
      : InputError(summary(problems)), m_problems(std::move(problems)) {}
  [[nodiscard]] const std::vector<std::string>& problems() const { return m_problems; }

 private:
  static std::string summary(const std::vector<std::string>& problems) {
    if (problems.empty()) return "bad input";
    if (problems.size() == 1) return problems.front();
    return problems.front() + " (and " + std::to_string(problems.size() - 1) + " more problems)";
  }
  std::vector<std::string> m_problems;
};

// The lines to print for `problems`: the first kListedProblems, then "… and N more problems".
inline std::vector<std::string> listedProblems(const std::vector<std::string>& problems) {
  const std::size_t shown = std::min(problems.size(), kListedProblems);
  std::vector<std::string> lines(problems.begin(), problems.begin() + static_cast<std::ptrdiff_t>(shown));
  if (problems.size() > shown)
    lines.push_back("… and " + std::to_string(problems.size() - shown) + " more problems");
  return lines;
}

}  // namespace samsim::sim
