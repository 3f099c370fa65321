# samsim_set_warnings(target): the project's warning set; errors in developer builds.
add_library(samsim_warnings INTERFACE)
add_library(samsim::warnings ALIAS samsim_warnings)
target_compile_options(samsim_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  # GCC 12 false positive on std::string concatenation inside libstdc++ (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
if(SAMSIM_DEVELOPER)
  target_compile_options(samsim_warnings INTERFACE -Werror)
endif()
if(SAMSIM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(SAMSIM_FUZZ)
  # Coverage for libFuzzer in every library, with ASan and UBSan to turn memory errors into findings.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
