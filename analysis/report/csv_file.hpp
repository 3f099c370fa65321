#pragma once
// A CSV file with a header row, read whole for the report. Errors name the file and line, so a
// facilitator handed a broken output directory knows which file to regenerate.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace samsim::analysis::report {

class CsvFile {
 public:
  // Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF). Throws sim::InputError for a missing
  // or empty file, an unterminated quote, or a row whose field count differs from the header's.
  static CsvFile read(const std::filesystem::path& path);
  // Same, from text already in memory; `path` is only used in messages.
  static CsvFile parse(const std::string& text, const std::filesystem::path& path);

  [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
  [[nodiscard]] const std::vector<std::string>& columns() const { return m_columns; }
  [[nodiscard]] std::size_t rowCount() const { return m_rows.size(); }
  [[nodiscard]] const std::string& cell(std::size_t row, std::size_t column) const {
    return m_rows[row][column];
  }
  [[nodiscard]] std::size_t lineOf(std::size_t row) const { return m_lines[row]; }

  [[nodiscard]] std::optional<std::size_t> findColumn(const std::string& name) const;
  // Throws sim::InputError naming the file and the missing column.
  [[nodiscard]] std::size_t requireColumn(const std::string& name) const;
  // The cell as a number; nullopt for an empty cell. Throws sim::InputError naming file, line and
  // column when the cell is neither empty nor a number.
  [[nodiscard]] std::optional<double> number(std::size_t row, std::size_t column) const;
  // True when every non-empty cell of the column is a number (and at least one is).
  [[nodiscard]] bool isNumericColumn(std::size_t column) const;

  // Edits for reading files of earlier versions under today's names (earlier_columns.hpp).
  void renameColumn(std::size_t column, std::string name) { m_columns[column] = std::move(name); }
  void setCell(std::size_t row, std::size_t column, std::string value) {
    m_rows[row][column] = std::move(value);
  }

 private:
  std::filesystem::path m_path;
  std::vector<std::string> m_columns;
  std::vector<std::vector<std::string>> m_rows;
  std::vector<std::size_t> m_lines;  // 1-based line in the file where each row starts
};

// Parses a whole cell as a finite double ("1", "-2.5e3"); nullopt otherwise.
std::optional<double> parseNumber(const std::string& text);

}  // namespace samsim::analysis::report
