#pragma once
// The workshop web server (`samsim serve`): one page, a few JSON endpoints and a streamed run.
//   GET  /               the page (chart library inlined; nothing is fetched from elsewhere)
//   GET  /api/setup      designs, their current values and the controls (from the schema)
//   POST /api/scenarios  the three scenario files of a request, as JSON {role: yaml}
//   POST /api/run        the comparison as server-sent events: queued…, started, progress…, done
// A bad request gets HTTP 400 and one escaped line naming the key and what was expected; a body over
// 64 KB (with a length, chunked or neither) gets 413. A run stops when its page goes away (the next
// event cannot be written) or when the server stops. A run that cannot be written under --out (a full
// disk, the folder replaced) tells its own page so and leaves no partial folder; the server and the
// other runs carry on. Connections are bounded in number and in time (guarded_server.hpp).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "app/serve/guarded_server.hpp"
#include "app/serve/workshop_plan.hpp"

namespace samsim::app::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::filesystem::path out = "out/serve";
  std::filesystem::path scenariosDir = "scenarios";
  std::vector<std::string> files;  // further base designs from the command line
  int threads = 0;                 // per run; 0 = all cores
  int maxRunning = 1;
  int maxWaiting = 4;
  Limits limits;
  ConnectionLimits connections;
};

class WorkshopServer {
 public:
  // Throws sim::InputError for bad designs and for an --out that is not a folder samsim can write to.
  explicit WorkshopServer(ServeOptions options);
  ~WorkshopServer();
  WorkshopServer(const WorkshopServer&) = delete;
  WorkshopServer& operator=(const WorkshopServer&) = delete;

  // Binds the listening socket; returns the port. Throws sim::InputError when it cannot (the port is
  // in use, also by another samsim serve, or the address is not this computer's).
  int bind();
  // Serves until stop() (call bind() first).
  void run();
  // Thread-safe: ends running jobs at their next replicate boundary and stops listening.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace samsim::app::serve
