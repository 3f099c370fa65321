#pragma once
// Tidy tables and their CSV form. Numbers are written in the shortest form that reads back to the
// same double, so output is byte-identical whenever the values are.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace samsim::sim {

using Cell = std::variant<std::int64_t, double, std::string>;

std::string formatCell(const Cell& cell);
std::string csvEscape(const std::string& text);

class Table {
 public:
  explicit Table(std::vector<std::string> columns) : m_columns(std::move(columns)) {}
  void add(std::vector<Cell> row);  // throws std::logic_error on a column-count mismatch
  [[nodiscard]] const std::vector<std::string>& columns() const { return m_columns; }
  [[nodiscard]] const std::vector<std::vector<Cell>>& rows() const { return m_rows; }
  [[nodiscard]] std::string toCsv() const;
  static std::string csvLine(const std::vector<Cell>& row);
  static std::string csvHeader(const std::vector<std::string>& columns);

 private:
  std::vector<std::string> m_columns;
  std::vector<std::vector<Cell>> m_rows;
};

}  // namespace samsim::sim
