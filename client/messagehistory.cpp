#include "messagehistory.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString historyKey = QStringLiteral("client/history");
const QString modesKey = QStringLiteral("client/historyModes");
const QString snippetsKey = QStringLiteral("client/snippets");
} // namespace

void MessageHistory::setEntries(const QStringList &entries, const QList<bool> &binary)
{
    const qsizetype first = std::max<qsizetype>(0, entries.size() - maxEntries);
    m_entries = entries.mid(first);
    m_binary.clear();
    for (qsizetype i = first; i < entries.size(); ++i)
        m_binary.append(binary.value(i, false));
}

void MessageHistory::add(const QString &text, bool binary)
{
    if (!m_entries.isEmpty() && m_entries.constLast() == text && m_binary.constLast() == binary)
        return;
    m_entries.append(text);
    m_binary.append(binary);
    while (m_entries.size() > maxEntries) {
        m_entries.removeFirst();
        m_binary.removeFirst();
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

bool MessageHistory::setSnippet(const QString &name, const QString &text, bool binary)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    removeSnippet(trimmed);
    const Snippet snippet { trimmed, text, binary };
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
    QList<bool> binary;
    if (modes.size() == entries.size()) { // else an older Duplex wrote them: all text
        for (const QChar mode : modes)
            binary.append(mode == QLatin1Char('h'));
    }
    setEntries(entries, binary);
    m_snippets.clear();
    const int count = settings.beginReadArray(snippetsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        setSnippet(settings.value(QStringLiteral("name")).toString(),
                   settings.value(QStringLiteral("text")).toString(),
                   settings.value(QStringLiteral("binary")).toBool());
    }
    settings.endArray();
}

void MessageHistory::save(QSettings &settings) const
{
    settings.setValue(historyKey, m_entries);
    QString modes;
    for (const bool binary : m_binary)
        modes += binary ? QLatin1Char('h') : QLatin1Char('t');
    settings.setValue(modesKey, modes);
    settings.remove(snippetsKey); // no stale entries past a shorter array
    settings.beginWriteArray(snippetsKey, int(m_snippets.size()));
    for (int i = 0; i < m_snippets.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), m_snippets.at(i).name);
        settings.setValue(QStringLiteral("text"), m_snippets.at(i).text);
        settings.setValue(QStringLiteral("binary"), m_snippets.at(i).binary);
    }
    settings.endArray();
}
