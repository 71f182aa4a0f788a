#include "messagehistory.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString historyKey = QStringLiteral("client/history");
const QString modesKey = QStringLiteral("client/historyModes");
const QString snippetsKey = QStringLiteral("client/snippets");
} // namespace

namespace {
// A mode as one letter of "client/historyModes".
QChar letterOf(MessageHistory::Mode mode)
{
    return MessageCodec::name(mode).at(0);
}

MessageHistory::Mode modeOfLetter(QChar letter)
{
    for (const auto mode :
         { MessageHistory::Mode::Json, MessageHistory::Mode::Hex, MessageHistory::Mode::Base64 }) {
        if (letterOf(mode) == letter)
            return mode;
    }
    return MessageHistory::Mode::Text;
}
} // namespace

void MessageHistory::setEntries(const QStringList &entries, const QList<Mode> &modes)
{
    const qsizetype first = std::max<qsizetype>(0, entries.size() - maxEntries);
    m_entries = entries.mid(first);
    m_modes.clear();
    for (qsizetype i = first; i < entries.size(); ++i)
        m_modes.append(modes.value(i, Mode::Text));
}

void MessageHistory::add(const QString &text, Mode mode)
{
    if (!m_entries.isEmpty() && m_entries.constLast() == text && m_modes.constLast() == mode)
        return;
    m_entries.append(text);
    m_modes.append(mode);
    while (m_entries.size() > maxEntries) {
        m_entries.removeFirst();
        m_modes.removeFirst();
    }
}

std::optional<MessageHistory::Snippet> MessageHistory::snippet(const QString &name) const
{
    for (const Snippet &snippet : m_snippets) {
        if (snippet.name == name)
            return snippet;
    }
    return std::nullopt;
}

bool MessageHistory::setSnippet(const QString &name, const QString &text, Mode mode)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    removeSnippet(trimmed);
    const Snippet snippet { trimmed, text, mode };
    const auto at = std::lower_bound(m_snippets.begin(), m_snippets.end(), snippet,
                                     [](const Snippet &a, const Snippet &b) {
                                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                                     });
    m_snippets.insert(at, snippet);
    return true;
}

bool MessageHistory::removeSnippet(const QString &name)
{
    return m_snippets.removeIf([&](const Snippet &s) { return s.name == name; }) > 0;
}

void MessageHistory::load(QSettings &settings)
{
    const QStringList entries = settings.value(historyKey).toStringList();
    const QString modes = settings.value(modesKey).toString();
    QList<Mode> entryModes;
    if (modes.size() == entries.size()) { // else an older Duplex wrote them: all text
        for (const QChar letter : modes)
            entryModes.append(modeOfLetter(letter));
    }
    setEntries(entries, entryModes);
    m_snippets.clear();
    const int count = settings.beginReadArray(snippetsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const Mode mode
                = MessageCodec::fromName(settings.value(QStringLiteral("mode")).toString())
                          .value_or(settings.value(QStringLiteral("binary")).toBool() ? Mode::Hex
                                                                                      : Mode::Text);
        setSnippet(settings.value(QStringLiteral("name")).toString(),
                   settings.value(QStringLiteral("text")).toString(), mode);
    }
    settings.endArray();
}

void MessageHistory::save(QSettings &settings) const
{
    settings.setValue(historyKey, m_entries);
    QString modes;
    for (const Mode mode : m_modes)
        modes += letterOf(mode);
    settings.setValue(modesKey, modes);
    settings.remove(snippetsKey); // no stale entries past a shorter array
    settings.beginWriteArray(snippetsKey, int(m_snippets.size()));
    for (int i = 0; i < m_snippets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_snippets.at(i).name);
        settings.setValue(QStringLiteral("text"), m_snippets.at(i).text);
        settings.setValue(QStringLiteral("mode"), MessageCodec::name(m_snippets.at(i).mode));
        // What an older Duplex reads: hex and base64 snippets are binary messages.
        settings.setValue(QStringLiteral("binary"), MessageCodec::isBinary(m_snippets.at(i).mode));
    }
    settings.endArray();
}
