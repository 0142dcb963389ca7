// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivelimits.h"
#include "tarstreamreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stasis
{

/// Reads an untrusted `rootfs-diff.tar` strictly as it streams
/// (TarStreamReader's Content::FileSystem) and sums it up: its entries, the
/// bytes of its files, and its largest files, for the import's check and
/// for inspecting an archive. A volume's tar must also lie in one folder.
class FileSystemTarSummary final : private TarStreamReader::Handler
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::FileSystemTarSummary)

public:
    struct LargeFile {
        QString path;
        qint64 size = 0;
        bool operator==(const LargeFile &) const = default;
    };
    /// How many of the largest files are kept.
    static constexpr qsizetype largestKept = 10;

    /// @p root: the folder every entry must lie in, itself the first
    /// entry (ArchiveManifest::Volume::tarRoot); empty for none.
    explicit FileSystemTarSummary(const ArchiveLimits &limits, const QString &root = {});

    /// False once the tar was refused (reader() says why).
    bool feed(QByteArrayView bytes);
    /// End of the tar; false when it is truncated.
    bool finish();
    const TarStreamReader &reader() const
    {
        return m_reader;
    }

    qint64 entries() const
    {
        return m_entries;
    }
    qint64 contentSize() const
    {
        return m_contentSize;
    }
    /// Largest first; of equal size, in the tar's order.
    const QList<LargeFile> &largestFiles() const
    {
        return m_largest;
    }

private:
    bool entryStarted(const TarEntry &entry) override;
    bool entryData(QByteArrayView chunk) override;
    bool entryFinished() override;

    TarStreamReader m_reader;
    QString m_root;
    qint64 m_entries = 0;
    qint64 m_contentSize = 0;
    QList<LargeFile> m_largest;
};

} // namespace Stasis
