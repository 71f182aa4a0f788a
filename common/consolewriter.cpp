#include "consolewriter.h"

#include "peertext.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

ConsoleWriter::ConsoleWriter(int fd, QObject *parent)
    : QObject(parent), m_fd(fd), m_buffer(new char[bufferSize])
{
    m_terminal = ::isatty(fd) == 1;
    m_eachLine = m_terminal;
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(flushDelay);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConsoleWriter::flush);
}

void ConsoleWriter::ensureStandardStreams()
{
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            // open() takes the lowest free number: this one.
            const int opened = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
            if (opened >= 0 && opened != fd)
                ::close(opened);
        }
    }
}

ConsoleWriter::~ConsoleWriter()
{
    flush();
    if (m_ownedFd >= 0)
        ::close(m_ownedFd);
}

bool ConsoleWriter::openFile(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        if (error)
            *error = tr("Cannot open %1 for writing: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    flush(); // what was written so far belongs to the old destination
    if (m_ownedFd >= 0)
        ::close(m_ownedFd);
    m_ownedFd = m_fd = fd;
    m_fileName = path;
    m_terminal = false;
    m_eachLine = false;
    m_failed = false;
    return true;
}

bool ConsoleWriter::reopen(QString *error)
{
    if (m_fileName.isEmpty())
        return true;
    return openFile(m_fileName, error);
}

void ConsoleWriter::appendStamp(Stamp style)
{
    timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    if (now.tv_sec != m_stampSecond || style != m_stampStyle) {
        const time_t seconds = now.tv_sec;
        tm local {};
        ::localtime_r(&seconds, &local);
        std::snprintf(m_stampHead, sizeof m_stampHead, "%04d-%02d-%02d%c%02d:%02d:%02d",
                      local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                      style == Stamp::Iso ? 'T' : ' ', local.tm_hour, local.tm_min, local.tm_sec);
        const long offset = local.tm_gmtoff / 60;
        const long magnitude = offset < 0 ? -offset : offset;
        std::snprintf(m_stampOffset, sizeof m_stampOffset, "%c%02ld:%02ld", offset < 0 ? '-' : '+',
                      magnitude / 60, magnitude % 60);
        m_stampSecond = now.tv_sec;
        m_stampStyle = style;
    }
    append(QByteArrayView(m_stampHead, 19));
    const long millis = now.tv_nsec / 1000000;
    append('.');
    append(char('0' + millis / 100));
    append(char('0' + millis / 10 % 10));
    append(char('0' + millis % 10));
    if (style == Stamp::Iso)
        append(QByteArrayView(m_stampOffset, 6));
}

void ConsoleWriter::append(QByteArrayView bytes)
{
    if (bytes.size() > bufferSize - m_used) {
        writeBuffer();
        if (bytes.size() > bufferSize) {
            writeAll(bytes.data(), bytes.size());
            return;
        }
    }
    std::memcpy(m_buffer.get() + m_used, bytes.data(), size_t(bytes.size()));
    m_used += bytes.size();
}

void ConsoleWriter::append(QStringView text)
{
    appendUtf8(text);
}

void ConsoleWriter::appendUtf8(QStringView run)
{
    const char16_t *chars = run.utf16();
    const qsizetype size = run.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (Q_UNLIKELY(bufferSize - m_used < 4))
            writeBuffer();
        char *out = m_buffer.get() + m_used;
        char32_t code = chars[i];
        if (code < 0x80) {
            *out = char(code);
            ++m_used;
            continue;
        }
        if (QChar::isSurrogate(char16_t(code))) {
            if (QChar::isHighSurrogate(char16_t(code)) && i + 1 < size
                && QChar::isLowSurrogate(chars[i + 1])) {
                code = QChar::surrogateToUcs4(char16_t(code), chars[++i]);
            } else {
                code = 0xfffd;
            }
        }
        if (code < 0x800) {
            out[0] = char(0xc0 | (code >> 6));
            out[1] = char(0x80 | (code & 0x3f));
            m_used += 2;
        } else if (code < 0x10000) {
            out[0] = char(0xe0 | (code >> 12));
            out[1] = char(0x80 | ((code >> 6) & 0x3f));
            out[2] = char(0x80 | (code & 0x3f));
            m_used += 3;
        } else {
            out[0] = char(0xf0 | (code >> 18));
            out[1] = char(0x80 | ((code >> 12) & 0x3f));
            out[2] = char(0x80 | ((code >> 6) & 0x3f));
            out[3] = char(0x80 | (code & 0x3f));
            m_used += 4;
        }
    }
}

void ConsoleWriter::appendNumber(qint64 number)
{
    char digits[24];
    const int length = std::snprintf(digits, sizeof digits, "%lld", static_cast<long long>(number));
    append(QByteArrayView(digits, length));
}

bool ConsoleWriter::appendEscaped(QStringView text, qsizetype maxChars)
{
    return PeerText::walk(
            text, maxChars, [this](QStringView run) { appendUtf8(run); },
            [this](char32_t code) {
                char sequence[11];
                append(QByteArrayView(sequence, PeerText::escapeSequence(code, sequence)));
            });
}

void ConsoleWriter::appendJsonRun(QStringView run)
{
    // PeerText keeps '"' and '\\'; JSON does not.
    qsizetype start = 0;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const char16_t c = run.utf16()[i];
        if (c == u'"' || c == u'\\') {
            appendUtf8(run.sliced(start, i - start));
            append('\\');
            append(char(c));
            start = i + 1;
        }
    }
    appendUtf8(run.sliced(start));
}

bool ConsoleWriter::appendJsonString(QStringView text, qsizetype maxChars)
{
    append('"');
    const bool cut = PeerText::walk(
            text, maxChars < 0 ? text.size() : maxChars,
            [this](QStringView run) { appendJsonRun(run); },
            [this](char32_t code) {
                char sequence[16];
                int length = 0;
                switch (code) {
                case U'\n':
                    length = std::snprintf(sequence, sizeof sequence, "\\n");
                    break;
                case U'\r':
                    length = std::snprintf(sequence, sizeof sequence, "\\r");
                    break;
                case U'\t':
                    length = std::snprintf(sequence, sizeof sequence, "\\t");
                    break;
                default:
                    if (code < 0x10000) {
                        length = std::snprintf(sequence, sizeof sequence, "\\u%04x",
                                               unsigned(code));
                    } else { // as JSON spells it: the UTF-16 pair
                        length = std::snprintf(sequence, sizeof sequence, "\\u%04x\\u%04x",
                                               unsigned(QChar::highSurrogate(code)),
                                               unsigned(QChar::lowSurrogate(code)));
                    }
                }
                append(QByteArrayView(sequence, length));
            });
    append('"');
    return cut;
}

ConsoleWriter::Sentence ConsoleWriter::split(const QString &sentence)
{
    const qsizetype at = sentence.indexOf(QLatin1String("%1"));
    if (at < 0)
        return { sentence + QLatin1Char(' '), QString() };
    return { sentence.left(at), sentence.mid(at + 2) };
}

void ConsoleWriter::appendHex(QByteArrayView bytes, char separator)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (separator && i > 0)
            append(separator);
        const auto byte = static_cast<unsigned char>(bytes[i]);
        append(digits[byte >> 4]);
        append(digits[byte & 0xf]);
    }
}

void ConsoleWriter::endLine()
{
    append('\n');
    if (m_eachLine || m_used > bufferSize / 2)
        writeBuffer();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ConsoleWriter::flush()
{
    writeBuffer();
}

void ConsoleWriter::writeBuffer()
{
    if (m_used == 0)
        return;
    const qsizetype size = m_used;
    m_used = 0;
    writeAll(m_buffer.get(), size);
}

void ConsoleWriter::writeAll(const char *data, qsizetype size)
{
    while (size > 0 && !m_failed) {
        const ssize_t written = ::write(m_fd, data, size_t(size));
        if (written >= 0) {
            data += written;
            size -= written;
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) { // someone made it non-blocking
            pollfd wait { m_fd, POLLOUT, 0 };
            ::poll(&wait, 1, -1);
            continue;
        }
        m_failed = true;
        Q_EMIT writeFailed(QString::fromLocal8Bit(std::strerror(errno)));
    }
}
