// CsvFile: RFC 4180 reading and the one-line errors that name file and line.
#include <catch2/catch.hpp>

#include "analysis/report/csv_file.hpp"
#include "sim/input_error.hpp"

using samsim::analysis::report::CsvFile;
using samsim::analysis::report::parseNumber;
using samsim::sim::InputError;

TEST_CASE("CsvFile reads quoted fields, doubled quotes, CRLF and line breaks inside quotes",
          "[report][csv]") {
  const CsvFile f =
      CsvFile::parse("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\n\n3,,\n", "t.csv");
  REQUIRE(f.columns() == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(f.rowCount() == 3);
  CHECK(f.cell(0, 1) == "x, y");
  CHECK(f.cell(0, 2) == "say \"hi\"");
  CHECK(f.cell(1, 1) == "two\nlines");
  CHECK(f.cell(2, 1).empty());
  CHECK(f.cell(2, 2).empty());
  CHECK(f.lineOf(0) == 2);
  CHECK(f.lineOf(1) == 3);
  CHECK(f.lineOf(2) == 6);  // the quoted line break and the blank line both count
}

TEST_CASE("CsvFile strips a byte-order mark and accepts a missing final newline", "[report][csv]") {
  const CsvFile f = CsvFile::parse("\xEF\xBB\xBFscenario,value\nx,1", "t.csv");
  CHECK(f.findColumn("scenario") == 0u);
  CHECK(f.rowCount() == 1);
  CHECK(f.number(0, 1) == 1.0);
}

TEST_CASE("CsvFile errors name the file and the line", "[report][csv]") {
  CHECK_THROWS_WITH(CsvFile::parse("a,b\n1,2\n3\n", "dir/summary.csv"),
                    "dir/summary.csv:3: expected 2 fields as in the header, found 1");
  CHECK_THROWS_WITH(CsvFile::parse("a,b\n1,2,3\n", "s.csv"),
                    "s.csv:2: expected 2 fields as in the header, found 3");
  CHECK_THROWS_WITH(CsvFile::parse("a,b\n1,2\n\"open,2\n4,5\n", "s.csv"),
                    "s.csv:3: quoted field is never closed (expected a closing \")");
  CHECK_THROWS_WITH(CsvFile::parse("a,b\n1,x\"y\n", "s.csv"),
                    "s.csv:2: stray quote inside an unquoted field");
  CHECK_THROWS_WITH(CsvFile::parse("", "s.csv"), "s.csv: file is empty (expected a header row)");
  CHECK_THROWS_WITH(CsvFile::read("no/such/file.csv"), "no/such/file.csv: cannot open file");
  const CsvFile f = CsvFile::parse("scenario,issues_resolved\nx,12\ny,twelve\n", "s.csv");
  CHECK_THROWS_WITH(f.requireColumn("seed"), "s.csv:1: missing column 'seed' in the header");
  CHECK_THROWS_WITH(f.number(1, 1), "s.csv:3: column 'issues_resolved' expected a number, found 'twelve'");
  CHECK_THROWS_AS(f.number(1, 1), InputError);
}

TEST_CASE("Numbers: whole cell only, empty and non-finite are missing", "[report][csv]") {
  CHECK(parseNumber("-2.5e3") == -2500.0);
  CHECK(parseNumber("+4") == 4.0);
  CHECK_FALSE(parseNumber("4 days"));
  CHECK_FALSE(parseNumber(""));
  CHECK_FALSE(parseNumber("inf"));
  const CsvFile f = CsvFile::parse("m,t\n,a\nnan,b\n3,c\n", "s.csv");
  CHECK_FALSE(f.number(0, 0));
  CHECK_FALSE(f.number(1, 0));
  CHECK(f.isNumericColumn(0));
  CHECK_FALSE(f.isNumericColumn(1));
}
