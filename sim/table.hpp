#pragma once
// Tidy tables and their CSV form. Numbers are written in the shortest form that reads back to the
// same double, so output is byte-identical whenever the values are.
#include <cstdint>
#include <string>
#include <string_view>
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

// A table kept as CSV text rather than cells, for records too large to hold as cells (a row per
// case, or per person and sample day: millions of rows). Cells are written as Table writes them.
class CsvRows {
 public:
  explicit CsvRows(std::vector<std::string> columns) : m_columns(std::move(columns)) {}
  void add(const std::vector<Cell>& row);  // throws std::logic_error on a column-count mismatch
  [[nodiscard]] const std::vector<std::string>& columns() const { return m_columns; }
  [[nodiscard]] std::size_t rowCount() const { return m_ends.size(); }
  // Row k as CSV, with its final newline (a quoted cell may hold newlines of its own).
  [[nodiscard]] std::string_view row(std::size_t k) const;

 private:
  std::vector<std::string> m_columns;
  std::string m_text;
  std::vector<std::size_t> m_ends;  // one past each row's newline
};

}  // namespace samsim::sim
