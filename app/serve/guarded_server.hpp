#pragma once
// cpp-httplib's server with the limits a server that careless or hostile clients can reach needs,
// which the library (0.11) does not give:
//   - at most `maxConnections` connections are served at once, each on its own thread; one more is
//     answered 503 at once and closed, so neither a flood nor a few slow clients can queue a normal
//     request behind them (the library's fixed pool of 8 threads could be filled by 8 slow senders);
//   - a request's line, headers and body must arrive within `requestSeconds` of its first byte, so a
//     client trickling a header line every few seconds cannot hold a connection;
//   - a request may send at most `maxRequestBytes` (line, headers and body): reads beyond fail, so no
//     body, chunked or not, is read past the limit; a request that overran its deadline or budget,
//     and any response marked `Connection: close` (a handler that left a body unread says so), end
//     the connection rather than reading what follows as the next request;
//   - the port is this server's alone (SO_REUSEADDR, never SO_REUSEPORT): a second server on the same
//     port fails to bind instead of sharing its requests;
//   - a failure while answering one connection (an exception from a handler's streamed content)
//     ends that connection only, never the server.
// The post-routing handler is this class's (it watches for `Connection: close`); do not replace it.
#include <httplib.h>

#include <atomic>
#include <cstddef>
#include <list>
#include <mutex>
#include <thread>

namespace samsim::app::serve {

struct ConnectionLimits {
  int maxConnections = 32;
  int requestSeconds = 10;
  std::size_t maxRequestBytes = std::size_t{80} * 1024;
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits);
  ~GuardedServer() override;
  GuardedServer(const GuardedServer&) = delete;
  GuardedServer& operator=(const GuardedServer&) = delete;

  // Connections being served now (for tests and the log).
  [[nodiscard]] int connections() const { return m_active; }

 private:
  // Called by the library's accept loop for every accepted socket (the task queue runs it inline).
  bool process_and_close_socket(socket_t sock) override;
  void serveConnection(socket_t sock);
  void joinFinished(bool all);

  ConnectionLimits m_limits;
  std::atomic<int> m_active{0};
  struct Worker {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> finished;
  };
  std::mutex m_mutex;
  std::list<Worker> m_workers;
};

}  // namespace samsim::app::serve
