#include "logexport.h"

#include "peertext.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {
const QString timeFormat = QStringLiteral("hh:mm:ss.zzz");

// A JSON string, quoted and escaped (RFC 8259), in UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[uchar(c) >> 4];
                out += hex[uchar(c) & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}
} // namespace

QString LogExport::directionName(LogEntry::Direction direction)
{
    switch (direction) {
    case LogEntry::Direction::In:
        return QStringLiteral("in");
    case LogEntry::Direction::Out:
        return QStringLiteral("out");
    case LogEntry::Direction::Event:
        return QStringLiteral("event");
    case LogEntry::Direction::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString LogExport::plainText(const LogEntry &entry)
{
    QString head = entry.time.toString(timeFormat) + QStringLiteral("  ")
            + LogModel::directionMark(entry.direction) + QStringLiteral("  ");
    if (!entry.peer.isEmpty() && !entry.text.contains(entry.peer))
        head += QLatin1Char('[') + entry.peer + QStringLiteral("]  ");
    QString text = entry.text;
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    text.remove(QLatin1Char('\r'));
    // The following lines start where the text starts, so none can pass for an entry of its
    // own; and nothing else in them reaches whoever reads the file in a terminal (PeerText).
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = PeerText::escaped(line, line.size());
    return head + lines.join(QLatin1Char('\n') + QString(head.size(), QLatin1Char(' ')));
}

QByteArray LogExport::jsonLine(const LogEntry &entry)
{
    QByteArray line;
    line.reserve(entry.text.size() + entry.peer.size() + 80);
    line += "{\"time\":";
    if (entry.time.isValid()) {
        // The offset in the text whatever the time's spec: 2026-11-27T12:40:54.123+01:00.
        const QDateTime time = entry.time.toOffsetFromUtc(entry.time.offsetFromUtc());
        QString iso = time.toString(Qt::ISODateWithMs);
        if (iso.endsWith(QLatin1Char('Z')))
            iso = iso.chopped(1) + QStringLiteral("+00:00");
        appendJsonString(line, iso);
    } else {
        line += "null";
    }
    line += ",\"direction\":";
    appendJsonString(line, directionName(entry.direction));
    line += ",\"peer\":";
    appendJsonString(line, entry.peer);
    line += ",\"kind\":";
    switch (entry.payload) {
    case LogEntry::Payload::Text:
        line += "\"text\",\"text\":";
        appendJsonString(line, entry.message);
        break;
    case LogEntry::Payload::Binary:
        line += "\"binary\",\"base64\":\"";
        line += entry.data.toBase64();
        line += '"';
        break;
    case LogEntry::Payload::None:
        line += entry.direction == LogEntry::Direction::Error ? "\"error\"" : "\"event\"";
        line += ",\"text\":";
        appendJsonString(line, entry.text);
        break;
    }
    if (entry.payload != LogEntry::Payload::None) {
        line += ",\"bytes\":";
        line += QByteArray::number(entry.bytes);
        if (entry.isCut())
            line += ",\"truncated\":true";
    }
    line += '}';
    return line;
}

QByteArray LogExport::encode(const QList<LogEntry> &entries, Format format)
{
    QByteArray out;
    for (const LogEntry &entry : entries) {
        if (format == Format::JsonLines)
            out += jsonLine(entry);
        else
            out += plainText(entry).toUtf8();
        out += '\n';
    }
    return out;
}

LogExport::Format LogExport::formatForFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("jsonl") || suffix == QLatin1String("json") ? Format::JsonLines
                                                                               : Format::PlainText;
}

QString LogExport::withSuffix(const QString &path, Format format)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.suffix().isEmpty() || info.fileName().isEmpty())
        return path;
    return path + (format == Format::JsonLines ? QStringLiteral(".jsonl") : QStringLiteral(".txt"));
}

bool LogExport::write(const QString &path, const QList<LogEntry> &entries, Format format,
                      QString *error)
{
    QSaveFile file(path);
    const auto fail = [&] {
        if (error) {
            *error = tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        file.cancelWriting();
        return false;
    };
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly))
        return fail();
    const QByteArray data = encode(entries, format);
    if (file.write(data) != data.size())
        return fail();
    if (!file.commit())
        return fail();
    return true;
}

QString LogExport::clipboardText(const QList<LogEntry> &entries)
{
    QStringList lines;
    lines.reserve(entries.size());
    for (const LogEntry &entry : entries)
        lines.append(plainText(entry));
    return lines.join(QLatin1Char('\n'));
}

QList<LogEntry> LogExport::allEntries(const LogModel &model)
{
    QList<LogEntry> entries;
    const int rows = model.rowCount();
    entries.reserve(rows);
    for (int row = 0; row < rows; ++row)
        entries.append(model.entry(row));
    return entries;
}
