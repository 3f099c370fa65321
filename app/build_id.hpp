#pragma once
// The identity of the sources this binary was built from: "<git commit>", "<commit>-dirty-<hash of
// the uncommitted changes>", or "unknown (…)" outside a git checkout (cmake/build_id.cmake, run at
// every build). Recorded in manifests and in a sweep's identity, so results of two builds of a
// changed model never mix in one sweep.
namespace samsim::app {
extern const char* const kBuildId;
}  // namespace samsim::app
