// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointlisting.h"

#include "archivepath.h"

#include <QSet>

#include <algorithm>

namespace Stasis
{

namespace
{
struct Words {
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointListing)
};
} // namespace

std::expected<QList<ArchiveFileEntry>, QString> CheckpointListing::parse(const QByteArray &output, const ArchiveLimits &limits)
{
    QList<ArchiveFileEntry> files;
    QSet<QString> seen;
    for (const QByteArray &line : output.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        if (files.size() >= limits.maxEntries) {
            return std::unexpected(Words::tr("The checkpoint folder lists more than %1 files.").arg(limits.maxEntries));
        }
        const qsizetype space = line.indexOf(' ');
        const QByteArrayView size = space > 0 ? QByteArrayView(line).first(space) : QByteArrayView();
        bool ok = !size.isEmpty() && std::all_of(size.begin(), size.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        const qint64 bytes = ok ? size.toLongLong(&ok) : -1;
        if (!ok) {
            return std::unexpected(Words::tr("The checkpoint folder's listing has a line without a size: %1").arg(ArchivePath::printable(line)));
        }
        const auto path = ArchivePath::validate(line.sliced(space + 1), limits.maxPathBytes, limits.maxDepth);
        if (!path) {
            return std::unexpected(Words::tr("The checkpoint folder's listing is refused: %1").arg(path.error()));
        }
        if (seen.contains(*path)) {
            return std::unexpected(Words::tr("The checkpoint folder's listing names %1 twice.").arg(ArchivePath::printable(line.sliced(space + 1))));
        }
        seen.insert(*path);
        files.append(ArchiveFileEntry{*path, bytes, 0600, {}});
    }
    return files;
}

} // namespace Stasis
