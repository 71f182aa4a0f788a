#include "messagehistory.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString historyKey = QStringLiteral("client/history");
const QString snippetsKey = QStringLiteral("client/snippets");
} // namespace

void MessageHistory::setEntries(const QStringList &entries)
{
    m_entries = entries.mid(std::max<qsizetype>(0, entries.size() - maxEntries));
}

void MessageHistory::add(const QString &text)
{
    if (!m_entries.isEmpty() && m_entries.constLast() == text)
        return;
    m_entries.append(text);
    while (m_entries.size() > maxEntries)
        m_entries.removeFirst();
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
    setEntries(settings.value(historyKey).toStringList());
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
