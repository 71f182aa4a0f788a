// loadgen: the WebSocket load generator behind bench/run.sh. Plain C++17, Linux only, no Qt.
//
// One thread, one epoll set, non-blocking sockets. Every server it measures runs its
// WebSockets in one event loop (Duplex's server, QWebSocketServer, Tornado's IOLoop) and the
// benchmark machine has two cores: one thread here leaves the other core to the server, where
// more threads would only take turns on the same core and muddy the server's CPU figures.
// What keeps one thread ahead of the server is batching: every frame of a read is parsed in
// place, and the messages sent back go out together in one send(). The RESULT line reports the
// generator's own CPU next to the server's, so "never the bottleneck" can be checked per run.
//
// It speaks just enough RFC 6455 for a client: the upgrade (Sec-WebSocket-Accept checked),
// masked frames with a fresh mask each, server frames with 7/16/64-bit lengths, fragments,
// ping (answered with pong) and close. It only ever connects to 127.0.0.1.
//
// Modes (see usage()):
//   echo     C connections, K messages in flight on each, every reply checked byte for byte;
//            messages/s and latency over the measured window, after a warm-up
//   connect  C workers: connect, upgrade, Welcome!, close 1000, wait for the server's close
//            and EOF, again; full handshakes/s over the measured window
//   idle     N connections held open (READY <n> on stdout) until stdin gives a line or ends,
//            or --seconds pass; the driver reads the server's memory meanwhile
//   cycles   N connect/close cycles as in connect mode, C at once; count and rate
//
// Output: one "RESULT mode=... key=value ..." line on stdout; errors and notes on stderr.
// Exit status 0 when every check passed, 1 when any error was counted, 2 for bad usage.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cinttypes>
#include <csignal>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace {

using Nanos = std::int64_t;
constexpr Nanos nanosPerSecond = 1000000000;

Nanos monotonicNow()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return Nanos(ts.tv_sec) * nanosPerSecond + ts.tv_nsec;
}

Nanos secondsToNanos(double seconds)
{
    return Nanos(seconds * double(nanosPerSecond));
}

double nanosToSeconds(Nanos nanos)
{
    return double(nanos) / double(nanosPerSecond);
}

// ---------------------------------------------------------------------------------------------
// SHA-1 and Base64, only for the handshake's Sec-WebSocket-Key / Sec-WebSocket-Accept pair.

std::uint32_t rotateLeft(std::uint32_t value, int bits)
{
    return (value << bits) | (value >> (32 - bits));
}

std::array<std::uint8_t, 20> sha1(const std::string &input)
{
    std::uint32_t h[5] = { 0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u };
    std::string data = input;
    const std::uint64_t bitLength = std::uint64_t(input.size()) * 8;
    data.push_back(char(0x80));
    while (data.size() % 64 != 56)
        data.push_back('\0');
    for (int i = 7; i >= 0; --i)
        data.push_back(char(std::uint8_t(bitLength >> (8 * i))));

    for (std::size_t block = 0; block < data.size(); block += 64) {
        std::uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const auto *p = reinterpret_cast<const std::uint8_t *>(data.data() + block + 4 * i);
            w[i] = std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8
                    | std::uint32_t(p[3]);
        }
        for (int i = 16; i < 80; ++i)
            w[i] = rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            std::uint32_t f;
            std::uint32_t k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999u;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1u;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDCu;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6u;
            }
            const std::uint32_t next = rotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotateLeft(b, 30);
            b = a;
            a = next;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::array<std::uint8_t, 20> digest {};
    for (int i = 0; i < 20; ++i)
        digest[i] = std::uint8_t(h[i / 4] >> (24 - 8 * (i % 4)));
    return digest;
}

std::string base64(const std::uint8_t *bytes, std::size_t size)
{
    static const char alphabet[]
            = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string text;
    for (std::size_t i = 0; i < size; i += 3) {
        const std::uint32_t group = std::uint32_t(bytes[i]) << 16
                | (i + 1 < size ? std::uint32_t(bytes[i + 1]) << 8 : 0)
                | (i + 2 < size ? std::uint32_t(bytes[i + 2]) : 0);
        text.push_back(alphabet[(group >> 18) & 63]);
        text.push_back(alphabet[(group >> 12) & 63]);
        text.push_back(i + 1 < size ? alphabet[(group >> 6) & 63] : '=');
        text.push_back(i + 2 < size ? alphabet[group & 63] : '=');
    }
    return text;
}

std::string acceptFor(const std::string &key)
{
    const auto digest = sha1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return base64(digest.data(), digest.size());
}

// ---------------------------------------------------------------------------------------------

// xorshift64*: masks and keys need to differ, not to be secret.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed ? seed : 0x9E3779B97F4A7C15ull) { }
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }

private:
    std::uint64_t m_state;
};

// Log-linear latency histogram: exact below 64 ns, then 64 buckets per power of two (under
// 1.6 % error), so a run of any length costs a fixed 30 KiB and no allocation per message.
class Histogram
{
public:
    void record(Nanos value)
    {
        const auto v = std::uint64_t(std::max<Nanos>(value, 0));
        ++m_buckets[index(v)];
        ++m_count;
        m_max = std::max(m_max, v);
    }
    std::uint64_t count() const { return m_count; }
    double maxMicros() const { return double(m_max) / 1000.0; }
    // The upper edge of the bucket holding the p-th value, never above the largest seen.
    double percentileMicros(double p) const
    {
        if (m_count == 0)
            return 0.0;
        auto rank = std::uint64_t(p * double(m_count) + 0.999999);
        rank = std::clamp<std::uint64_t>(rank, 1, m_count);
        std::uint64_t seen = 0;
        for (std::size_t i = 0; i < bucketCount; ++i) {
            seen += m_buckets[i];
            if (seen >= rank)
                return double(std::min(upperEdge(i), m_max)) / 1000.0;
        }
        return maxMicros();
    }

private:
    static constexpr int subBits = 6;
    static constexpr std::size_t bucketCount = (64 - subBits + 1) << subBits;
    static std::size_t index(std::uint64_t v)
    {
        if (v < (1u << subBits))
            return std::size_t(v);
        const int exponent = 63 - __builtin_clzll(v);
        const int shift = exponent - subBits;
        return (std::size_t(shift + 1) << subBits) + ((v >> shift) & ((1u << subBits) - 1));
    }
    static std::uint64_t upperEdge(std::size_t i)
    {
        if (i < (1u << subBits))
            return i;
        const int shift = int(i >> subBits) - 1;
        const std::uint64_t sub = i & ((1u << subBits) - 1);
        return (((1ull << subBits) + sub + 1) << shift) - 1;
    }

    std::vector<std::uint64_t> m_buckets = std::vector<std::uint64_t>(bucketCount, 0);
    std::uint64_t m_count = 0;
    std::uint64_t m_max = 0;
};

// CPU time of another process (all its threads) from /proc/PID/stat, in clock ticks.
bool processCpuTicks(int pid, std::uint64_t *ticks)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", pid);
    FILE *file = std::fopen(path, "r");
    if (!file)
        return false;
    char line[4096];
    const std::size_t size = std::fread(line, 1, sizeof line - 1, file);
    std::fclose(file);
    line[size] = '\0';
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const char *p = std::strrchr(line, ')');
    if (!p)
        return false;
    ++p;
    std::uint64_t utime = 0;
    std::uint64_t stime = 0;
    for (int field = 3; field <= 15; ++field) {
        while (*p == ' ')
            ++p;
        if (!*p)
            return false;
        if (field == 14)
            utime = std::strtoull(p, nullptr, 10);
        else if (field == 15)
            stime = std::strtoull(p, nullptr, 10);
        while (*p && *p != ' ')
            ++p;
    }
    *ticks = utime + stime;
    return true;
}

Nanos ownCpuNanos()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (Nanos(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * nanosPerSecond
            + (Nanos(usage.ru_utime.tv_usec) + usage.ru_stime.tv_usec) * 1000;
}

// ---------------------------------------------------------------------------------------------

// printf onto the end of a string: the RESULT line is built piece by piece.
__attribute__((format(printf, 2, 3))) void appendFormat(std::string &line, const char *format, ...)
{
    char piece[512];
    std::va_list args;
    va_start(args, format);
    std::vsnprintf(piece, sizeof piece, format, args);
    va_end(args);
    line += piece;
}

enum class Mode { Echo, Connect, Idle, Cycles };

struct Options
{
    Mode mode = Mode::Echo;
    int port = 0;
    int connections = 50;
    int inflight = 1;
    std::size_t size = 64;
    double seconds = 10.0;
    bool secondsGiven = false;
    double warmup = 2.0;
    long count = 0; // idle: connections to hold; cycles: cycles to run
    int batch = 500; // connections being set up at once
    double timeout = 10.0; // for any one step: connect, upgrade, a reply, a close
    double deadline = 0.0; // for the whole run; 0: worked out from the others
    int serverPid = 0;
    bool binary = false;
    bool ignoreStdin = false;
};

enum class Phase { Free, Connecting, Upgrading, Greeting, Open, Closing };

const char *phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Free:
        return "free";
    case Phase::Connecting:
        return "connecting";
    case Phase::Upgrading:
        return "waiting for the 101 answer";
    case Phase::Greeting:
        return "waiting for Welcome!";
    case Phase::Open:
        return "open";
    case Phase::Closing:
        return "waiting for the server's close";
    }
    return "?";
}

bool isSetupPhase(Phase phase)
{
    return phase == Phase::Connecting || phase == Phase::Upgrading || phase == Phase::Greeting;
}

struct InFlight
{
    std::uint64_t sequence;
    Nanos sentAt;
};

struct Connection
{
    std::size_t slot = 0;
    int fd = -1;
    std::uint32_t generation = 0; // tells a stale epoll event from one for the slot's new socket
    Phase phase = Phase::Free;
    Nanos phaseSince = 0;
    Nanos startedAt = 0;
    Nanos lastReplyAt = 0;
    bool watchingWrites = false;
    bool closeSent = false;
    bool closeReceived = false;
    std::string expectedAccept;
    std::vector<std::uint8_t> in; // bytes of an incomplete frame or head
    std::vector<std::uint8_t> out;
    std::size_t outPos = 0;
    int fragmentOpcode = 0;
    std::vector<std::uint8_t> fragments;
    // Replies come back in order, so the messages in flight are a FIFO of K entries.
    std::vector<InFlight> ring;
    std::size_t ringHead = 0;
    std::size_t ringCount = 0;
    std::uint64_t measured = 0; // replies in the window, to show how evenly they were served
};

constexpr std::uint64_t stdinTag = 0xFFFFFFFFull;
constexpr int maxErrorsShown = 20;
constexpr long maxErrorsBeforeGivingUp = 1000; // connect/cycles: the server is plainly down

class LoadGenerator
{
public:
    explicit LoadGenerator(const Options &options)
        : m_options(options),
          m_random(std::uint64_t(monotonicNow()) ^ (std::uint64_t(getpid()) << 32)),
          m_readBuffer(256 * 1024), m_message(options.size)
    {
    }

    int run();

private:
    // Setting up and tearing down connections.
    void startConnection(Connection &c, Nanos now);
    void onConnected(Connection &c, Nanos now);
    void closeConnection(Connection &c);
    void fail(Connection &c, const char *format, ...) __attribute__((format(printf, 3, 4)));
    void error(const char *format, ...) __attribute__((format(printf, 2, 3)));
    void setPhase(Connection &c, Phase phase, Nanos now);
    void sendClose(Connection &c, Nanos now);

    // Bytes in and out.
    void onEvent(std::uint64_t tag, std::uint32_t events);
    void onReadable(Connection &c);
    void onEndOfStream(Connection &c, Nanos now);
    std::size_t consumeHead(Connection &c, const std::uint8_t *data, std::size_t size, Nanos now);
    std::size_t consumeFrames(Connection &c, const std::uint8_t *data, std::size_t size, Nanos now);
    void onFrame(Connection &c, bool fin, int opcode, const std::uint8_t *payload, std::size_t size,
                 Nanos now);
    void onMessage(Connection &c, int opcode, const std::uint8_t *payload, std::size_t size,
                   Nanos now);
    void appendFrame(Connection &c, int opcode, const std::uint8_t *payload, std::size_t size);
    void flush(Connection &c);
    void watchWrites(Connection &c, bool on);

    // Echo mode.
    void composeMessage(std::uint64_t sequence);
    void sendEchoMessage(Connection &c, Nanos now);
    void checkReply(Connection &c, int opcode, const std::uint8_t *payload, std::size_t size,
                    Nanos now);

    // The clock: warm-up, window, refills, time-outs.
    void tick(Nanos now);
    void openMore(Nanos now);
    void restartFreeSlots(Nanos now, long limit);
    void checkTimeouts(Nanos now);
    void beginShutdown(Nanos now);
    void sampleStart(Nanos now);
    void sampleEnd(Nanos now);
    void onStdin();
    int report(Nanos now);

    const Options m_options;
    Random m_random;
    int m_epoll = -1;
    std::vector<Connection> m_connections;
    std::vector<std::size_t> m_freeSlots;
    std::vector<std::uint8_t> m_readBuffer;
    std::vector<std::uint8_t> m_message;
    std::uint64_t m_nextSequence = 0;

    long m_started = 0; // connections (or cycles) begun
    long m_opened = 0; // connections that got their Welcome!
    long m_setupFailed = 0;
    int m_pending = 0; // connections in a setup phase
    long m_active = 0; // connections with a socket
    long m_errors = 0;
    long m_completed = 0; // connect/cycles: cycles that ended with the server's close
    bool m_deadlinePassed = false;

    // The measured window.
    Nanos m_begin = 0;
    bool m_running = false; // sending / starting cycles
    bool m_windowOpen = false;
    bool m_windowClosed = false;
    Nanos m_windowStart = 0;
    Nanos m_windowEnd = 0;
    Nanos m_measuredFrom = 0;
    Nanos m_measuredTo = 0;
    std::uint64_t m_serverTicksFrom = 0;
    std::uint64_t m_serverTicksTo = 0;
    bool m_serverCpuKnown = false;
    Nanos m_ownCpuFrom = 0;
    Nanos m_ownCpuTo = 0;
    std::uint64_t m_measuredCount = 0; // echo: replies; connect: cycles
    std::uint64_t m_mismatches = 0;
    Histogram m_latency;

    // Idle mode.
    bool m_ready = false;
    Nanos m_readyAt = 0;
    bool m_stdinDone = false;

    bool m_shuttingDown = false;
    bool m_finished = false;
    Nanos m_lastTimeoutScan = 0;
};

void LoadGenerator::error(const char *format, ...)
{
    ++m_errors;
    if (m_errors > maxErrorsShown) {
        if (m_errors == maxErrorsShown + 1)
            std::fprintf(stderr, "loadgen: further errors are counted, not shown\n");
        return;
    }
    std::va_list args;
    va_start(args, format);
    std::fprintf(stderr, "loadgen: error: ");
    std::vfprintf(stderr, format, args);
    std::fprintf(stderr, "\n");
    va_end(args);
}

void LoadGenerator::fail(Connection &c, const char *format, ...)
{
    char text[512];
    std::va_list args;
    va_start(args, format);
    std::vsnprintf(text, sizeof text, format, args);
    va_end(args);
    error("connection %zu (%s): %s", c.slot, phaseName(c.phase), text);
    if (isSetupPhase(c.phase))
        ++m_setupFailed;
    closeConnection(c);
}

void LoadGenerator::setPhase(Connection &c, Phase phase, Nanos now)
{
    if (isSetupPhase(c.phase) && !isSetupPhase(phase))
        --m_pending;
    else if (!isSetupPhase(c.phase) && isSetupPhase(phase))
        ++m_pending;
    c.phase = phase;
    c.phaseSince = now;
}

void LoadGenerator::startConnection(Connection &c, Nanos now)
{
    ++m_started;
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        ++m_setupFailed;
        error("socket(): %s", std::strerror(errno));
        if (m_options.mode == Mode::Connect || m_options.mode == Mode::Cycles)
            m_freeSlots.push_back(c.slot);
        return;
    }
    // Small frames both ways: without this, Nagle holds the next frame until the last is acked.
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    c.fd = fd;
    ++c.generation;
    ++m_active;
    c.startedAt = now;
    c.closeSent = false;
    c.closeReceived = false;
    c.in.clear();
    c.out.clear();
    c.outPos = 0;
    c.fragmentOpcode = 0;
    c.fragments.clear();
    c.ringHead = 0;
    c.ringCount = 0;
    setPhase(c, Phase::Connecting, now);

    epoll_event event {};
    event.events = EPOLLIN | EPOLLOUT;
    event.data.u64 = (std::uint64_t(c.generation) << 32) | c.slot;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        fail(c, "epoll_ctl: %s", std::strerror(errno));
        return;
    }
    c.watchingWrites = true;

    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(std::uint16_t(m_options.port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
        onConnected(c, now);
    else if (errno != EINPROGRESS)
        fail(c, "connect: %s", std::strerror(errno));
}

void LoadGenerator::onConnected(Connection &c, Nanos now)
{
    std::uint8_t keyBytes[16];
    for (int i = 0; i < 16; i += 8) {
        const std::uint64_t r = m_random.next();
        std::memcpy(keyBytes + i, &r, 8);
    }
    const std::string key = base64(keyBytes, sizeof keyBytes);
    c.expectedAccept = acceptFor(key);
    const std::string request
            = "GET /ws/ HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(m_options.port)
            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key
            + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    c.out.insert(c.out.end(), request.begin(), request.end());
    setPhase(c, Phase::Upgrading, now);
    flush(c);
}

void LoadGenerator::closeConnection(Connection &c)
{
    if (c.fd < 0)
        return;
    close(c.fd); // also leaves the epoll set: the socket was never duplicated
    c.fd = -1;
    ++c.generation;
    c.watchingWrites = false;
    setPhase(c, Phase::Free, c.phaseSince);
    --m_active;
    std::vector<std::uint8_t>().swap(c.in);
    std::vector<std::uint8_t>().swap(c.fragments);
    if (m_options.mode == Mode::Connect || m_options.mode == Mode::Cycles)
        m_freeSlots.push_back(c.slot);
}

void LoadGenerator::watchWrites(Connection &c, bool on)
{
    if (c.watchingWrites == on)
        return;
    epoll_event event {};
    event.events = EPOLLIN | (on ? EPOLLOUT : 0u);
    event.data.u64 = (std::uint64_t(c.generation) << 32) | c.slot;
    if (epoll_ctl(m_epoll, EPOLL_CTL_MOD, c.fd, &event) != 0) {
        fail(c, "epoll_ctl: %s", std::strerror(errno));
        return;
    }
    c.watchingWrites = on;
}

void LoadGenerator::flush(Connection &c)
{
    while (c.outPos < c.out.size()) {
        const ssize_t n
                = send(c.fd, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                watchWrites(c, true);
                return;
            }
            if ((errno == ECONNRESET || errno == EPIPE) && c.phase == Phase::Closing
                && c.closeReceived) {
                onEndOfStream(c, monotonicNow()); // as in onReadable()
                return;
            }
            fail(c, "send: %s", std::strerror(errno));
            return;
        }
        c.outPos += std::size_t(n);
    }
    c.out.clear();
    c.outPos = 0;
    watchWrites(c, false);
}

void LoadGenerator::appendFrame(Connection &c, int opcode, const std::uint8_t *payload,
                                std::size_t size)
{
    std::uint8_t head[14];
    std::size_t headSize = 0;
    head[headSize++] = std::uint8_t(0x80 | opcode);
    if (size < 126) {
        head[headSize++] = std::uint8_t(0x80 | size);
    } else if (size <= 0xFFFF) {
        head[headSize++] = 0x80 | 126;
        head[headSize++] = std::uint8_t(size >> 8);
        head[headSize++] = std::uint8_t(size);
    } else {
        head[headSize++] = 0x80 | 127;
        for (int i = 7; i >= 0; --i)
            head[headSize++] = std::uint8_t(std::uint64_t(size) >> (8 * i));
    }
    const auto maskWord = std::uint32_t(m_random.next() >> 16);
    std::uint8_t mask[4];
    std::memcpy(mask, &maskWord, 4);
    std::memcpy(head + headSize, mask, 4);
    headSize += 4;

    const std::size_t at = c.out.size();
    c.out.resize(at + headSize + size);
    std::uint8_t *dst = c.out.data() + at;
    std::memcpy(dst, head, headSize);
    dst += headSize;
    for (std::size_t i = 0; i < size; ++i)
        dst[i] = payload[i] ^ mask[i & 3];
}

void LoadGenerator::sendClose(Connection &c, Nanos now)
{
    static const std::uint8_t normalClosure[2] = { 0x03, 0xE8 }; // 1000
    appendFrame(c, 0x8, normalClosure, sizeof normalClosure);
    c.closeSent = true;
    setPhase(c, Phase::Closing, now);
}

void LoadGenerator::onEvent(std::uint64_t tag, std::uint32_t events)
{
    if (tag == stdinTag) {
        onStdin();
        return;
    }
    const auto slot = std::size_t(tag & 0xFFFFFFFFu);
    const auto generation = std::uint32_t(tag >> 32);
    Connection &c = m_connections[slot];
    if (c.fd < 0 || c.generation != generation)
        return; // for a socket closed earlier in this batch of events

    if (c.phase == Phase::Connecting) {
        const Nanos now = monotonicNow();
        if (events & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
            int socketError = 0;
            socklen_t length = sizeof socketError;
            getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &socketError, &length);
            if (socketError != 0)
                fail(c, "connect: %s", std::strerror(socketError));
            else
                onConnected(c, now);
        }
        return;
    }
    if (events & EPOLLOUT) {
        flush(c);
        if (c.generation != generation)
            return;
    }
    if (events & (EPOLLIN | EPOLLERR | EPOLLHUP))
        onReadable(c);
}

void LoadGenerator::onReadable(Connection &c)
{
    const ssize_t n = recv(c.fd, m_readBuffer.data(), m_readBuffer.size(), 0);
    const Nanos now = monotonicNow();
    if (n == 0) {
        onEndOfStream(c, now);
        return;
    }
    if (n < 0) {
        if (errno == ECONNRESET && c.phase == Phase::Closing && c.closeReceived) {
            // Both closes were said; a reset now is the server closing with a crossing frame
            // unread, not an error.
            onEndOfStream(c, now);
        } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            fail(c, "recv: %s", std::strerror(errno));
        }
        return;
    }
    // Parsed where it lies: straight from the read buffer unless part of a frame was waiting.
    const std::uint8_t *data = m_readBuffer.data();
    std::size_t size = std::size_t(n);
    const bool buffered = !c.in.empty();
    if (buffered) {
        c.in.insert(c.in.end(), m_readBuffer.data(), m_readBuffer.data() + n);
        data = c.in.data();
        size = c.in.size();
    }

    const std::uint32_t generation = c.generation;
    std::size_t used = 0;
    if (c.phase == Phase::Upgrading) {
        used = consumeHead(c, data, size, now);
        if (c.generation != generation)
            return;
    }
    if (c.phase != Phase::Upgrading) {
        used += consumeFrames(c, data + used, size - used, now);
        if (c.generation != generation)
            return;
    }
    if (buffered)
        c.in.erase(c.in.begin(), c.in.begin() + std::ptrdiff_t(used));
    else if (used < size)
        c.in.assign(data + used, data + size);
    if (!c.out.empty())
        flush(c);
}

void LoadGenerator::onEndOfStream(Connection &c, Nanos now)
{
    if (c.phase != Phase::Closing) {
        fail(c, "the server closed the TCP connection");
        return;
    }
    if (m_options.mode == Mode::Connect || m_options.mode == Mode::Cycles) {
        ++m_completed;
        if (now >= m_windowStart && now < m_windowEnd) {
            ++m_measuredCount;
            m_latency.record(now - c.startedAt);
        }
    }
    closeConnection(c);
}

std::size_t LoadGenerator::consumeHead(Connection &c, const std::uint8_t *data, std::size_t size,
                                       Nanos now)
{
    static const std::uint8_t blankLine[4] = { '\r', '\n', '\r', '\n' };
    const std::uint8_t *end = std::search(data, data + size, blankLine, blankLine + 4);
    if (end == data + size) {
        if (size > 16384)
            fail(c, "the answer's head is longer than 16 KiB");
        return 0;
    }
    const std::size_t headSize = std::size_t(end - data) + 4;
    std::string head(reinterpret_cast<const char *>(data), headSize);
    const std::string statusLine = head.substr(0, head.find("\r\n"));
    if (statusLine.compare(0, 13, "HTTP/1.1 101 ") != 0 && statusLine != "HTTP/1.1 101") {
        fail(c, "the upgrade was answered \"%s\"", statusLine.c_str());
        return headSize;
    }
    std::string lower = head;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char ch) { return char(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch); });
    const std::string name = "\r\nsec-websocket-accept:";
    const std::size_t at = lower.find(name);
    if (at == std::string::npos) {
        fail(c, "the 101 answer has no Sec-WebSocket-Accept");
        return headSize;
    }
    std::size_t from = at + name.size();
    std::size_t to = head.find("\r\n", from);
    while (from < to && (head[from] == ' ' || head[from] == '\t'))
        ++from;
    while (to > from && (head[to - 1] == ' ' || head[to - 1] == '\t'))
        --to;
    const std::string accept = head.substr(from, to - from);
    if (accept != c.expectedAccept) {
        fail(c, "Sec-WebSocket-Accept is \"%s\", expected \"%s\"", accept.c_str(),
             c.expectedAccept.c_str());
        return headSize;
    }
    setPhase(c, Phase::Greeting, now);
    return headSize;
}

std::size_t LoadGenerator::consumeFrames(Connection &c, const std::uint8_t *data, std::size_t size,
                                         Nanos now)
{
    const std::uint32_t generation = c.generation;
    std::size_t pos = 0;
    while (size - pos >= 2) {
        const std::uint8_t b0 = data[pos];
        const std::uint8_t b1 = data[pos + 1];
        if (b1 & 0x80) {
            fail(c, "the server sent a masked frame");
            return pos;
        }
        if (b0 & 0x70) {
            fail(c, "the server set reserved bits (0x%02x)", b0);
            return pos;
        }
        std::uint64_t length = b1 & 0x7F;
        std::size_t headSize = 2;
        if (length == 126) {
            if (size - pos < 4)
                break;
            length = std::uint64_t(data[pos + 2]) << 8 | data[pos + 3];
            headSize = 4;
        } else if (length == 127) {
            if (size - pos < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = length << 8 | data[pos + 2 + i];
            headSize = 10;
        }
        if (length > (std::uint64_t(1) << 30)) {
            fail(c, "the server announced a frame of %" PRIu64 " bytes", length);
            return pos;
        }
        if (size - pos - headSize < length)
            break;
        const std::uint8_t *payload = data + pos + headSize;
        pos += headSize + std::size_t(length);
        onFrame(c, (b0 & 0x80) != 0, b0 & 0x0F, payload, std::size_t(length), now);
        if (c.generation != generation)
            return pos;
    }
    return pos;
}

void LoadGenerator::onFrame(Connection &c, bool fin, int opcode, const std::uint8_t *payload,
                            std::size_t size, Nanos now)
{
    switch (opcode) {
    case 0x0:
        if (c.fragmentOpcode == 0) {
            fail(c, "a continuation frame with no message to continue");
            return;
        }
        c.fragments.insert(c.fragments.end(), payload, payload + size);
        if (fin) {
            const int messageOpcode = std::exchange(c.fragmentOpcode, 0);
            std::vector<std::uint8_t> message;
            message.swap(c.fragments);
            onMessage(c, messageOpcode, message.data(), message.size(), now);
        }
        return;
    case 0x1:
    case 0x2:
        if (c.fragmentOpcode != 0) {
            fail(c, "a new message inside a fragmented one");
            return;
        }
        if (fin) {
            onMessage(c, opcode, payload, size, now);
        } else {
            c.fragmentOpcode = opcode;
            c.fragments.assign(payload, payload + size);
        }
        return;
    case 0x8: {
        c.closeReceived = true;
        if (c.phase == Phase::Closing)
            return; // the answer to ours; the server closes the TCP connection next
        const int code = size >= 2 ? (payload[0] << 8 | payload[1]) : 1005;
        error("connection %zu (%s): the server closed the WebSocket (%d)", c.slot,
              phaseName(c.phase), code);
        if (isSetupPhase(c.phase))
            ++m_setupFailed;
        const std::uint8_t echoCode[2] = { std::uint8_t(code >> 8), std::uint8_t(code) };
        appendFrame(c, 0x8, echoCode, code == 1005 ? 0 : 2);
        c.closeSent = true;
        setPhase(c, Phase::Closing, now);
        return;
    }
    case 0x9:
        if (!fin || size > 125) {
            fail(c, "a fragmented or oversized ping");
            return;
        }
        if (!c.closeSent) // after our close, a pong only races the server's close
            appendFrame(c, 0xA, payload, size);
        return;
    case 0xA:
        return;
    default:
        fail(c, "unknown opcode 0x%x", opcode);
        return;
    }
}

void LoadGenerator::onMessage(Connection &c, int opcode, const std::uint8_t *payload,
                              std::size_t size, Nanos now)
{
    switch (c.phase) {
    case Phase::Greeting:
        if (opcode != 0x1 || size != 8 || std::memcmp(payload, "Welcome!", 8) != 0) {
            fail(c, "the first message is not the text \"Welcome!\"");
            return;
        }
        setPhase(c, Phase::Open, now);
        c.lastReplyAt = now;
        ++m_opened;
        if (m_options.mode == Mode::Connect || m_options.mode == Mode::Cycles)
            sendClose(c, now);
        else if (m_options.mode == Mode::Echo && m_running)
            for (int i = 0; i < m_options.inflight; ++i)
                sendEchoMessage(c, now);
        return;
    case Phase::Open:
        if (m_options.mode == Mode::Echo) {
            checkReply(c, opcode, payload, size, now);
            return;
        }
        error("connection %zu: an unexpected message of %zu bytes", c.slot, size);
        return;
    case Phase::Closing:
        return; // replies still on their way when we said goodbye
    default:
        fail(c, "a message before the upgrade finished");
        return;
    }
}

void LoadGenerator::composeMessage(std::uint64_t sequence)
{
    // The first letters spell the sequence number in base 26, so no two messages are alike;
    // the rest run through the alphabet from a point that moves with it.
    std::uint64_t rest = sequence;
    const std::size_t size = m_message.size();
    std::size_t i = 0;
    for (; i < size && i < 14; ++i) {
        m_message[i] = std::uint8_t('a' + rest % 26);
        rest /= 26;
    }
    auto letter = unsigned((sequence + i) % 26);
    for (; i < size; ++i) {
        m_message[i] = std::uint8_t('a' + letter);
        letter = letter == 25 ? 0 : letter + 1;
    }
}

void LoadGenerator::sendEchoMessage(Connection &c, Nanos now)
{
    const std::uint64_t sequence = m_nextSequence++;
    composeMessage(sequence);
    appendFrame(c, m_options.binary ? 0x2 : 0x1, m_message.data(), m_message.size());
    const std::size_t tail = (c.ringHead + c.ringCount) % c.ring.size();
    c.ring[tail] = { sequence, now };
    ++c.ringCount;
}

void LoadGenerator::checkReply(Connection &c, int opcode, const std::uint8_t *payload,
                               std::size_t size, Nanos now)
{
    if (c.ringCount == 0) {
        error("connection %zu: a reply to nothing (%zu bytes)", c.slot, size);
        return;
    }
    const InFlight sent = c.ring[c.ringHead];
    c.ringHead = (c.ringHead + 1) % c.ring.size();
    --c.ringCount;
    c.lastReplyAt = now;

    const int expectedOpcode = m_options.binary ? 0x2 : 0x1;
    bool same = opcode == expectedOpcode && size == m_message.size();
    std::size_t at = 0;
    if (same) {
        composeMessage(sent.sequence);
        for (; at < size; ++at) {
            if (payload[at] != std::uint8_t(m_message[at] - 'a' + 'A')) {
                same = false;
                break;
            }
        }
    }
    if (!same) {
        ++m_mismatches;
        if (opcode != expectedOpcode || size != m_message.size())
            error("connection %zu, message %" PRIu64 ": reply has opcode %d and %zu bytes, "
                  "expected opcode %d and %zu bytes",
                  c.slot, sent.sequence, opcode, size, expectedOpcode, m_message.size());
        else
            error("connection %zu, message %" PRIu64 ": reply byte %zu is 0x%02x, expected "
                  "'%c'",
                  c.slot, sent.sequence, at, payload[at], m_message[at] - 'a' + 'A');
    }
    if (now >= m_windowStart && now < m_windowEnd) {
        ++m_measuredCount;
        ++c.measured;
        m_latency.record(now - sent.sentAt);
    }
    if (m_running)
        sendEchoMessage(c, now);
}

void LoadGenerator::sampleStart(Nanos now)
{
    m_windowOpen = true;
    m_measuredFrom = now;
    m_ownCpuFrom = ownCpuNanos();
    if (m_options.serverPid > 0)
        m_serverCpuKnown = processCpuTicks(m_options.serverPid, &m_serverTicksFrom);
}

void LoadGenerator::sampleEnd(Nanos now)
{
    if (!m_windowOpen)
        sampleStart(now); // ended before the window opened: an empty window, not a huge one
    m_windowClosed = true;
    m_measuredTo = now;
    m_ownCpuTo = ownCpuNanos();
    if (m_serverCpuKnown)
        m_serverCpuKnown = processCpuTicks(m_options.serverPid, &m_serverTicksTo);
}

void LoadGenerator::openMore(Nanos now)
{
    // Echo and idle: N connections, at most `batch` of them being set up at any moment.
    const long target = m_options.mode == Mode::Echo ? m_options.connections : m_options.count;
    while (m_started < target && m_pending < m_options.batch)
        startConnection(m_connections[std::size_t(m_started)], now);
}

void LoadGenerator::restartFreeSlots(Nanos now, long limit)
{
    // Only the slots free now: one whose connect fails at once comes back on the next tick,
    // not in an endless loop here.
    std::vector<std::size_t> slots;
    slots.swap(m_freeSlots);
    while (!slots.empty() && m_started < limit) {
        const std::size_t slot = slots.back();
        slots.pop_back();
        startConnection(m_connections[slot], now);
    }
    m_freeSlots.insert(m_freeSlots.end(), slots.begin(), slots.end());
}

void LoadGenerator::beginShutdown(Nanos now)
{
    m_running = false;
    m_shuttingDown = true;
    for (Connection &c : m_connections) {
        if (c.fd < 0)
            continue;
        if (c.phase == Phase::Open) {
            const std::uint32_t generation = c.generation;
            sendClose(c, now);
            flush(c);
            if (c.generation != generation)
                continue;
        } else if (c.phase != Phase::Closing) {
            closeConnection(c); // still setting up: nothing to say goodbye to
        }
    }
}

void LoadGenerator::checkTimeouts(Nanos now)
{
    const Nanos timeout = secondsToNanos(m_options.timeout);
    for (Connection &c : m_connections) {
        if (c.fd < 0)
            continue;
        if (isSetupPhase(c.phase) || c.phase == Phase::Closing) {
            if (now - c.phaseSince > timeout)
                fail(c, "nothing happened for %.1f s", m_options.timeout);
        } else if (c.phase == Phase::Open && c.ringCount > 0 && now - c.lastReplyAt > timeout) {
            fail(c, "no reply for %.1f s: the server stopped answering", m_options.timeout);
        }
    }
}

void LoadGenerator::onStdin()
{
    char buffer[4096];
    const ssize_t n = read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    // A line, the end of input or an error all mean the same: let them go.
    m_stdinDone = true;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, STDIN_FILENO, nullptr);
}

void LoadGenerator::tick(Nanos now)
{
    if (now - m_lastTimeoutScan >= nanosPerSecond / 10) {
        m_lastTimeoutScan = now;
        checkTimeouts(now);
    }

    switch (m_options.mode) {
    case Mode::Echo:
        if (!m_running && !m_shuttingDown) {
            openMore(now);
            if (m_opened + m_setupFailed < m_options.connections)
                break;
            if (m_opened == 0) {
                m_shuttingDown = true;
                break;
            }
            // Everyone is greeted: start the clock, and K messages on every connection.
            m_running = true;
            m_windowStart = now + secondsToNanos(m_options.warmup);
            m_windowEnd = m_windowStart + secondsToNanos(m_options.seconds);
            for (Connection &c : m_connections) {
                if (c.fd < 0 || c.phase != Phase::Open)
                    continue;
                c.lastReplyAt = now;
                for (int i = 0; i < m_options.inflight; ++i)
                    sendEchoMessage(c, now);
                flush(c);
            }
        }
        if (m_running && !m_windowOpen && now >= m_windowStart)
            sampleStart(now);
        if (m_running && now >= m_windowEnd) {
            sampleEnd(now);
            beginShutdown(now);
        }
        if (m_running && m_active == 0) { // every connection failed
            sampleEnd(now);
            beginShutdown(now);
        }
        if (m_shuttingDown && m_active == 0)
            m_finished = true;
        break;

    case Mode::Connect:
        if (!m_running && !m_shuttingDown) {
            m_running = true;
            m_windowStart = now + secondsToNanos(m_options.warmup);
            m_windowEnd = m_windowStart + secondsToNanos(m_options.seconds);
        }
        if (m_running && !m_windowOpen && now >= m_windowStart)
            sampleStart(now);
        if (m_running && now >= m_windowEnd) {
            sampleEnd(now);
            m_running = false;
            m_shuttingDown = true; // cycles under way finish; no new ones
        }
        if (m_running && m_errors > maxErrorsBeforeGivingUp) {
            std::fprintf(stderr, "loadgen: too many errors; giving up\n");
            sampleEnd(now);
            m_running = false;
            m_shuttingDown = true;
        }
        if (m_running)
            restartFreeSlots(now, std::numeric_limits<long>::max());
        if (m_shuttingDown && m_active == 0)
            m_finished = true;
        break;

    case Mode::Cycles:
        if (!m_running && !m_shuttingDown) {
            m_running = true;
            m_windowStart = now;
            m_windowEnd = std::numeric_limits<Nanos>::max();
            sampleStart(now);
        }
        if (m_running && m_errors > maxErrorsBeforeGivingUp) {
            std::fprintf(stderr, "loadgen: too many errors; giving up\n");
            m_running = false;
            m_shuttingDown = true;
        }
        if (m_running)
            restartFreeSlots(now, m_options.count);
        if (m_active == 0 && (m_started >= m_options.count || m_shuttingDown)) {
            sampleEnd(now);
            m_running = false;
            m_finished = true;
        }
        break;

    case Mode::Idle:
        if (!m_ready && !m_shuttingDown) {
            openMore(now);
            if (m_started >= m_options.count && m_pending == 0) {
                m_ready = true;
                m_readyAt = now;
                std::fprintf(stderr, "loadgen: %ld of %ld connections open after %.2f s\n",
                             m_opened, m_options.count, nanosToSeconds(now - m_begin));
                std::printf("READY %ld\n", m_active);
                std::fflush(stdout);
                if (!m_options.ignoreStdin) {
                    epoll_event event {};
                    event.events = EPOLLIN;
                    event.data.u64 = stdinTag;
                    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, STDIN_FILENO, &event) != 0) {
                        // A file or /dev/null: it holds a line or has ended already.
                        m_stdinDone = true;
                    }
                }
            }
        }
        if (m_ready && !m_shuttingDown
            && (m_stdinDone || now - m_readyAt >= secondsToNanos(m_options.seconds))) {
            beginShutdown(now);
        }
        if (m_shuttingDown && m_active == 0)
            m_finished = true;
        break;
    }
}

int LoadGenerator::report(Nanos now)
{
    std::string line;
    const double window = m_windowClosed ? nanosToSeconds(m_measuredTo - m_measuredFrom) : 0.0;
    // The nominal length unless the window ended early (every connection failed): the window's
    // edges are sampled on the event loop's next turn, a millisecond or so late.
    const double measuredSeconds = (m_windowClosed && window < m_options.seconds - 0.01)
            ? std::max(window, 0.001)
            : m_options.seconds;
    const double ownCpuMs = double(m_ownCpuTo - m_ownCpuFrom) / 1e6;
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    const double serverCpuMs = m_serverCpuKnown
            ? double(m_serverTicksTo - m_serverTicksFrom) * 1000.0 / double(ticksPerSecond)
            : 0.0;
    auto addCpu = [&](std::uint64_t operations, const char *per) {
        if (!m_windowClosed)
            return;
        const double ops = double(std::max<std::uint64_t>(operations, 1));
        if (m_serverCpuKnown)
            appendFormat(line, " server_cpu_ms=%.0f server_cpu_pct=%.1f server_cpu_us_per_%s=%.2f",
                         serverCpuMs, window > 0 ? serverCpuMs / 10.0 / window : 0.0, per,
                         serverCpuMs * 1000.0 / ops);
        appendFormat(line, " loadgen_cpu_ms=%.0f loadgen_cpu_pct=%.1f loadgen_cpu_us_per_%s=%.2f",
                     ownCpuMs, window > 0 ? ownCpuMs / 10.0 / window : 0.0, per,
                     ownCpuMs * 1000.0 / ops);
    };

    switch (m_options.mode) {
    case Mode::Echo: {
        const double seconds = measuredSeconds;
        appendFormat(
                line,
                "RESULT mode=echo conns=%d inflight=%d size=%zu type=%s msgs=%" PRIu64
                " seconds=%.2f rate=%.1f p50_us=%.1f p99_us=%.1f max_us=%.1f mismatches=%" PRIu64
                " errors=%ld",
                m_options.connections, m_options.inflight, m_options.size,
                m_options.binary ? "binary" : "text", m_measuredCount, seconds,
                double(m_measuredCount) / seconds, m_latency.percentileMicros(0.50),
                m_latency.percentileMicros(0.99), m_latency.maxMicros(), m_mismatches, m_errors);
        // An uneven share is a server serving a few connections while the rest wait.
        std::uint64_t fewest = std::numeric_limits<std::uint64_t>::max();
        std::uint64_t most = 0;
        for (const Connection &c : m_connections) {
            fewest = std::min(fewest, c.measured);
            most = std::max(most, c.measured);
        }
        appendFormat(line, " per_conn_min=%" PRIu64 " per_conn_max=%" PRIu64,
                     m_connections.empty() ? 0 : fewest, most);
        addCpu(m_measuredCount, "msg");
        break;
    }
    case Mode::Connect: {
        const double seconds = measuredSeconds;
        appendFormat(line,
                     "RESULT mode=connect conns=%d handshakes=%" PRIu64
                     " seconds=%.2f rate=%.1f p50_us=%.1f p99_us=%.1f max_us=%.1f errors=%ld",
                     m_options.connections, m_measuredCount, seconds,
                     double(m_measuredCount) / seconds, m_latency.percentileMicros(0.50),
                     m_latency.percentileMicros(0.99), m_latency.maxMicros(), m_errors);
        addCpu(m_measuredCount, "handshake");
        break;
    }
    case Mode::Cycles:
        appendFormat(line,
                     "RESULT mode=cycles conns=%d cycles=%ld completed=%ld seconds=%.2f rate=%.1f "
                     "errors=%ld",
                     m_options.connections, m_options.count, m_completed, window,
                     window > 0 ? double(m_completed) / window : 0.0, m_errors);
        addCpu(std::uint64_t(m_completed), "cycle");
        break;
    case Mode::Idle:
        appendFormat(line,
                     "RESULT mode=idle conns=%ld opened=%ld open_seconds=%.2f held_seconds=%.2f "
                     "errors=%ld",
                     m_options.count, m_opened,
                     m_ready ? nanosToSeconds(m_readyAt - m_begin) : nanosToSeconds(now - m_begin),
                     m_ready ? nanosToSeconds(now - m_readyAt) : 0.0, m_errors);
        break;
    }
    if (m_deadlinePassed)
        appendFormat(line, " deadline_passed=1");
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
    return (m_errors > 0 || m_deadlinePassed) ? 1 : 0;
}

int LoadGenerator::run()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        std::fprintf(stderr, "loadgen: epoll_create1: %s\n", std::strerror(errno));
        return 1;
    }
    std::size_t slots = 0;
    switch (m_options.mode) {
    case Mode::Echo:
        slots = std::size_t(m_options.connections);
        break;
    case Mode::Connect:
    case Mode::Cycles:
        slots = std::size_t(m_options.connections);
        break;
    case Mode::Idle:
        slots = std::size_t(m_options.count);
        break;
    }
    m_connections.resize(slots);
    for (std::size_t i = 0; i < slots; ++i) {
        m_connections[i].slot = i;
        if (m_options.mode == Mode::Echo)
            m_connections[i].ring.resize(std::size_t(m_options.inflight));
    }
    if (m_options.mode == Mode::Connect || m_options.mode == Mode::Cycles) {
        for (std::size_t i = slots; i > 0; --i)
            m_freeSlots.push_back(i - 1);
    }

    m_begin = monotonicNow();
    Nanos deadline = secondsToNanos(m_options.deadline);
    if (deadline <= 0) {
        const double step = m_options.timeout;
        switch (m_options.mode) {
        case Mode::Echo:
        case Mode::Connect:
            deadline = secondsToNanos(3 * step + m_options.warmup + m_options.seconds + 5);
            break;
        case Mode::Cycles:
            deadline = secondsToNanos(600);
            break;
        case Mode::Idle:
            deadline = secondsToNanos(300 + 2 * step + m_options.seconds);
            break;
        }
    }
    const Nanos hardStop = m_begin + deadline;

    std::vector<epoll_event> events(1024);
    for (;;) {
        Nanos now = monotonicNow();
        if (now >= hardStop) {
            m_deadlinePassed = true;
            std::fprintf(stderr,
                         "loadgen: the run's deadline (%.0f s) passed with %ld connection(s) "
                         "still open; giving up\n",
                         nanosToSeconds(deadline), m_active);
            if (m_windowOpen && !m_windowClosed)
                sampleEnd(now);
            break;
        }
        tick(now);
        if (m_finished)
            break;

        // Wake for the next edge of the window, and at least ten times a second for time-outs.
        Nanos wait = nanosPerSecond / 10;
        if (m_running && !m_windowOpen)
            wait = std::min(wait, m_windowStart - now);
        if (m_running && m_windowEnd != std::numeric_limits<Nanos>::max())
            wait = std::min(wait, m_windowEnd - now);
        wait = std::max<Nanos>(wait, 0);
        const int waitMs = int((wait + 999999) / 1000000);
        const int n = epoll_wait(m_epoll, events.data(), int(events.size()), waitMs);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr, "loadgen: epoll_wait: %s\n", std::strerror(errno));
            return 1;
        }
        for (int i = 0; i < n; ++i)
            onEvent(events[std::size_t(i)].data.u64, events[std::size_t(i)].events);
    }
    const Nanos end = monotonicNow();
    for (Connection &c : m_connections)
        closeConnection(c);
    return report(end);
}

// ---------------------------------------------------------------------------------------------

void usage(FILE *to)
{
    std::fprintf(to,
                 "usage: loadgen --port P [--mode echo|connect|idle|cycles] [options]\n"
                 "  --connections C   connections (echo) or concurrent workers (connect, "
                 "cycles); default 50\n"
                 "  --inflight K      echo: messages in flight per connection; default 1\n"
                 "  --size S          echo: message size in bytes; default 64\n"
                 "  --binary          echo: binary messages instead of text\n"
                 "  --seconds T       echo/connect: measured seconds (default 10); idle: "
                 "longest hold (default 600)\n"
                 "  --warmup W        echo/connect: unmeasured seconds first; default 2\n"
                 "  --count N         idle: connections to hold; cycles: cycles to run\n"
                 "  --batch B         connections being set up at once; default 500\n"
                 "  --timeout S       longest wait for any one step; default 10\n"
                 "  --deadline S      longest run in all; default worked out per mode\n"
                 "  --server-pid PID  also report that process's CPU time over the window\n"
                 "  --ignore-stdin    idle: hold for --seconds whatever stdin does\n"
                 "Connects to 127.0.0.1 only. Prints one RESULT line on stdout.\n");
}

bool parseOptions(int argc, char **argv, Options *options)
{
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if (name == "-h" || name == "--help") {
            usage(stdout);
            std::exit(0);
        }
        if (name == "--binary") {
            options->binary = true;
            continue;
        }
        if (name == "--ignore-stdin") {
            options->ignoreStdin = true;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "loadgen: %s needs a value\n", name.c_str());
            return false;
        }
        const std::string value = argv[++i];
        char *end = nullptr;
        errno = 0;
        const double number = std::strtod(value.c_str(), &end);
        const bool numeric = end && *end == '\0' && errno == 0 && !value.empty();
        auto wholeAtLeast = [&](double lowest) {
            if (!numeric || number < lowest || number != double(long(number))) {
                std::fprintf(stderr, "loadgen: %s wants a whole number of at least %.0f, not %s\n",
                             name.c_str(), lowest, value.c_str());
                return false;
            }
            return true;
        };
        auto positive = [&]() {
            if (!numeric || number <= 0) {
                std::fprintf(stderr, "loadgen: %s wants a positive number, not %s\n", name.c_str(),
                             value.c_str());
                return false;
            }
            return true;
        };
        if (name == "--mode") {
            if (value == "echo")
                options->mode = Mode::Echo;
            else if (value == "connect")
                options->mode = Mode::Connect;
            else if (value == "idle")
                options->mode = Mode::Idle;
            else if (value == "cycles")
                options->mode = Mode::Cycles;
            else {
                std::fprintf(stderr, "loadgen: unknown mode %s\n", value.c_str());
                return false;
            }
        } else if (name == "--port") {
            if (!wholeAtLeast(1) || number > 65535)
                return false;
            options->port = int(number);
        } else if (name == "--connections") {
            if (!wholeAtLeast(1) || number > 1000000)
                return false;
            options->connections = int(number);
        } else if (name == "--inflight") {
            if (!wholeAtLeast(1) || number > 100000)
                return false;
            options->inflight = int(number);
        } else if (name == "--size") {
            if (!wholeAtLeast(0) || number > 64 * 1024 * 1024)
                return false;
            options->size = std::size_t(number);
        } else if (name == "--seconds") {
            if (!positive())
                return false;
            options->seconds = number;
            options->secondsGiven = true;
        } else if (name == "--warmup") {
            if (!numeric || number < 0) {
                std::fprintf(stderr, "loadgen: --warmup wants a number >= 0\n");
                return false;
            }
            options->warmup = number;
        } else if (name == "--count") {
            if (!wholeAtLeast(1) || number > 100000000)
                return false;
            options->count = long(number);
        } else if (name == "--batch") {
            if (!wholeAtLeast(1) || number > 1000000)
                return false;
            options->batch = int(number);
        } else if (name == "--timeout") {
            if (!positive())
                return false;
            options->timeout = number;
        } else if (name == "--deadline") {
            if (!positive())
                return false;
            options->deadline = number;
        } else if (name == "--server-pid") {
            if (!wholeAtLeast(1))
                return false;
            options->serverPid = int(number);
        } else {
            std::fprintf(stderr, "loadgen: unknown option %s\n", name.c_str());
            return false;
        }
    }
    if (options->port == 0) {
        std::fprintf(stderr, "loadgen: --port is required\n");
        return false;
    }
    if ((options->mode == Mode::Idle || options->mode == Mode::Cycles) && options->count == 0) {
        std::fprintf(stderr, "loadgen: --mode idle and cycles need --count N\n");
        return false;
    }
    if (options->mode == Mode::Idle && !options->secondsGiven)
        options->seconds = 600;
    return true;
}

void raiseFileLimit(const Options &options)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    long needed = options.mode == Mode::Idle ? options.count : options.connections;
    needed += 16; // epoll, stdio
    if (limit.rlim_cur != RLIM_INFINITY && rlim_t(needed) > limit.rlim_cur)
        std::fprintf(stderr,
                     "loadgen: warning: %ld sockets wanted, but only %llu files may be open "
                     "(hard limit)\n",
                     needed, static_cast<unsigned long long>(limit.rlim_cur));
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    if (!parseOptions(argc, argv, &options)) {
        usage(stderr);
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    raiseFileLimit(options);
    LoadGenerator generator(options);
    return generator.run();
}
