#include "app/serve/guarded_server.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "sim/text.hpp"

namespace samsim::app::serve {
namespace {

using Clock = std::chrono::steady_clock;

// Refused connections get their answer from a few threads of their own (so the 503 is read before
// the socket closes); beyond these they are closed at once.
constexpr int kMaxRefusing = 8;
constexpr std::string_view kBusy = "busy: too many connections; try again in a few seconds\n";

bool waitFor(socket_t sock, short events, long milliseconds) {
  pollfd entry{sock, events, 0};
  int ready = 0;
  do {
    ready = ::poll(&entry, 1, static_cast<int>(std::clamp(milliseconds, 0L, 3'600'000L)));
  } while (ready < 0 && errno == EINTR);
  return ready > 0;
}

void ipAndPort(const sockaddr_storage& address, socklen_t length, std::string& ip, int& port) {
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (::getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host.data(), host.size(),
                    service.data(), service.size(), NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host.data();
  port = std::atoi(service.data());
}

// One request's view of a connection: reads end at the request's deadline or its byte budget.
class DeadlineStream final : public httplib::Stream {
 public:
  DeadlineStream(socket_t sock, Clock::time_point deadline, std::size_t budget, long readMs, long writeMs)
      : m_sock(sock), m_deadline(deadline), m_budget(budget), m_readMs(readMs), m_writeMs(writeMs) {}

  bool is_readable() const override {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now()).count();
    const bool ready = left > 0 && waitFor(m_sock, POLLIN, std::min<long>(left, m_readMs));
    if (!ready && Clock::now() >= m_deadline) m_overrun = true;
    return ready;
  }
  bool is_writable() const override { return waitFor(m_sock, POLLOUT, m_writeMs) && peerStillThere(); }

  ssize_t read(char* ptr, size_t size) override {
    if (m_used == m_filled) {
      if (m_budget == 0) m_overrun = true;
      if (m_budget == 0 || !is_readable()) return -1;
      ssize_t got = 0;
      do {
        got = ::recv(m_sock, m_buffer.data(), std::min(m_buffer.size(), m_budget), 0);
      } while (got < 0 && errno == EINTR);
      if (got <= 0) return got;
      m_budget -= static_cast<std::size_t>(got);
      m_used = 0;
      m_filled = static_cast<std::size_t>(got);
    }
    const std::size_t n = std::min(size, m_filled - m_used);
    std::memcpy(ptr, m_buffer.data() + m_used, n);
    m_used += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!is_writable()) return -1;
    ssize_t sent = 0;
    do {
      sent = ::send(m_sock, ptr, size, MSG_NOSIGNAL);  // a closed page is an error, not SIGPIPE
    } while (sent < 0 && errno == EINTR);
    return sent;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (::getpeername(m_sock, reinterpret_cast<sockaddr*>(&address), &length) == 0)
      ipAndPort(address, length, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage address{};
    socklen_t length = sizeof(address);
    if (::getsockname(m_sock, reinterpret_cast<sockaddr*>(&address), &length) == 0)
      ipAndPort(address, length, ip, port);
  }
  socket_t socket() const override { return m_sock; }

  // The request ran past its deadline or its byte budget: what follows on the connection is not a
  // request to answer.
  [[nodiscard]] bool overrun() const { return m_overrun; }

 private:
  // False once the client has closed its side (a page that went away).
  [[nodiscard]] bool peerStillThere() const {
    if (!waitFor(m_sock, POLLIN, 0)) return true;
    char byte = 0;
    return ::recv(m_sock, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
  }

  socket_t m_sock;
  Clock::time_point m_deadline;
  std::size_t m_budget;
  long m_readMs;
  long m_writeMs;
  std::array<char, 4096> m_buffer{};
  std::size_t m_used = 0;
  std::size_t m_filled = 0;
  mutable bool m_overrun = false;
};

// The library's accept loop hands each socket to this queue, which runs the task at once:
// process_and_close_socket below decides whether the connection gets a thread.
class InlineQueue final : public httplib::TaskQueue {
 public:
  explicit InlineQueue(std::function<void()> onShutdown) : m_onShutdown(std::move(onShutdown)) {}
  void enqueue(std::function<void()> task) override { task(); }
  void shutdown() override { m_onShutdown(); }

 private:
  std::function<void()> m_onShutdown;
};

// Closes after the client has read the answer: closing with unread bytes from the client (a refused
// body, a request not yet read) would reset the connection and could lose the answer. Waits at
// most a second and reads at most a megabyte.
void closeGently(socket_t sock) {
  ::shutdown(sock, SHUT_WR);
  std::array<char, 4096> drain{};
  std::size_t drained = 0;
  const auto until = Clock::now() + std::chrono::seconds(1);
  while (Clock::now() < until && drained < (std::size_t{1} << 20) && waitFor(sock, POLLIN, 100)) {
    const ssize_t got = ::recv(sock, drain.data(), drain.size(), MSG_DONTWAIT);
    if (got <= 0) break;
    drained += static_cast<std::size_t>(got);
  }
  ::close(sock);
}

void refuse(socket_t sock) {
  const std::string answer = fmt::format(
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n"
      "Connection: close\r\n\r\n{}",
      kBusy.size(), kBusy);
  ::send(sock, answer.data(), answer.size(), MSG_NOSIGNAL);
  closeGently(sock);
}

// Set while a response that ends its connection is written (the library calls the post-routing
// handler on the connection's own thread, just before the response goes out).
thread_local bool t_closeAfterResponse = false;

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : m_limits(limits) {
  set_socket_options([](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  new_task_queue = [this] { return new InlineQueue([this] { joinFinished(true); }); };
  set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.get_header_value("Connection") == "close") t_closeAfterResponse = true;
  });
}

GuardedServer::~GuardedServer() {
  joinFinished(true);
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  joinFinished(false);
  const int serving = m_active.load();
  const bool refused = serving >= m_limits.maxConnections;
  if (refused && serving >= m_limits.maxConnections + kMaxRefusing) {
    ::close(sock);
    return false;
  }
  ++m_active;
  auto finished = std::make_shared<std::atomic<bool>>(false);
  std::lock_guard lock(m_mutex);
  m_workers.push_back({std::thread([this, sock, refused, finished] {
                         if (refused)
                           refuse(sock);
                         else
                           serveConnection(sock);
                         --m_active;
                         *finished = true;
                       }),
                       finished});
  return true;
}

void GuardedServer::serveConnection(socket_t sock) {
  try {
    for (std::size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
      if (!waitFor(sock, POLLIN, static_cast<long>(keep_alive_timeout_sec_) * 1000)) break;  // idle
      DeadlineStream stream(sock, Clock::now() + std::chrono::seconds(m_limits.requestSeconds),
                            m_limits.maxRequestBytes, static_cast<long>(read_timeout_sec_) * 1000,
                            static_cast<long>(write_timeout_sec_) * 1000);
      bool closed = false;
      t_closeAfterResponse = false;
      if (!process_request(stream, left == 1, closed, nullptr) || closed || stream.overrun() ||
          t_closeAfterResponse)
        break;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "samsim serve: a connection ended by an error: %s\n",
                 sim::escaped(e.what()).c_str());
  } catch (...) {
    std::fprintf(stderr, "samsim serve: a connection ended by an unknown error\n");
  }
  closeGently(sock);
}

void GuardedServer::joinFinished(bool all) {
  std::lock_guard lock(m_mutex);
  for (auto it = m_workers.begin(); it != m_workers.end();) {
    if (all || *it->finished) {
      it->thread.join();
      it = m_workers.erase(it);
    } else {
      ++it;
    }
  }
}

}  // namespace samsim::app::serve
