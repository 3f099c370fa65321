#pragma once
// Strong ids for the things the issue flow names: a person (an agent index), an issue (an index
// into IssueBook::all) and a broad problem (an index into IssueBook::problems). Each is made from an
// int only explicitly and never turns back into one by itself, so a person cannot be passed where
// an issue is meant, and no number stands for two kinds of thing.
#include <compare>
#include <cstddef>
#include <cstdint>

namespace samsim::models {

template <class Tag>
class StrongId {
 public:
  constexpr StrongId() = default;  // none
  constexpr explicit StrongId(int value) : m_value(value) {}
  [[nodiscard]] constexpr int value() const { return m_value; }
  [[nodiscard]] constexpr std::size_t index() const { return static_cast<std::size_t>(m_value); }
  [[nodiscard]] constexpr bool valid() const { return m_value >= 0; }
  constexpr auto operator<=>(const StrongId&) const = default;

 private:
  std::int32_t m_value = -1;
};

using PersonId = StrongId<struct PersonTag>;
using IssueId = StrongId<struct IssueTag>;
using ProblemId = StrongId<struct ProblemTag>;

}  // namespace samsim::models
