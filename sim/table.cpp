#include "sim/table.hpp"

#include <cmath>
#include <stdexcept>

#include <fmt/format.h>

namespace samsim::sim {

std::string formatCell(const Cell& cell) {
  if (const auto* i = std::get_if<std::int64_t>(&cell)) return fmt::format("{}", *i);
  if (const auto* d = std::get_if<double>(&cell)) {
    if (std::isnan(*d)) return "";  // missing: not observed (never written as 0)
    if (*d == 0.0) return "0";      // no "-0"
    return fmt::format("{}", *d);   // shortest round-trip form
  }
  return csvEscape(std::get<std::string>(cell));
}

std::string csvEscape(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out(1, '"');
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

void Table::add(std::vector<Cell> row) {
  if (row.size() != m_columns.size())
    throw std::logic_error(fmt::format("Table::add: {} cells for {} columns", row.size(), m_columns.size()));
  m_rows.push_back(std::move(row));
}

std::string Table::csvHeader(const std::vector<std::string>& columns) {
  std::string line;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) line += ',';
    line += csvEscape(columns[i]);
  }
  return line + "\n";
}

std::string Table::csvLine(const std::vector<Cell>& row) {
  std::string line;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) line += ',';
    line += formatCell(row[i]);
  }
  return line + "\n";
}

void CsvRows::add(const std::vector<Cell>& row) {
  if (row.size() != m_columns.size())
    throw std::logic_error(
        fmt::format("CsvRows::add: {} cells for {} columns", row.size(), m_columns.size()));
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) m_text += ',';
    m_text += formatCell(row[i]);
  }
  m_text += '\n';
  m_ends.push_back(m_text.size());
}

std::string_view CsvRows::row(std::size_t k) const {
  const std::size_t begin = k == 0 ? 0 : m_ends[k - 1];
  return std::string_view(m_text).substr(begin, m_ends[k] - begin);
}

std::string Table::toCsv() const {
  std::string out = csvHeader(m_columns);
  for (const auto& row : m_rows) out += csvLine(row);
  return out;
}

}  // namespace samsim::sim
