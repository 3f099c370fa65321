// `samsim holes` end to end: the binary's output on a small file, and exit code 2 with a one-line
// "file:line: what was expected" message for every kind of malformed edge list.
#include <sys/wait.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "analysis/network/edge_list_csv.hpp"
#include "sim/input_error.hpp"

namespace fs = std::filesystem;

namespace {

struct RunResult {
  int exitCode;
  std::string out;
  std::string err;
};

fs::path scratchDir() {
  fs::path dir = fs::temp_directory_path() / "samsim_test_analysis_network";
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

RunResult runHoles(const std::string& name, const std::string& csv, const std::string& extra = "") {
  const fs::path dir = scratchDir();
  const fs::path input = dir / (name + ".csv");
  std::ofstream(input) << csv;
  const std::string cmd = std::string("'") + SAMSIM_BINARY + "' holes '" + input.string() + "' " + extra +
                          " > '" + (dir / "out.txt").string() + "' 2> '" + (dir / "err.txt").string() + "'";
  const int status = std::system(cmd.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "out.txt"), slurp(dir / "err.txt")};
}

void expectBadInput(const std::string& name, const std::string& csv, const std::string& where) {
  INFO(name);
  const RunResult r = runHoles(name, csv);
  CHECK(r.exitCode == 2);
  CHECK(r.err.find(name + ".csv:" + where) != std::string::npos);
  CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);  // one line, no stack trace
  CHECK(r.out.empty());
}

}  // namespace

TEST_CASE("samsim holes writes one row per node in order of first appearance", "[cli][holes]") {
  const RunResult r = runHoles("path", "source,target,weight\nb,a,1\na,c,1\n");
  REQUIRE(r.exitCode == 0);
  CHECK(r.out ==
        "node,degree,constraint,effective_size,efficiency,hierarchy\n"
        "b,1,1,1,1,0\n"
        "a,2,0.5,2,1,0\n"
        "c,1,1,1,1,0\n");
}

TEST_CASE("samsim holes --directed --out writes the file", "[cli][holes]") {
  const fs::path out = scratchDir() / "directed_out.csv";
  fs::remove(out);
  const RunResult r =
      runHoles("directed", "x,y\nx,z\n", "--directed --threads 2 --out '" + out.string() + "'");
  REQUIRE(r.exitCode == 0);
  CHECK(r.out.empty());
  CHECK(slurp(out) ==
        "node,degree,constraint,effective_size,efficiency,hierarchy\n"
        "x,2,0.5,2,1,0\n"
        "y,1,1,1,1,0\n"
        "z,1,1,1,1,0\n");
}

TEST_CASE("samsim holes rejects malformed edge lists with exit 2 and file:line", "[cli][holes]") {
  expectBadInput("bad_number", "source,target,weight\na,b,1\nb,c,1.5x\n", "3:");
  expectBadInput("missing_column", "source,target,weight\na,b,1\nb,c\n", "3:");
  expectBadInput("one_column", "a\n", "1:");
  expectBadInput("negative_weight", "a,b,2\nb,c,-1\n", "2:");
  expectBadInput("nan_weight", "a,b,nan\n", "1:");
  expectBadInput("inf_weight", "a,b,1\n\na,c,inf\n", "3:");
  expectBadInput("empty_file", "", "1:");
  expectBadInput("header_only", "source,target,weight\n", "1:");
  expectBadInput("empty_label", "a,,1\n", "1:");
  expectBadInput("bad_header", "source,target,strength\na,b,1\n", "1:");
}

TEST_CASE("samsim holes: missing file is bad input too", "[cli][holes]") {
  const std::string cmd =
      std::string("'") + SAMSIM_BINARY + "' holes /nonexistent/edges.csv > /dev/null 2>&1";
  const int status = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(status) == 2);
}

TEST_CASE("edge list parser: quoting, CRLF, optional header", "[csv]") {
  const auto list =
      samsim::analysis::parseEdgeListCsv("\"Helse, Øst\",b\r\nb,\"c \"\"x\"\"\"\r\n", "mem.csv");
  REQUIRE(list.labels.size() == 3);
  CHECK(list.labels[0] == "Helse, Øst");
  CHECK(list.labels[2] == "c \"x\"");
  CHECK(list.edges[1].weight == 1.0);
  CHECK_THROWS_AS(samsim::analysis::parseEdgeListCsv("\"a,b\n", "mem.csv"), samsim::sim::InputError);
}

TEST_CASE("samsim holes --groups adds brokerage roles; bad group files are exit 2", "[cli][holes]") {
  const fs::path groups = scratchDir() / "groups.csv";
  std::ofstream(groups) << "node,group\na,health\nj,school\nb,culture\nunused,x\n";
  const RunResult r = runHoles("brokered", "a,j\nj,b\n", "--directed --groups '" + groups.string() + "'");
  REQUIRE(r.exitCode == 0);
  std::istringstream lines(r.out);
  std::string header, a, j;
  std::getline(lines, header);
  std::getline(lines, a);
  std::getline(lines, j);
  CHECK(header.find(",group,coordinator,coordinator_z,itinerant,") != std::string::npos);
  CHECK(header.substr(header.size() - 22) == ",brokerage,brokerage_z");
  // j brokers a -> b across three sectors: one liaison, nothing else.
  CHECK(j.rfind("j,2,0.5,2,1,0,school,0,", 0) == 0);
  CHECK(j.find(",1,") != std::string::npos);
  CHECK(a.find(",health,0,") != std::string::npos);

  std::ofstream(groups) << "node,group\na,health\nj,school\n";
  const RunResult missing = runHoles("brokered", "a,j\nj,b\n", "--groups '" + groups.string() + "'");
  CHECK(missing.exitCode == 2);
  CHECK(missing.err.find("groups.csv:3: node 'b'") != std::string::npos);
  std::ofstream(groups) << "a,health,extra\n";
  CHECK(runHoles("brokered", "a,j\nj,b\n", "--groups '" + groups.string() + "'").exitCode == 2);
}
