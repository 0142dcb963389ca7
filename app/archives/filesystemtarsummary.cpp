// SPDX-License-Identifier: GPL-2.0-or-later
#include "filesystemtarsummary.h"

#include <algorithm>

namespace Stasis
{

FileSystemTarSummary::FileSystemTarSummary(const ArchiveLimits &limits, const QString &root)
    : m_reader(this, limits, TarStreamReader::Content::FileSystem)
    , m_root(root)
{
}

bool FileSystemTarSummary::feed(QByteArrayView bytes)
{
    return m_reader.feed(bytes);
}

bool FileSystemTarSummary::finish()
{
    return m_reader.finish();
}

bool FileSystemTarSummary::entryStarted(const TarEntry &entry)
{
    if (!m_root.isEmpty()) {
        const bool inside = m_entries == 0 ? entry.path == m_root && entry.type == TarEntry::Type::Directory : entry.path.startsWith(m_root + QLatin1Char('/'));
        if (!inside) {
            m_reader.fail(m_entries == 0 ? tr("Its first entry must be the folder \"%1\", not \"%2\".").arg(m_root, entry.path)
                                         : tr("\"%1\" lies outside the folder \"%2\".").arg(entry.path, m_root),
                          entry.path);
            return false;
        }
    }
    ++m_entries;
    if (entry.type != TarEntry::Type::File) {
        return true;
    }
    m_contentSize += entry.size;
    if (m_largest.size() == largestKept && m_largest.constLast().size >= entry.size) {
        return true;
    }
    const auto place = std::upper_bound(m_largest.begin(), m_largest.end(), entry.size, [](qint64 size, const LargeFile &file) {
        return size > file.size;
    });
    m_largest.insert(place, LargeFile{entry.path, entry.size});
    if (m_largest.size() > largestKept) {
        m_largest.removeLast();
    }
    return true;
}

bool FileSystemTarSummary::entryData(QByteArrayView)
{
    return true;
}

bool FileSystemTarSummary::entryFinished()
{
    return true;
}

} // namespace Stasis
