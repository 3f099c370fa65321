#pragma once
// A set of the parts of a model's state, by index (< 32): what a step of a day declares it reads
// and writes. The model names its parts (an enum); this knows nothing of them but their index.
#include <cstdint>
#include <initializer_list>

namespace samsim::sim {

class PartSet {
 public:
  constexpr PartSet() = default;
  template <class Part>
  constexpr PartSet(std::initializer_list<Part> parts) {
    for (Part p : parts) m_bits |= bit(static_cast<int>(p));
  }
  template <class Part>
  [[nodiscard]] constexpr bool contains(Part p) const {
    return (m_bits & bit(static_cast<int>(p))) != 0;
  }
  [[nodiscard]] constexpr PartSet operator|(PartSet o) const { return PartSet(m_bits | o.m_bits); }
  [[nodiscard]] constexpr bool empty() const { return m_bits == 0; }

 private:
  constexpr explicit PartSet(std::uint32_t bits) : m_bits(bits) {}
  static constexpr std::uint32_t bit(int i) { return std::uint32_t{1} << i; }
  std::uint32_t m_bits = 0;
};

}  // namespace samsim::sim
