// The one rule for a clear difference (analysis/report/clear_difference.hpp), with hand figures, and
// the verdict table of the report and the terminal verdict of `samsim report` agreeing on the
// fixture `designs`.
#include "analysis/report/clear_difference.hpp"

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "analysis/report/verdict.hpp"

namespace fs = std::filesystem;
using samsim::analysis::Interval;
using namespace samsim::analysis::report;

TEST_CASE("Clear difference: the smallest difference that matters, per outcome, by hand", "[report][clear]") {
  // Days to resolve: 2 % of the value compared with; 20 days → 0.4 days.
  CHECK(smallestDifference(describeMetric("rmst_days"), 20.0) == Approx(0.4));
  // Critical services kept at 99.825 %: 5 % of the 0.175 % left undone = 0.00875 points.
  CHECK(smallestDifference(describeMetric("service_continuity"), 0.99825) == Approx(0.0000875));
  // Working days over capacity at 0.4 %: a share near zero is judged on itself, 5 % of 0.4 %.
  CHECK(smallestDifference(describeMetric("overload_share"), 0.004) == Approx(0.0002));
  // Cases solved at 71.5 %: 5 % of the 28.5 % unsolved.
  CHECK(smallestDifference(describeMetric("resolved_share"), 0.715) == Approx(0.01425));
  // An outcome the catalogue gives no value: 1 % of the value.
  CHECK(smallestDifference(describeMetric("issues_raised"), 1000.0) == Approx(10.0));
  CHECK(smallestDifference(describeMetric("rmst_days"), std::nan("")) == 0.0);
  CHECK(smallestDifferenceInWords(describeMetric("rmst_days")) == "2 % of the value");
  CHECK(smallestDifferenceInWords(describeMetric("service_continuity")) ==
        "5 % of what is left undone (of the share itself below 50 %)");
}

TEST_CASE("Clear difference: clear of zero and at least the smallest difference that matters",
          "[report][clear]") {
  const MetricInfo days = describeMetric("rmst_days");
  // 1.2 days sooner of 20, interval [−2.0, −0.5]: clear.
  CHECK(isClearDifference(Interval{4, -1.2, -2.0, -0.5}, 20.0, days));
  // The same mean with an interval across zero: not clear.
  CHECK_FALSE(isClearDifference(Interval{4, -1.2, -2.5, 0.1}, 20.0, days));
  // A tiny difference clear of zero but below the smallest that matters (0.3 < 0.4 days): not clear.
  CHECK_FALSE(isClearDifference(Interval{4, -0.3, -0.35, -0.25}, 20.0, days));
  CHECK(isClearDifference(Interval{4, -0.5, -0.55, -0.45}, 20.0, days));
  // One pair has no interval.
  CHECK_FALSE(isClearDifference(Interval{1, -5.0, std::nan(""), std::nan("")}, 20.0, days));
  // Services kept 99.846 % against 99.825 %: +0.021 points is 12 % less unmet critical demand, clear
  // (under a rule of 1 % of the value it would need a whole point).
  const MetricInfo services = describeMetric("service_continuity");
  CHECK(isClearDifference(Interval{10, 0.00021, 0.00015, 0.00027}, 0.99825, services));
  // +0.005 points is 3 % of the unmet demand: certain, yet too small to matter.
  CHECK_FALSE(isClearDifference(Interval{10, 0.00005, 0.00003, 0.00007}, 0.99825, services));
}

namespace {

// Per design row: the mark of each column, "best", "tied" or "".
using Marks = std::map<std::string, std::vector<std::string>>;

std::string collapsed(const std::string& text) {  // line breaks as spaces (the terminal wraps)
  std::string out;
  for (char c : text) out += c == '\n' ? ' ' : c;
  return out;
}

Marks terminalMarks(const std::string& out, const std::vector<std::string>& designs) {
  Marks marks;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);)
    for (const std::string& d : designs) {
      if (line.rfind(d + " ", 0) != 0) continue;
      // Cells are separated by two spaces or more; each ends in " *", " =" or a value.
      std::vector<std::string>& row = marks[d];
      for (std::size_t at = line.find("  "); at != std::string::npos;) {
        const std::size_t start = line.find_first_not_of(' ', at);
        if (start == std::string::npos) break;
        const std::size_t end = line.find("  ", start);
        const std::string cell = line.substr(start, end == std::string::npos ? end : end - start);
        row.push_back(cell.ends_with(" *") ? "best" : cell.ends_with(" =") ? "tied" : "");
        at = end;
      }
    }
  return marks;
}

Marks htmlMarks(const std::string& html, const std::vector<std::string>& designs) {
  Marks marks;
  for (const std::string& d : designs) {
    const std::size_t row = html.find("<tr><th scope=\"row\">" + d);
    REQUIRE(row != std::string::npos);
    const std::size_t end = html.find("</tr>", row);
    for (std::size_t td = html.find("<td", row); td < end; td = html.find("<td", td + 1)) {
      const std::string cell = html.substr(td, html.find("</td>", td) - td);
      marks[d].push_back(cell.find("class=\"mark\">best") != std::string::npos            ? "best"
                         : cell.find("class=\"mark tie\">tied best") != std::string::npos ? "tied"
                                                                                          : "");
    }
  }
  return marks;
}

}  // namespace

TEST_CASE("Clear difference: the report's verdict table and the terminal verdict agree", "[report][clear]") {
  const fs::path designs = fs::path(SAMSIM_SOURCE_DIR) / "tests/analysis/report/fixtures/designs";
  const fs::path dir = fs::temp_directory_path() / "samsim-clear-difference";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string command = std::string(SAMSIM_BINARY) + " report " + designs.string() + " --out " +
                              (dir / "report.html").string() + " > " + (dir / "stdout.txt").string();
  REQUIRE(WEXITSTATUS(std::system(command.c_str())) == 0);
  std::ifstream outFile(dir / "stdout.txt"), htmlFile(dir / "report.html");
  const std::string out((std::istreambuf_iterator<char>(outFile)), std::istreambuf_iterator<char>());
  const std::string html((std::istreambuf_iterator<char>(htmlFile)), std::istreambuf_iterator<char>());
  const std::vector<std::string> names{"line-only", "quick-drop", "coordinator-group"};
  const Marks terminal = terminalMarks(out, names), page = htmlMarks(html, names);
  for (const std::string& d : names) {
    INFO(d);
    REQUIRE(terminal.at(d).size() == 6);
    CHECK(terminal.at(d) == page.at(d));
  }
  // The fixture's verdict has a clear best, ties, and clear gains and losses in both.
  CHECK(terminal.at("coordinator-group")[0] == "best");
  CHECK(terminal.at("line-only")[3] == "tied");
  // The rule, stated once in the same words, in both.
  CHECK(collapsed(out).find(std::string(clearDifferenceRule())) != std::string::npos);
  CHECK(html.find(std::string(clearDifferenceRule())) != std::string::npos);
  for (const char* sentence :
       {"Compared with line-only, coordinator-group solves more cases (76.5 % against 71.5 %)",
        "Compared with line-only, quick-drop overloads staff less often (16.5 % against 21.5 %)"}) {
    CHECK(out.find(sentence) != std::string::npos);
    CHECK(html.find(sentence) != std::string::npos);
  }
  fs::remove_all(dir);
}
