// libFuzzer entry point for samsim::fuzz::edgeListReader (fuzz/targets.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)samsim::fuzz::edgeListReader(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
