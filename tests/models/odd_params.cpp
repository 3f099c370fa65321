// Prints docs/ODD.md's parameter tables from the scenario schema (tests/models/odd_tables.hpp);
// scripts/odd-params.sh writes them into docs/ODD.md, odd_doc_test.cpp checks the document equals them.
// With --schedule, prints §3's table of the day's steps instead (scripts/odd-schedule.sh).
#include <iostream>
#include <string_view>

#include "models/schedule.hpp"
#include "tests/models/odd_tables.hpp"

int main(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--schedule") {
    std::cout << samsim::models::scheduleMarkdown();
    return 0;
  }
  std::cout << samsim::test::oddParameterTables();
}
