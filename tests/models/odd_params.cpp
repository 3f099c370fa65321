// Prints docs/ODD.md's parameter tables from the scenario schema (tests/models/odd_tables.hpp);
// scripts/odd-params.sh writes them into docs/ODD.md, odd_doc_test.cpp checks the document equals them.
#include <iostream>

#include "tests/models/odd_tables.hpp"

int main() {
  std::cout << samsim::test::oddParameterTables();
}
