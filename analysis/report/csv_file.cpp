#include "analysis/report/csv_file.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "sim/input_error.hpp"
#include "sim/text.hpp"

namespace samsim::analysis::report {
namespace {

// Splits the text into records of fields; a record may span lines inside quotes.
struct Record {
  std::vector<std::string> fields;
  std::size_t line = 0;
};

std::vector<Record> splitRecords(const std::string& text, const std::filesystem::path& path) {
  std::vector<Record> records;
  Record current{{}, 1};
  std::string field;
  bool quoted = false;
  bool fieldWasQuoted = false;
  std::size_t line = 1;
  std::size_t quoteLine = 0;
  auto endRecord = [&] {
    current.fields.push_back(std::move(field));
    field.clear();
    fieldWasQuoted = false;
    const bool blank = current.fields.size() == 1 && current.fields[0].empty();
    if (!blank) records.push_back(std::move(current));
    current = Record{{}, line + 1};
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"') {
      if (!field.empty() || fieldWasQuoted)
        throw sim::InputError(
            fmt::format("{}:{}: stray quote inside an unquoted field", path.string(), line));
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (c == ',') {
      current.fields.push_back(std::move(field));
      field.clear();
      fieldWasQuoted = false;
    } else if (c == '\n') {
      endRecord();
      ++line;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      // CRLF: the '\n' ends the record.
    } else {
      field += c;
    }
  }
  if (quoted)
    throw sim::InputError(
        fmt::format("{}:{}: quoted field is never closed (expected a closing \")", path.string(), quoteLine));
  if (!field.empty() || !current.fields.empty()) endRecord();
  return records;
}

// Cells that stand for "no value": empty, or a non-finite number as C++ and pandas print it.
bool isMissing(const std::string& text) {
  return text.empty() || text == "nan" || text == "NaN" || text == "-nan" || text == "inf" || text == "-inf";
}

}  // namespace

std::optional<double> parseNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  const char* first = text.data();
  const char* last = first + text.size();
  if (*first == '+') ++first;  // from_chars rejects a leading '+', some writers emit it
  double value = 0.0;
  const auto [end, error] = std::from_chars(first, last, value);
  if (error != std::errc() || end != last || !std::isfinite(value)) return std::nullopt;
  return value;
}

CsvFile CsvFile::read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw sim::InputError(fmt::format("{}: cannot open file", path.string()));
  return parse(sim::readBounded(in, path, "CSV"), path);
}

CsvFile CsvFile::parse(const std::string& text, const std::filesystem::path& path) {
  // Cells end up in the page's JSON, which must be UTF-8: check here, where the line is known.
  if (const auto bad = sim::invalidUtf8At(text); bad != std::string::npos)
    throw sim::InputError(fmt::format("{}:{}: byte {} is not UTF-8; expected UTF-8 text", path.string(),
                                      sim::lineAt(text, bad), sim::quoted(text.substr(bad, 1))));
  std::vector<Record> records = splitRecords(text, path);
  if (records.empty())
    throw sim::InputError(fmt::format("{}: file is empty (expected a header row)", path.string()));
  CsvFile file;
  file.m_path = path;
  file.m_columns = std::move(records.front().fields);
  if (!file.m_columns.empty() && file.m_columns.front().starts_with("\xEF\xBB\xBF"))
    file.m_columns.front().erase(0, 3);  // UTF-8 byte-order mark from spreadsheet exports
  for (std::size_t r = 1; r < records.size(); ++r) {
    Record& record = records[r];
    if (record.fields.size() != file.m_columns.size())
      throw sim::InputError(fmt::format("{}:{}: expected {} fields as in the header, found {}", path.string(),
                                        record.line, file.m_columns.size(), record.fields.size()));
    file.m_rows.push_back(std::move(record.fields));
    file.m_lines.push_back(record.line);
  }
  return file;
}

std::optional<std::size_t> CsvFile::findColumn(const std::string& name) const {
  for (std::size_t c = 0; c < m_columns.size(); ++c)
    if (m_columns[c] == name) return c;
  return std::nullopt;
}

std::size_t CsvFile::requireColumn(const std::string& name) const {
  if (auto c = findColumn(name)) return *c;
  throw sim::InputError(fmt::format("{}:1: missing column '{}' in the header", m_path.string(), name));
}

std::optional<double> CsvFile::number(std::size_t row, std::size_t column) const {
  const std::string& text = m_rows[row][column];
  if (isMissing(text)) return std::nullopt;
  if (auto value = parseNumber(text)) return value;
  throw sim::InputError(fmt::format("{}:{}: column '{}' expected a number, found '{}'", m_path.string(),
                                    m_lines[row], m_columns[column], text));
}

bool CsvFile::isNumericColumn(std::size_t column) const {
  bool any = false;
  for (const auto& row : m_rows) {
    if (isMissing(row[column])) continue;
    if (!parseNumber(row[column])) return false;
    any = true;
  }
  return any;
}

}  // namespace samsim::analysis::report
